/// Decides who interviews and who is the candidate.
enum SpeakerRoleResolver {
    private static let interviewerWords: Set<String> = ["interviewer", "recruiter", "panel", "panelist", "host", "moderator", "hr", "talent"]
    private static let candidateWords: Set<String> = ["candidate", "applicant", "interviewee"]
    // Only a whole label: "Speaker A" is not the candidate.
    private static let interviewerLabels: Set<String> = ["q", "question", "me", "i"]
    private static let candidateLabels: Set<String> = ["a", "answer"]

    /// Roles by declared name, then by words in the speaker name, then by who asks and who talks most.
    static func resolve(_ reading: TranscriptReading) -> [Transcript.Turn] {
        var order: [String] = []
        var displayName: [String: String] = [:]
        var questions: [String: Int] = [:]
        var turnCounts: [String: Int] = [:]
        var wordCounts: [String: Int] = [:]
        for turn in reading.turns {
            guard let speaker = turn.speaker else { continue }
            let key = speaker.lowercased()
            if turnCounts[key] == nil { order.append(key); displayName[key] = speaker }
            turnCounts[key, default: 0] += 1
            if turn.text.hasSuffix("?") { questions[key, default: 0] += 1 }
            wordCounts[key, default: 0] += LineScan.wordCount(Substring(turn.text))
        }

        var roles: [String: SpeakerRole] = [:]
        for key in order {
            if let role = declaredRole(of: displayName[key] ?? key, in: reading.declaredRoles) ?? roleFromName(key) {
                roles[key] = role
            }
        }

        let unassigned = order.filter { roles[$0] == nil }
        if order.count >= 2, !unassigned.isEmpty {
            func share(_ key: String) -> Double { Double(questions[key] ?? 0) / Double(max(turnCounts[key] ?? 1, 1)) }
            var remaining = unassigned
            if !roles.values.contains(.interviewer),
               let asker = remaining.max(by: { share($0) < share($1) || (share($0) == share($1) && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }),
               share(asker) > 0 {
                roles[asker] = .interviewer
                remaining.removeAll { $0 == asker }
            }
            if !roles.values.contains(.candidate),
               let talker = remaining.max(by: { (wordCounts[$0] ?? 0, order.firstIndex(of: $1)!) < (wordCounts[$1] ?? 0, order.firstIndex(of: $0)!) }) {
                roles[talker] = .candidate
                remaining.removeAll { $0 == talker }
            }
            for key in remaining where share(key) >= 0.5 {
                roles[key] = .interviewer
            }
        }

        return reading.turns.map { turn in
            var resolved = turn
            resolved.role = turn.speaker.flatMap { roles[$0.lowercased()] } ?? .unknown
            return resolved
        }
    }

    /// The declared role of `speaker`: the same name, or the first name of a declared full name.
    private static func declaredRole(of speaker: String, in declared: [(name: String, role: SpeakerRole)]) -> SpeakerRole? {
        let words = PhraseText.words(speaker)
        guard !words.isEmpty else { return nil }
        for entry in declared where PhraseText.words(entry.name) == words { return entry.role }
        for entry in declared {
            let declaredWords = PhraseText.words(entry.name)
            guard let first = declaredWords.first else { continue }
            if words.count == 1, words[0] == first { return entry.role }
            if declaredWords.count == 1, words.first == first { return entry.role }
        }
        return nil
    }

    private static func roleFromName(_ name: String) -> SpeakerRole? {
        let words = PhraseText.words(name)
        let padded = " " + words.joined(separator: " ") + " "
        if words.count == 1, interviewerLabels.contains(words[0]) { return .interviewer }
        if words.count == 1, candidateLabels.contains(words[0]) { return .candidate }
        if words.contains(where: interviewerWords.contains) || padded.contains(" hiring manager ") { return .interviewer }
        if words.contains(where: candidateWords.contains) { return .candidate }
        return nil
    }
}
