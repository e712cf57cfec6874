#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// A client that closes the pipe must not kill the process mid-write.
signal(SIGPIPE, SIG_IGN)
exit(await InterviewLSPCommand.runFromCommandLine())
