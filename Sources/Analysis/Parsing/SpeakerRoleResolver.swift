/// Decides who interviews and who is the candidate.
enum SpeakerRoleResolver {
    private static let interviewerWords: Set<String> = ["interviewer", "recruiter", "panel", "panelist", "host", "moderator", "hr", "talent"]
    private static let candidateWords: Set<String> = ["candidate", "applicant", "interviewee"]
    // Only a whole label: "Speaker A" is not the candidate.
    private static let interviewerLabels: Set<String> = ["q", "question", "me", "i"]
    private static let candidateLabels: Set<String> = ["a", "answer"]

    /// Roles by declared name, then by words in the speaker name, then by who asks and who talks most.
    static func resolve(_ reading: TranscriptReading) -> [Transcript.Turn] {
        let tally = SpeakerTally(reading.turns)
        var roles: [SpeakerRole?] = tally.names.map { declaredRole(of: $0, in: reading.declaredRoles) ?? roleFromName($0) }
        assignByBehaviour(&roles, tally: tally)
        var turns = reading.turns
        for index in turns.indices {
            turns[index].role = tally.turnSpeaker[index].flatMap { roles[$0] } ?? .unknown
        }
        return turns
    }

    /// Speakers by first appearance with what each said; per-turn work is one dictionary lookup, the rest is
    /// array indexing.
    private struct SpeakerTally {
        /// Each speaker's name as first written; a speaker's id is its index here.
        private(set) var names: [String] = []
        private(set) var questions: [Int] = []
        private(set) var turnCounts: [Int] = []
        private(set) var wordCounts: [Int] = []
        /// The speaker id of each turn, nil for an unlabelled one.
        private(set) var turnSpeaker: [Int?] = []
        private var speakerIDs: [String: Int] = [:]
        private var idByKey: [String: Int] = [:]

        init(_ turns: [Transcript.Turn]) {
            turnSpeaker.reserveCapacity(turns.count)
            for turn in turns {
                guard let speaker = turn.speaker else { turnSpeaker.append(nil); continue }
                let id = self.id(of: speaker)
                turnSpeaker.append(id)
                turnCounts[id] += 1
                if turn.text.utf8.last == UInt8(ascii: "?") { questions[id] += 1 }
                wordCounts[id] += LineScan.wordCount(Substring(turn.text))
            }
        }

        /// The id of `speaker`, a new one for a name not seen before; names differing only in case are one speaker.
        private mutating func id(of speaker: String) -> Int {
            if let known = speakerIDs[speaker] { return known }
            let key = speaker.lowercased()
            let id: Int
            if let existing = idByKey[key] {
                id = existing
            } else {
                id = names.count
                idByKey[key] = id
                names.append(speaker)
                questions.append(0)
                turnCounts.append(0)
                wordCounts.append(0)
            }
            speakerIDs[speaker] = id
            return id
        }

        /// The share of `id`'s turns that are questions.
        func questionShare(_ id: Int) -> Double { Double(questions[id]) / Double(max(turnCounts[id], 1)) }
    }

    /// Roles the names left open, from behaviour: the one who asks most interviews, the one who talks most is
    /// the candidate.
    private static func assignByBehaviour(_ roles: inout [SpeakerRole?], tally: SpeakerTally) {
        let speakers = Array(tally.names.indices)
        let unassigned = speakers.filter { roles[$0] == nil }
        if speakers.count >= 2, !unassigned.isEmpty {
            let share = tally.questionShare
            var remaining = unassigned
            // Ties go to the speaker who appeared first (the lower id).
            if !roles.contains(.interviewer),
               let asker = remaining.max(by: { (share($0), -$0) < (share($1), -$1) }), share(asker) > 0 {
                roles[asker] = .interviewer
                remaining.removeAll { $0 == asker }
            }
            let wordCounts = tally.wordCounts
            if !roles.contains(.candidate), let talker = remaining.max(by: { (wordCounts[$0], -$0) < (wordCounts[$1], -$1) }) {
                roles[talker] = .candidate
                remaining.removeAll { $0 == talker }
            }
            for id in remaining where share(id) >= 0.5 {
                roles[id] = .interviewer
            }
        } else if speakers.count == 1, unassigned.count == 1, tally.turnCounts[0] >= 2 {
            // A lone named speaker among unlabelled lines: the one who asks is the interviewer, else the candidate.
            roles[0] = tally.questionShare(0) >= 0.5 ? .interviewer : .candidate
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
            // "Jane Doe (Acme)" is the declared "Jane Doe".
            if declaredWords.count > 1, declaredWords.allSatisfy(words.contains) { return entry.role }
        }
        return nil
    }

    private static func roleFromName(_ name: String) -> SpeakerRole? {
        let words = PhraseText.words(name)
        if words.count == 1, interviewerLabels.contains(numberless(words[0])) { return .interviewer }
        if words.count == 1, candidateLabels.contains(numberless(words[0])) { return .candidate }
        if words.contains(where: interviewerWords.contains) || zip(words, words.dropFirst()).contains(where: { $0 == "hiring" && $1 == "manager" }) { return .interviewer }
        if words.contains(where: candidateWords.contains) { return .candidate }
        return nil
    }

    /// "q3" → "q": numbered question and answer labels.
    private static func numberless(_ word: String) -> String {
        let letters = word.prefix { !$0.isNumber }
        return letters.count == 1 && letters.count < word.count && word.dropFirst().allSatisfy(\.isNumber) ? String(letters) : word
    }
}
