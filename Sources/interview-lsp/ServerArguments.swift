/// Recognises the argument lists that only start the language server, as `InterviewLSPCommand` reads them.
enum ServerArguments {
    /// True for no arguments, `--stdio`, and `--clientProcessId N` / `--clientProcessId=N` (vscode-languageclient
    /// appends it), each at most once and in any order. Anything else is left to ArgumentParser, which also
    /// produces the usage errors.
    static func areServerOnly(_ arguments: [String]) -> Bool {
        var sawStdio = false
        var sawProcessID = false
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--stdio", !sawStdio {
                sawStdio = true
            } else if argument == "--clientProcessId", !sawProcessID, index + 1 < arguments.count, UInt(arguments[index + 1]) != nil {
                sawProcessID = true
                index += 1
            } else if argument.hasPrefix("--clientProcessId="), !sawProcessID, UInt(argument.dropFirst("--clientProcessId=".count)) != nil {
                sawProcessID = true
            } else {
                return false
            }
            index += 1
        }
        return true
    }
}
