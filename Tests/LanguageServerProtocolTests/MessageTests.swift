import JSON
import JSONRPC
import LanguageServerProtocol
import Testing

@Test func aRequestANotificationAndAResponseAreToldApart() throws {
    #expect(try Message(json: ["jsonrpc": "2.0", "id": 7, "method": "shutdown"]) == .request(Request(id: .int(7), method: "shutdown")))
    #expect(try Message(json: ["jsonrpc": "2.0", "id": "a", "method": "x", "params": [1]])
        == .request(Request(id: .string("a"), method: "x", params: [1])))
    #expect(try Message(json: ["jsonrpc": "2.0", "method": "exit"]) == .notification(Notification(method: "exit")))
    #expect(try Message(json: ["jsonrpc": "2.0", "id": 3, "result": nil]) == .response(Response(id: .int(3), result: .success(nil))))
}

@Test func valuesThatAreNotMessagesAreInvalidRequests() {
    let cases: [JSON] = [
        [1, 2],
        ["jsonrpc": "2.0", "id": 1],
        ["jsonrpc": "2.0", "id": 1, "method": 5],
        ["jsonrpc": "1.0", "id": 1, "method": "x"],
        ["jsonrpc": "2.0", "id": true, "method": "x"],
        ["jsonrpc": "2.0", "id": 1, "method": "x", "params": "text"],
    ]
    for value in cases {
        #expect(throws: InvalidMessage.self) { try Message(json: value) }
        do {
            _ = try Message(json: value)
        } catch {
            #expect(error.error.code == ResponseError.invalidRequestCode)
        }
    }
}

@Test func anInvalidRequestWithAReadableIdIsAnsweredToThatId() {
    do {
        _ = try Message(json: ["jsonrpc": "2.0", "id": 9, "method": 1])
        Issue.record("accepted a numeric method")
    } catch {
        #expect(error.id == .int(9))
    }
}

@Test func errorResponsesCarryTheirCode() {
    let response = Response(id: .int(1), result: .failure(.requestCancelled))
    #expect(response.json["error"]?["code"] == -32800)
    #expect(response.json["jsonrpc"] == "2.0")
    #expect(Response(id: nil, result: .failure(.parseError("bad"))).json["id"] == .null)
}

@Test func nullParamsAreReadAsOmittedParams() throws {
    #expect(try Message(json: ["jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": nil])
        == .request(Request(id: .int(2), method: "shutdown")))
    #expect(try Message(json: ["jsonrpc": "2.0", "method": "exit", "params": nil]) == .notification(Notification(method: "exit")))
    #expect(try Message(json: ["jsonrpc": "2.0", "method": "initialized", "params": nil])
        == .notification(Notification(method: "initialized")))
}
