#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// `arecord` capturing a sound device as raw 16-bit PCM on a pipe (spawned directly, no shell).
///
/// Owns the child and the pipe's read end: `stop` ends the child and reaps it; `deinit` does too.
public final class RecorderProcess: Sendable {
    /// The pipe's read end, where the audio arrives.
    public let descriptor: Int32
    private let pid: pid_t
    /// Whether the child was waited for: only once, whoever stops it first.
    private let reaped = Mutex(false)

    /// The command line run for `device`: `arecord -D NAME -f S16_LE -r RATE -c CHANNELS -t raw`.
    public static func arguments(device: String, format: AudioFormat) -> [String] {
        ["arecord", "-D", device, "-f", "S16_LE", "-r", "\(format.sampleRate)", "-c", "\(format.channels)", "-t", "raw"]
    }

    /// The first executable `name` in the directories of `path` (a `PATH` value), nil when there is none.
    public static func find(_ name: String, path: String?) -> String? {
        for directory in (path ?? "/usr/bin:/bin").split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(name)"
            var status = stat()
            if stat(candidate, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Starts `executable` with `arguments` (the first is its name), its stdout on a pipe, stdin from
    /// /dev/null, stderr shared; SIGINT and SIGTERM back to their defaults in the child.
    public init(executable: String, arguments: [String]) throws(ListenError) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw ListenError("cannot start \(executable): \(String(cString: strerror(errno)))") }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addclose(&actions, fds[1])
        // This process ignores SIGINT/SIGTERM while it listens (it handles them itself); the child must not inherit that.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var child = pid_t()
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
        close(fds[1])
        guard result == 0 else {
            close(fds[0])
            throw ListenError("cannot start \(executable): \(String(cString: strerror(result)))")
        }
        pid = child
        descriptor = fds[0]
    }

    deinit {
        _ = stop()
        close(descriptor)
    }

    /// Ends the child (SIGTERM) unless it has exited, and waits for it; its exit status, or the signal that ended
    /// it as 128 + number.
    @discardableResult
    public func stop() -> Int32 {
        let first = reaped.withLock { reaped in
            defer { reaped = true }
            return !reaped
        }
        guard first else { return 0 }
        kill(pid, SIGTERM)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
