import JSONRPC
import LanguageServerProtocol
import Testing

@Test func aCancelForAPendingRequestMarksItCancelledUntilAnswered() {
    let tracker = RequestTracker()
    tracker.register(.int(9))
    tracker.cancel(.int(9))
    #expect(tracker.isCancelled(.int(9)))
    #expect(tracker.finish(.int(9)))
    #expect(!tracker.isCancelled(.int(9)))
}

@Test func aCancelForAnUnknownOrAnsweredRequestIsIgnored() {
    let tracker = RequestTracker()
    tracker.cancel(.string("never-sent"))
    #expect(!tracker.isCancelled(.string("never-sent")))
    tracker.register(.int(1))
    tracker.finish(.int(1))
    tracker.cancel(.int(1))
    #expect(!tracker.isCancelled(.int(1)))
}

@Test func integerAndStringIdsAreDistinct() {
    let tracker = RequestTracker()
    tracker.register(.int(1))
    tracker.cancel(.string("1"))
    #expect(!tracker.isCancelled(.int(1)))
}
