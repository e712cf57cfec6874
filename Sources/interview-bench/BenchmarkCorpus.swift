import Analysis

/// A deterministic generator of interview-like text: transcripts with timestamps and speakers, and CVs.
struct BenchmarkCorpus {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    private static let skills = [
        "Kubernetes", "PostgreSQL", "Terraform", "Kafka", "Go", "Rust", "Python", "AWS", "GCP", "Redis",
        "gRPC", "GraphQL", "React", "TypeScript", "Swift", "Java", "Spark", "Airflow", "Prometheus", "Grafana",
    ]
    private static let verbs = ["built", "migrated", "scaled", "debugged", "designed", "owned", "rewrote", "monitored",
                                "tuned", "automated", "deployed", "reviewed"]
    private static let objects = ["the billing pipeline", "our ingestion service", "a multi-region cluster",
                                  "the search backend", "the payments API", "an internal developer platform",
                                  "the on-call rotation", "a data warehouse", "the release process", "the mobile app"]
    private static let fillers = ["honestly", "in production", "for about two years", "with a small team",
                                  "under a tight deadline", "after an outage", "as the tech lead", "at my last company"]
    private static let questions = ["Can you walk me through", "How did you approach", "What went wrong with",
                                    "Tell me about", "Why did you choose"]

    /// SplitMix64: tiny, fast and the same on every run.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in [0, 1).
    mutating func unitInterval() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    private mutating func pick(_ options: [String]) -> String {
        options[Int(next() % UInt64(options.count))]
    }

    mutating func sentence() -> String {
        "I \(pick(Self.verbs)) \(pick(Self.objects)) using \(pick(Self.skills)) and \(pick(Self.skills)) \(pick(Self.fillers))."
    }

    /// A Markdown transcript of about `bytes` UTF-8 bytes: `[hh:mm:ss] Speaker: text` lines.
    mutating func transcript(bytes: Int) -> String {
        var lines: [String] = []
        var size = 0
        var seconds = 0
        while size < bytes {
            seconds += 5 + Int(next() % 40)
            let stamp = "[\(pad(seconds / 3600)):\(pad(seconds / 60 % 60)):\(pad(seconds % 60))]"
            let line: String
            if lines.count % 2 == 0 {
                line = "\(stamp) Interviewer: \(pick(Self.questions)) \(pick(Self.objects)) with \(pick(Self.skills))?"
            } else {
                let count = 1 + Int(next() % 3)
                line = "\(stamp) Candidate: " + (0..<count).map { _ in sentence() }.joined(separator: " ")
            }
            lines.append(line)
            size += line.utf8.count + 1
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Markdown CV of about `bytes` UTF-8 bytes: roles with bullets.
    mutating func curriculumVitae(bytes: Int) -> String {
        var lines = ["# Candidate", "", "## Experience"]
        var size = 0
        var year = 2024
        while size < bytes {
            let role = "### Senior Engineer, Company \(next() % 1000) (\(year - 3) – \(year))"
            year -= 1
            lines.append(role)
            size += role.utf8.count + 1
            for _ in 0..<6 {
                let bullet = "- " + sentence()
                lines.append(bullet)
                size += bullet.utf8.count + 1
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A query of two to four words a recruiter might type.
    mutating func query() -> String {
        switch next() % 3 {
        case 0: return "\(pick(Self.skills)) \(pick(Self.objects))"
        case 1: return "\(pick(Self.verbs)) \(pick(Self.skills)) \(pick(Self.fillers))"
        default: return "experience with \(pick(Self.skills)) and \(pick(Self.skills))?"
        }
    }

    private func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
