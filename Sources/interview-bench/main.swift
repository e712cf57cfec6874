import Analysis
import Foundation
import RetrievalIndex

// Retrieval index benchmark: indexing throughput on a generated 10 MB session, re-index of one
// changed file, and search latency. Run in release: swift run -c release interview-bench

let clock = ContinuousClock()

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func percentile(_ values: [Double], _ fraction: Double) -> Double {
    let sorted = values.sorted()
    let position = Int((Double(sorted.count - 1) * fraction).rounded())
    return sorted[position]
}

/// Prints the live transcription's added latency per chunk (goal ≤ 50 ms).
func printLiveLatency() {
    let latencies = measureLiveLatency()
    print(String(format: "listen: added latency per chunk without the model (cut → request, answer → turns on disk): median %.2f ms, p95 %.2f ms over %d chunks",
                 percentile(latencies, 0.5), percentile(latencies, 0.95), latencies.count))
}

// `interview-bench live`: only the live transcription figure.
if CommandLine.arguments.dropFirst().first == "live" {
    printLiveLatency()
    exit(0)
}
printLiveLatency()

// The skill taxonomy: its size, and the time to parse it and to compile its matcher, which the
// server does once, off the initialize path.
var taxonomy = SkillTaxonomy.bundled
var taxonomyParses: [Double] = []
var matcherCompiles: [Double] = []
for _ in 0..<5 {
    taxonomyParses.append(seconds(try clock.measure { taxonomy = try SkillTaxonomy.parseBundled() }) * 1000)
    matcherCompiles.append(seconds(clock.measure { _ = SkillMatcher(taxonomy: taxonomy) }) * 1000)
}
print(String(format: "skill taxonomy: %d skills, %d terms; parse median %.2f ms, matcher compile median %.2f ms over 5 runs",
             taxonomy.skills.count, taxonomy.skills.reduce(0) { $0 + $1.terms.count },
             percentile(taxonomyParses, 0.5), percentile(matcherCompiles, 0.5)))

func makeDocuments() -> [SessionDocument] {
    var corpus = BenchmarkCorpus(seed: 42)
    var documents: [SessionDocument] = []
    // 80 % transcripts, 20 % CVs, in files of about 100 KB.
    for number in 0..<82 {
        documents.append(SessionDocument(path: "transcript-\(number).md", kind: .transcript,
                                         text: SourceText(corpus.transcript(bytes: 100 * 1024))))
    }
    for number in 0..<21 {
        documents.append(SessionDocument(path: "cv-\(number).md", kind: .cv,
                                         text: SourceText(corpus.curriculumVitae(bytes: 100 * 1024))))
    }
    return documents
}

let workspace = NSTemporaryDirectory() + "/interview-bench-\(getpid())"
try FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: workspace) }

let documents = makeDocuments()
let totalBytes = documents.reduce(0) { $0 + $1.text.text.utf8.count }
print("corpus: \(documents.count) documents, \(String(format: "%.2f", Double(totalBytes) / 1_048_576)) MB")

func openIndex(run: Int) throws -> RetrievalIndex {
    let path = "\(workspace)/run-\(run)/index.sqlite"
    return try RetrievalIndex(sessionRoot: workspace, location: IndexLocation(explicitPath: path))
}

// The engine's parsers alone, one thread: the share of indexing that is not the index's own work.
var parseThroughputs: [Double] = []
for _ in 0..<3 {
    let elapsed = clock.measure {
        for document in documents {
            switch document.kind {
            case .transcript: _ = TranscriptParser.parse(document.text, path: document.path)
            case .cv: _ = CVParser.parse(document.text)
            default: break
            }
        }
    }
    parseThroughputs.append(Double(totalBytes) / 1_048_576 / seconds(elapsed))
}
print(String(format: "engine parsers alone (1 thread): median %.1f MB/s over 3 runs", percentile(parseThroughputs, 0.5)))

// The prompt-injection check that every analysis runs over each CV and transcript: one pass for the rules'
// anchors, then the rules on the few lines holding one.
var injectionThroughputs: [Double] = []
for _ in 0..<3 {
    let elapsed = clock.measure {
        for document in documents { _ = InjectionScanner.findings(in: document) }
    }
    injectionThroughputs.append(Double(totalBytes) / 1_048_576 / seconds(elapsed))
}
print(String(format: "prompt-injection check (1 thread): median %.1f MB/s over 3 runs", percentile(injectionThroughputs, 0.5)))

