import JSON
import JSONRPC
import LanguageServerProtocol
import Testing

private func framed(_ body: String, header: String = "Content-Length") -> [UInt8] {
    Array("\(header): \(body.utf8.count)\r\n\r\n\(body)".utf8)
}

private func drain(_ framer: inout MessageFramer) -> [MessageFramer.Frame] {
    var frames: [MessageFramer.Frame] = []
    while let frame = framer.next() { frames.append(frame) }
    return frames
}

private func message(_ text: String) -> MessageFramer.Frame { .message(Array(text.utf8)) }

@Test func aMessageFedByteByByteComesOutWhole() {
    var framer = MessageFramer()
    var frames: [MessageFramer.Frame] = []
    for byte in framed(#"{"jsonrpc":"2.0","method":"initialized"}"#) {
        framer.append([byte])
        frames += drain(&framer)
    }
    #expect(frames == [message(#"{"jsonrpc":"2.0","method":"initialized"}"#)])
    #expect(framer.bufferedByteCount == 0)
}

@Test func severalMessagesInOneReadComeOutInOrder() {
    var framer = MessageFramer()
    framer.append(framed(#"{"a":1}"#) + framed(#"{"b":2}"#) + framed(#"{"c":3}"#))
    #expect(drain(&framer) == [message(#"{"a":1}"#), message(#"{"b":2}"#), message(#"{"c":3}"#)])
}

@Test func aMessageSplitAcrossReadsWaitsForItsBody() {
    var framer = MessageFramer()
    let bytes = framed(#"{"id":1}"#)
    framer.append(bytes.prefix(20))
    #expect(framer.next() == nil)
    framer.append(bytes.dropFirst(20))
    #expect(framer.next() == message(#"{"id":1}"#))
}

@Test func headerNamesAreCaseInsensitiveAndOtherHeadersAreIgnored() {
    var framer = MessageFramer()
    let body = #"{"x":true}"#
    framer.append(Array("content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH: \(body.utf8.count)\r\n\r\n\(body)".utf8))
    #expect(drain(&framer) == [message(body)])
}

@Test func contentLengthCountsUTF8BytesNotCharacters() {
    var framer = MessageFramer()
    let body = #"{"text":"Zoë 👩‍💻 résumé"}"#
    framer.append(framed(body) + framed("{}"))
    #expect(drain(&framer) == [message(body), message("{}")])
}

@Test func aBadHeaderIsReportedAndTheNextMessageStillArrives() {
    var framer = MessageFramer()
    framer.append(Array("Content-Length: twelve\r\n\r\n".utf8) + framed(#"{"ok":1}"#))
    let frames = drain(&framer)
    #expect(frames.count == 2)
    if case .badHeader = frames.first {} else { Issue.record("expected a bad header first, got \(frames)") }
    #expect(frames.last == message(#"{"ok":1}"#))
}

@Test func aHeaderWithoutContentLengthIsABadHeader() {
    var framer = MessageFramer()
    framer.append(Array("Content-Type: text/plain\r\n\r\n".utf8))
    #expect(framer.next() == .badHeader("missing Content-Length header"))
}

@Test func junkBeforeAHeaderIsSkipped() {
    var framer = MessageFramer()
    framer.append(Array("garbage".utf8) + framed(#"{"ok":2}"#))
    let frames = drain(&framer)
    #expect(frames.last == message(#"{"ok":2}"#))
}

@Test func anEncodedFrameReadsBackToTheSameMessage() throws {
    var framer = MessageFramer()
    let json: JSON = ["jsonrpc": "2.0", "method": "window/logMessage", "params": ["message": "naïve ✓"]]
    framer.append(FrameEncoder.frame(json))
    guard case .message(let body)? = framer.next() else {
        Issue.record("no frame")
        return
    }
    #expect(try JSON.parse(body) == json)
}

@Test func anEndlessHeaderIsCutOffAndTheNextMessageStillArrives() {
    var framer = MessageFramer()
    framer.append(Array(repeating: UInt8(ascii: "x"), count: MessageFramer.maximumHeaderLength + 10))
    #expect(framer.next() == .badHeader("header block longer than 8192 bytes"))
    #expect(framer.bufferedByteCount == 0)
    framer.append(Array("Content-Length: 2\r\n\r\n{}".utf8))
    #expect(framer.next() == .message(Array("{}".utf8)))
}

@Test func aHeaderThatArrivesHalfWayThroughAnEndlessHeaderIsNotLost() {
    var framer = MessageFramer()
    let junk = Array(repeating: UInt8(ascii: "j"), count: MessageFramer.maximumHeaderLength + 10)
    framer.append(junk + Array("Conte".utf8))
    #expect(framer.next() == .badHeader("header block longer than 8192 bytes"))
    framer.append(Array("nt-Length: 2\r\n\r\n{}".utf8))
    #expect(drain(&framer) == [message("{}")])
}
