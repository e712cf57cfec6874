import JSON

/// Frames outgoing messages with a `Content-Length` header counting UTF-8 bytes.
public enum FrameEncoder {
    /// The header and body bytes for one message.
    public static func frame(_ message: JSON) -> [UInt8] {
        let body = message.serializedBytes()
        return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}
