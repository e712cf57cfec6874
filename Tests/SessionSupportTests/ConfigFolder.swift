#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fresh folder holding `.interview/config.json` with `contents` (no config file when nil).
func folder(withConfig contents: String?) -> String {
    var template = Array("/tmp/interview-settings-XXXXXX".utf8CString)
    let path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    if let contents {
        mkdir(path + "/.interview", 0o755)
        let file = fopen(path + "/.interview/config.json", "w")
        fputs(contents, file)
        fclose(file)
    }
    return path
}
