import Testing
@testable import ModelClient

@Suite struct ServerSentEventParserTests {
    @Test func eventsSplitAcrossChunksAreReassembled() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array("data: {\"a\"".utf8)).isEmpty)
        #expect(parser.feed(Array(":1}\n".utf8)).isEmpty)
        #expect(parser.feed(Array("\ndata: x\n\n".utf8)) == ["{\"a\":1}", "x"])
    }

    @Test func crlfAndBareCRLineEndingsWork() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array("data: one\r\n\r\ndata: two\r\r".utf8)) == ["one", "two"])
        // A CRLF split between chunks is one line ending, not two.
        #expect(parser.feed(Array("data: three\r".utf8)).isEmpty)
        #expect(parser.feed(Array("\n\r\n".utf8)) == ["three"])
    }

    @Test func multiLineDataJoinsWithNewlinesAndCommentsAreIgnored() {
        var parser = ServerSentEventParser()
        let events = parser.feed(Array(": keep-alive\nevent: message\nid: 7\ndata: first\ndata:second\n\n".utf8))
        #expect(events == ["first\nsecond"])
    }

    @Test func unfinishedEventIsPending() {
        var parser = ServerSentEventParser()
        _ = parser.feed(Array("data: [DONE]".utf8))
        #expect(parser.hasPendingData)
        #expect(parser.feed(Array("\n\n".utf8)) == ["[DONE]"])
        #expect(!parser.hasPendingData)
    }
}
