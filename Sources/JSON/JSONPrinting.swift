import CJansson
import CJanssonShims

extension JSON {
    /// Compact UTF-8 text with object keys sorted, so equal values print byte for byte the same.
    public func serialized(pretty: Bool = false) -> String {
        String(decoding: serializedBytes(pretty: pretty), as: UTF8.self)
    }

    /// Compact (or 2-space indented) UTF-8 bytes with sorted keys.
    public func serializedBytes(pretty: Bool = false) -> [UInt8] {
        let handle = makeHandle()
        defer { shim_json_decref(handle) }
        // 15 significant digits keep 0.1 printing as 0.1 rather than 0.10000000000000001.
        var flags = Int(JSON_ENCODE_ANY) | Int(JSON_SORT_KEYS) | ((15 & 0x1F) << 11)
        flags |= pretty ? shim_json_indent(2) : Int(JSON_COMPACT)
        let size = json_dumpb(handle, nil, 0, flags)
        guard size > 0 else { return Array("null".utf8) }
        var bytes = [UInt8](repeating: 0, count: size)
        let written = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: size) { json_dumpb(handle, $0, size, flags) }
        }
        return Array(bytes.prefix(written))
    }

    /// A new jansson value owned by the caller (one reference).
    func makeHandle() -> UnsafeMutablePointer<json_t> {
        switch self {
        case .null: return json_null()
        case .bool(let value): return value ? json_true() : json_false()
        case .int(let value): return json_integer(json_int_t(value))
        case .double(let value): return value.isFinite ? json_real(value) : json_null()
        case .string(let value):
            var copy = value
            return copy.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { json_stringn_nocheck($0.baseAddress, $0.count) }
            } ?? json_null()
        case .array(let elements):
            let array = json_array()!
            for element in elements { json_array_append_new(array, element.makeHandle()) }
            return array
        case .object(let members):
            let object = json_object()!
            for (key, value) in members { json_object_set_new_nocheck(object, key, value.makeHandle()) }
            return object
        }
    }
}

extension JSON: CustomStringConvertible {
    public var description: String { serialized() }
}
