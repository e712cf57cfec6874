import JSONRPC
import LanguageServerProtocol
import Testing

@Test func requestsBeforeInitializeAreRejectedWithServerNotInitialized() {
    let state = LifecycleState()
    #expect(state.admitRequest("textDocument/hover") == .reject(.serverNotInitialized))
    #expect(state.admitRequest("shutdown") == .reject(.serverNotInitialized))
    #expect(state.admitRequest("initialize") == .handle)
}

@Test func notificationsBeforeInitializeAreDroppedExceptExit() {
    let state = LifecycleState()
    #expect(state.admitNotification("textDocument/didOpen") == .drop)
    #expect(state.admitNotification("exit") == .handle)
}

@Test func aSecondInitializeIsAnInvalidRequest() {
    var state = LifecycleState()
    state.didInitialize()
    guard case .reject(let error) = state.admitRequest("initialize") else {
        Issue.record("second initialize was admitted")
        return
    }
    #expect(error.code == ResponseError.invalidRequestCode)
    #expect(state.admitRequest("textDocument/hover") == .handle)
}

@Test func afterShutdownRequestsAreInvalidAndExitSucceeds() {
    var state = LifecycleState()
    state.didInitialize()
    #expect(state.exitCode == 1)
    state.didShutDown()
    guard case .reject(let error) = state.admitRequest("textDocument/hover") else {
        Issue.record("request after shutdown was admitted")
        return
    }
    #expect(error.code == -32600)
    #expect(state.admitNotification("textDocument/didChange") == .drop)
    #expect(state.exitCode == 0)
}

@Test func exitWithoutShutdownFails() {
    #expect(LifecycleState().exitCode == 1)
}
