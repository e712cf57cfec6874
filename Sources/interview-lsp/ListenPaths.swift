#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import SessionSupport

/// The files `listen` writes in a session folder.
struct ListenPaths {
    /// The session folder.
    var directory: String
    /// The live transcript.
    var transcript: String { FilePaths.join(directory, "transcript.md") }
    /// The whole recording.
    var recording: String { FilePaths.join(directory, "recording.wav") }
    /// The transcript of the whole recording, written by `--finalize`.
    var final: String { FilePaths.join(directory, Self.finalName) }
    /// The final transcript's file name.
    static let finalName = "transcript.final.md"

    /// Exits 2 with a message unless the folder exists and the files to write are not symbolic links.
    func check() throws {
        var info = stat()
        guard stat(directory, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            StandardOutput.error("error: \(directory) is not a folder")
            throw ExitCode(2)
        }
        for path in [transcript, recording, final] where lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK {
            StandardOutput.error("error: \(path) is a symbolic link; not followed, move it away")
            throw ExitCode(2)
        }
    }
}
