import CJansson
import CJanssonShims

extension JSON {
    /// Parses UTF-8 bytes holding one JSON value of any type.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONError) -> JSON {
        var error = json_error_t()
        let flags = Int(JSON_DECODE_ANY) | Int(JSON_REJECT_DUPLICATES) | Int(JSON_ALLOW_NUL)
        let handle: UnsafeMutablePointer<json_t>? = bytes.withContiguousStorageIfAvailable { buffer in
            json_loadb(UnsafeRawPointer(buffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }, buffer.count, flags, &error)
        } ?? Array(bytes).withUnsafeBufferPointer { buffer in
            json_loadb(UnsafeRawPointer(buffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }, buffer.count, flags, &error)
        }
        guard let handle else {
            let text = withUnsafeBytes(of: error.text) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            throw JSONError(message: text, line: Int(error.line), column: Int(error.column))
        }
        defer { shim_json_decref(handle) }
        return JSON(borrowing: handle)
    }

    /// Parses a string holding one JSON value of any type.
    public static func parse(_ text: String) throws(JSONError) -> JSON {
        try parse(Array(text.utf8))
    }

    init(borrowing handle: UnsafeMutablePointer<json_t>) {
        switch shim_json_typeof(handle) {
        case Int32(JSON_OBJECT.rawValue):
            var members: [String: JSON] = [:]
            members.reserveCapacity(json_object_size(handle))
            var iterator = json_object_iter(handle)
            while let current = iterator {
                let key = String(cString: json_object_iter_key(current))
                if let value = json_object_iter_value(current) {
                    members[key] = JSON(borrowing: value)
                }
                iterator = json_object_iter_next(handle, current)
            }
            self = .object(members)
        case Int32(JSON_ARRAY.rawValue):
            let count = json_array_size(handle)
            var elements: [JSON] = []
            elements.reserveCapacity(count)
            for index in 0..<count {
                if let element = json_array_get(handle, index) { elements.append(JSON(borrowing: element)) }
            }
            self = .array(elements)
        case Int32(JSON_STRING.rawValue):
            let length = json_string_length(handle)
            let pointer = json_string_value(handle)
            self = .string(pointer.map { p in
                p.withMemoryRebound(to: UInt8.self, capacity: length) {
                    String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
                }
            } ?? "")
        case Int32(JSON_INTEGER.rawValue):
            self = .int(Int(json_integer_value(handle)))
        case Int32(JSON_REAL.rawValue):
            self = .double(json_real_value(handle))
        case Int32(JSON_TRUE.rawValue):
            self = .bool(true)
        case Int32(JSON_FALSE.rawValue):
            self = .bool(false)
        default:
            self = .null
        }
    }
}
