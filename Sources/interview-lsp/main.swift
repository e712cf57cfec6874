#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CMallocShims

// A client that closes the pipe must not kill the process mid-write.
signal(SIGPIPE, SIG_IGN)
// glibc gives threads that allocate at the same time heaps of their own, up to eight per core, and a heap keeps
// what was freed in it: with a 10 MB transcript the analysis, index and request threads held ~40 MB more
// resident memory this way. Two heaps serve this process's few busy threads.
shim_limit_malloc_arenas(2)
// glibc raises its mmap threshold each time a mapped block is freed, so after the first edit a 10 MB transcript's
// next copy comes from a heap, where the freed old one leaves a hole; a fixed threshold keeps them mapped.
shim_map_large_allocations(1024 * 1024)
// How editors start the server skips ArgumentParser, whose reflection over the commands costs ~1.5 ms of
// the cold `initialize` round trip; anything else (subcommands, --help, errors) goes through it.
if ServerArguments.areServerOnly(Array(CommandLine.arguments.dropFirst())) {
    exit(await LanguageServerRunner.run())
}
exit(await InterviewLSPCommand.runFromCommandLine())
