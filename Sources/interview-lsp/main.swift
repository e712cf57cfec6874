#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// A client that closes the pipe must not kill the process mid-write.
signal(SIGPIPE, SIG_IGN)
// How editors start the server skips ArgumentParser, whose reflection over the commands costs ~1.5 ms of
// the cold `initialize` round trip; anything else (subcommands, --help, errors) goes through it.
if ServerArguments.areServerOnly(Array(CommandLine.arguments.dropFirst())) {
    exit(await LanguageServerRunner.run())
}
exit(await InterviewLSPCommand.runFromCommandLine())
