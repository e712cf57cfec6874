import Foundation
@testable import InterviewServer
import JSON
import JSONRPC
import LanguageServerProtocol
import Logging
import Testing

/// The `$/progress` values the server wrote to `pipe`, in order.
private func progressValues(from pipe: Pipe) throws -> [JSON] {
    try pipe.fileHandleForWriting.close()
    var framer = MessageFramer()
    framer.append(pipe.fileHandleForReading.readDataToEndOfFile())
    var values: [JSON] = []
    while let frame = framer.next() {
        guard case .message(let body) = frame else { continue }
        let message = try JSON.parse(body)
        #expect(message["params"]?["token"] == "chat-7")
        if let value = message["params"]?["value"] { values.append(value) }
    }
    return values
}

@Test func aStreamedAnswerIsReportedAsItGrowsUnderTheClientsToken() async throws {
    let pipe = Pipe()
    let connection = Connection(input: -1, output: pipe.fileHandleForWriting.fileDescriptor, logger: Logger(level: .error))
    let progress = try #require(ChatProgress.begin(connection: connection, clientToken: "chat-7",
                                                         clientSupportsProgress: false, title: "Interview chat", message: "Asking"))

    progress.update("Go is")
    try await Task.sleep(for: ChatProgress.interval * 2)
    progress.update("Go is evidenced")
    progress.update("Go is evidenced in the interview.")
    progress.end("Answered")
    progress.update("Go is evidenced in the interview. late")

    let values = try progressValues(from: pipe)
    // The first piece at once, the next after the interval, the rest (held back by the interval) at the end.
    #expect(values.map { $0["kind"]?.stringValue } == ["begin", "report", "report", "report", "end"])
    #expect(values.dropFirst().map { $0["message"]?.stringValue } == [
        "Go is", "Go is evidenced", "Go is evidenced in the interview.", "Answered",
    ])
}

@Test func withoutATokenOrClientSupportThereIsNoProgress() async {
    let connection = Connection(input: -1, output: -1, logger: Logger(level: .error))

    let progress = ChatProgress.begin(connection: connection, clientToken: nil, clientSupportsProgress: false,
                                            title: "Interview chat", message: "Asking")

    #expect(progress == nil)
}

@Test func aNullWorkDoneTokenIsNoToken() async {
    let connection = Connection(input: -1, output: -1, logger: Logger(level: .error))

    let progress = ChatProgress.begin(connection: connection, clientToken: nil as JSON, clientSupportsProgress: false,
                                            title: "Interview chat", message: "Asking")

    #expect(progress == nil)
}
