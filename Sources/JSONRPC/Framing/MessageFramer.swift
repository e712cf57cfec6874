/// Splits a byte stream into `Content-Length`-framed message bodies, however the bytes arrive.
public struct MessageFramer: Sendable {
    /// What the framer found next in the stream.
    public enum Frame: Sendable, Equatable {
        /// A complete message body, exactly `Content-Length` bytes.
        case message([UInt8])
        /// A header block that could not be used; the framer has skipped it.
        case badHeader(String)
    }

    private var buffer: [UInt8] = []
    /// Start of unconsumed bytes in `buffer`; compacted lazily so byte-by-byte input stays linear.
    private var start = 0
    /// Body length of the header block already parsed, while waiting for its body.
    private var pendingLength: Int?
    /// Bytes after `start` already searched for the end of the header, so a slow header is scanned once.
    private var scannedHeaderBytes = 0

    /// Longest header block accepted: a stream without a blank line cannot grow the buffer without bound.
    public static let maximumHeaderLength = 8 * 1024

    /// Buffer capacity kept between messages; a larger one is given back once its message is read.
    private static let retainedCapacity = 1024 * 1024

    /// Largest body accepted, so that a corrupt length cannot make the server allocate without bound.
    public static let maximumBodyLength = 64 * 1024 * 1024

    public init() {}

    /// Bytes received but not yet returned as a frame.
    public var bufferedByteCount: Int { buffer.count - start }

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil when more bytes are needed.
    public mutating func next() -> Frame? {
        if pendingLength == nil {
            let resume = start + max(0, scannedHeaderBytes - Self.headerTerminator.count + 1)
            guard let headerEnd = find(Self.headerTerminator, from: resume) else {
                scannedHeaderBytes = buffer.count - start
                guard scannedHeaderBytes > Self.maximumHeaderLength else { return nil }
                start = findContentLength(from: start + 1) ?? startOfPartialContentLength()
                scannedHeaderBytes = 0
                compact()
                return .badHeader("header block longer than \(Self.maximumHeaderLength) bytes")
            }
            scannedHeaderBytes = 0
            let header = Array(buffer[start..<headerEnd])
            switch Self.contentLength(in: header) {
            case .success(let length):
                start = headerEnd + Self.headerTerminator.count
                pendingLength = length
            case .failure(let error):
                resync(badHeaderEnd: headerEnd)
                return .badHeader(error.reason)
            }
        }
        guard let length = pendingLength, buffer.count - start >= length else { return nil }
        let body = Array(buffer[start..<start + length])
        start += length
        pendingLength = nil
        compact()
        return .message(body)
    }

    private static let headerTerminator: [UInt8] = Array("\r\n\r\n".utf8)
    private static let contentLengthName: [UInt8] = Array("content-length".utf8)

    /// Reads `Content-Length` from a header block; other headers (such as Content-Type) are ignored.
    private static func contentLength(in header: [UInt8]) -> Result<Int, HeaderError> {
        var length: Int?
        for line in header.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            let trimmedLine = line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...]
            guard let colon = trimmedLine.firstIndex(of: UInt8(ascii: ":")) else {
                return .failure(HeaderError("header line without a colon"))
            }
            let name = String(decoding: trimmedLine[..<colon], as: UTF8.self).trimmingSpaces.lowercased()
            guard name == "content-length" else { continue }
            let value = String(decoding: trimmedLine[(colon + 1)...], as: UTF8.self).trimmingSpaces
            guard let parsed = Int(value), parsed >= 0 else {
                return .failure(HeaderError("invalid Content-Length '\(value.prefix(40))'"))
            }
            guard parsed <= maximumBodyLength else {
                return .failure(HeaderError("Content-Length \(parsed) exceeds the limit"))
            }
            length = parsed
        }
        guard let length else { return .failure(HeaderError("missing Content-Length header")) }
        return .success(length)
    }

    /// Skips to the next plausible header start, so one bad frame does not poison the stream:
    /// a `Content-Length` after junk inside the bad block, else the next one after the block.
    private mutating func resync(badHeaderEnd: Int) {
        if let inside = findContentLength(from: start + 1), inside < badHeaderEnd {
            start = inside
        } else {
            start = badHeaderEnd + Self.headerTerminator.count
            if let next = findContentLength(from: start) { start = next }
        }
        compact()
    }

    private func findContentLength(from offset: Int) -> Int? {
        let name = Self.contentLengthName
        guard offset <= buffer.count - name.count else { return nil }
        var index = offset
        while index <= buffer.count - name.count {
            var matches = true
            for (delta, expected) in name.enumerated() where Self.lowercased(buffer[index + delta]) != expected {
                matches = false
                break
            }
            if matches { return index }
            index += 1
        }
        return nil
    }

    /// Where the buffer ends in the first bytes of a `Content-Length` name (the rest may be in the next read), else its end.
    private func startOfPartialContentLength() -> Int {
        let name = Self.contentLengthName
        for length in stride(from: min(name.count - 1, buffer.count - start), through: 1, by: -1) {
            let tail = buffer[(buffer.count - length)...]
            if tail.map(Self.lowercased).elementsEqual(name.prefix(length)) { return buffer.count - length }
        }
        return buffer.count
    }

    private func find(_ needle: [UInt8], from offset: Int) -> Int? {
        guard buffer.count - offset >= needle.count else { return nil }
        var index = offset
        while index <= buffer.count - needle.count {
            if buffer[index] == needle[0], buffer[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    private mutating func compact() {
        if start == buffer.count {
            // A large message (a 10 MB transcript opened) would otherwise keep its buffer for the whole session.
            buffer.removeAll(keepingCapacity: buffer.capacity <= Self.retainedCapacity)
            start = 0
        } else if start > 4096, start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }

    private struct HeaderError: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}