/// CPU seconds used by the whole process so far (all threads): a figure less distorted by other load.
func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Indexes `corpus` into a fresh database five times; prints median wall-clock and CPU-time throughput.
func measureFullIndex(_ corpus: [SessionDocument], label: String, firstRun: Int) throws {
    var wall: [Double] = []
    var cpu: [Double] = []
    var chunkCount = 0
    for run in firstRun..<(firstRun + 5) {
        let index = try openIndex(run: run)
        var stats = IndexUpdateStats()
        let cpuBefore = processCPUSeconds()
        let elapsed = try clock.measure { stats = try index.update(documents: corpus) }
        cpu.append(Double(totalBytes) / 1_048_576 / (processCPUSeconds() - cpuBefore))
        chunkCount = stats.chunksWritten
        wall.append(Double(totalBytes) / 1_048_576 / seconds(elapsed))
    }
    print(String(format: "%@: median %.1f MB/s wall (min %.1f, max %.1f), %.1f MB/s per CPU-second, over 5 runs, %d chunks",
                 label, percentile(wall, 0.5), wall.min() ?? 0, wall.max() ?? 0, percentile(cpu, 0.5), chunkCount))
}

// Full index, fresh database each run: as the server would (engine parsers), then the index's own work
// (the same bytes as notes, cut into line chunks without the engine parsers).
try measureFullIndex(documents, label: "index", firstRun: 0)
let asNotes = documents.map { SessionDocument(path: $0.path, kind: .notes, text: $0.text) }
try measureFullIndex(asNotes, label: "index without engine parsing", firstRun: 10)

// Re-index after one file changed.
let index = try openIndex(run: 99)
_ = try index.update(documents: documents)
var current = documents
var reindexTimes: [Double] = []
for iteration in 0..<20 {
    let target = iteration % 10
    let edited = current[target].text.text + "[99:00:\(iteration)] Candidate: one more answer about Kafka \(iteration).\n"
    current[target] = SessionDocument(path: current[target].path, kind: current[target].kind, text: SourceText(edited))
    let elapsed = try clock.measure { _ = try index.update(documents: current) }
    reindexTimes.append(seconds(elapsed) * 1000)
}
print(String(format: "re-index one changed file (~100 KB) of %d: median %.2f ms over 20 runs (p95 %.2f ms)",
             documents.count, percentile(reindexTimes, 0.5), percentile(reindexTimes, 0.95)))

// Search latency.
var corpus = BenchmarkCorpus(seed: 7)
let queries = (0..<100).map { _ in corpus.query() }
for query in queries.prefix(10) { _ = try index.search(query, limit: 10) }
var searchTimes: [Double] = []
for query in queries {
    let elapsed = try clock.measure { _ = try index.search(query, limit: 10) }
    searchTimes.append(seconds(elapsed) * 1000)
}
print(String(format: "search (BM25, limit 10): p50 %.2f ms, p95 %.2f ms over %d queries",
             percentile(searchTimes, 0.5), percentile(searchTimes, 0.95), queries.count))

// A typical session: one JD, one CV, one transcript (about 150 KB), with 384-dimension vectors for hybrid search.
var typicalCorpus = BenchmarkCorpus(seed: 11)
let typical = [
    SessionDocument(path: "jd.md", kind: .jd, text: SourceText(typicalCorpus.curriculumVitae(bytes: 4 * 1024))),
    SessionDocument(path: "cv.md", kind: .cv, text: SourceText(typicalCorpus.curriculumVitae(bytes: 16 * 1024))),
    SessionDocument(path: "transcript.md", kind: .transcript, text: SourceText(typicalCorpus.transcript(bytes: 130 * 1024))),
]
let typicalIndex = try RetrievalIndex(sessionRoot: workspace + "/typical",
                                      location: IndexLocation(explicitPath: workspace + "/typical.sqlite"))
let typicalElapsed = try clock.measure { _ = try typicalIndex.update(documents: typical) }
let dimensions = 384
func vector(seed: Int) -> [Float] {
    var generator = BenchmarkCorpus(seed: UInt64(seed))
    return (0..<dimensions).map { _ in Float(generator.unitInterval() - 0.5) }
}
let missing = try typicalIndex.chunksMissingEmbeddings(model: "bench")
try typicalIndex.storeEmbeddings(missing.enumerated().map { ($1.contentHash, vector(seed: $0)) }, model: "bench")
var keywordTimes: [Double] = []
var hybridTimes: [Double] = []
for (offset, query) in queries.enumerated() {
    keywordTimes.append(seconds(try clock.measure { _ = try typicalIndex.search(query, limit: 10) }) * 1000)
    let queryVector = vector(seed: 100_000 + offset)
    hybridTimes.append(seconds(try clock.measure {
        _ = try typicalIndex.search(query, queryVector: queryVector, model: "bench", limit: 10)
    }) * 1000)
}
print(String(format: "typical session (%.0f KB, %d chunks): index %.1f ms; search p50 %.3f ms, p95 %.3f ms; hybrid (%d-dim) p50 %.2f ms, p95 %.2f ms",
             Double(typical.reduce(0) { $0 + $1.text.text.utf8.count }) / 1024,
             try typicalIndex.chunksMissingEmbeddings(model: "none").count,
             seconds(typicalElapsed) * 1000,
             percentile(keywordTimes, 0.5), percentile(keywordTimes, 0.95), dimensions,
             percentile(hybridTimes, 0.5), percentile(hybridTimes, 0.95)))
