import CMallocShims
import Testing

/// The server hands memory back after a large analysis only if the malloc shims are compiled in.
@Suite struct MemoryReleaseTests {
    #if canImport(Glibc)
    @Test func onGlibcTheMallocShimsAreCompiledIn() {
        // Without it a 10 MB transcript leaves the server at ~220 MB instead of ~150 MB (scripts/bench --large).
        #expect(shim_malloc_tuning_available() == 1)
    }
    #endif
}
