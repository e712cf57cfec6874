/// Incremental parser for a `text/event-stream` body: feed bytes as they arrive, get each event's data.
///
/// Follows the WHATWG rules the OpenAI stream relies on: lines end in LF, CRLF or CR (even split
/// across chunks), `data:` lines of one event join with LF, `:` lines are comments, a blank line
/// ends the event. Other fields (`event:`, `id:`, `retry:`) are ignored.
struct ServerSentEventParser {
    private var line: [UInt8] = []
    private var data: [UInt8] = []
    private var hasData = false
    private var lastWasCR = false

    /// Consumes `bytes` and returns the data of every event they complete, in order.
    mutating func feed(_ bytes: some Sequence<UInt8>) -> [String] {
        var events: [String] = []
        for byte in bytes {
            if lastWasCR {
                lastWasCR = false
                if byte == 0x0A { continue }
            }
            switch byte {
            case 0x0D:
                lastWasCR = true
                endLine(into: &events)
            case 0x0A:
                endLine(into: &events)
            default:
                line.append(byte)
            }
        }
        return events
    }

    /// True when bytes of an unfinished event are buffered (the stream stopped mid-event).
    var hasPendingData: Bool { hasData || !line.isEmpty }

    private mutating func endLine(into events: inout [String]) {
        defer { line.removeAll(keepingCapacity: true) }
        if line.isEmpty {
            if hasData { events.append(String(decoding: data, as: UTF8.self)) }
            data.removeAll(keepingCapacity: true)
            hasData = false
            return
        }
        if line.first == UInt8(ascii: ":") { return }
        let colon = line.firstIndex(of: UInt8(ascii: ":")) ?? line.endIndex
        guard line[..<colon].elementsEqual("data".utf8) else { return }
        var value = colon < line.endIndex ? line[(colon + 1)...] : []
        if value.first == UInt8(ascii: " ") { value = value.dropFirst() }
        if hasData { data.append(0x0A) }
        data.append(contentsOf: value)
        hasData = true
    }
}
