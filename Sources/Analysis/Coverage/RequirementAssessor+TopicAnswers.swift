/// Answers on the requirement's topic: replies to the interviewer's questions that ask about it in
/// its own words rather than by a skill's name.
extension RequirementAssessor {
    /// Replies to a question about the requirement's topic, in the question's words rather than a
    /// skill's name ("How long have you been designing products?" for "4+ years of product design
    /// experience"). The question must hold two of the requirement's stems or its head (the last
    /// word, or the last before a modifier: "research" in "running moderated user research"), and
    /// must name no skill but the requirement's ("Kubernetes or Terraform?" is about each, judged
    /// by the skill). With the reply it must hold nearly as many stems as a sentence of evidence
    /// would (one fewer, at least two), unless it asks about the head and little else. A yes, a no
    /// or a stated duration answers any question; an account without a no also answers an open
    /// one ("Tell me about a time you explained a technical decision to the business.").
    func topicAnswers(_ stems: [String], skills: [Int], heads: [String], term: Int) -> [Candidate] {
        guard let last = stems.last else { return [] }
        let head = Self.distinctive(last, in: stems)
        let topicHeads = heads.map { Self.distinctive($0, in: stems) }
        let needed = min(stems.count, max(2, ContentWords.threshold(for: stems.count) - 1))
        var found: [Candidate] = []
        for (documentIndex, (order, transcript)) in transcripts.enumerated() {
            // Questions holding the requirement's stems, counted, and those holding one of its heads.
            var hits: [Int: Int] = [:]
            for stem in stems {
                for reply in transcript.repliesByQuestionStem[stem] ?? [] { hits[reply, default: 0] += 1 }
            }
            let headed = Set(([head] + topicHeads).flatMap { transcript.repliesByQuestionStem[$0] ?? [] })
            for reply in hits.keys.sorted() {
                let index = transcript.replies[reply]
                let inQuestion = hits[reply]!
                guard let question = transcript.blocks[index - 1], question.askedSkills.isSubset(of: skills),
                      let answer = transcript.blocks[index], let sentence = answer.answerSentence else { continue }
                let asked = question.askedStems
                // "And programmatic?": a question of nothing but the requirement's words asks about it.
                let onlyTopic = Set(asked).subtracting(Self.askingWords).isSubset(of: stems)
                guard inQuestion >= 2 || headed.contains(reply) || onlyTopic else { continue }
                let inAnswer = stems.reduce(0) { $0 + (!asked.contains($1) && answer.allStems.contains($1) ? 1 : 0) }
                // A question about the topic's head and little else is answered without more of its
                // words: "Have you had to manage underperformance?" "Not really.", or "How do you
                // handle behaviour in your classroom?" and an account; not "Have you done Forest School
                // training?" for safeguarding training.
                let focused = onlyTopic || ((asked.contains(head) || topicHeads.contains(where: asked.contains))
                    && Set(asked).subtracting(stems).subtracting(Self.genericHeads).subtracting(Self.askingWords).count <= 1)
                guard inQuestion + inAnswer >= needed || focused,
                      let positive = answer.answerPolarity ?? (question.asksOpenly && answer.isAccount ? true : nil)
                else { continue }
                let range = answer.sentences[sentence]
                found.append(Candidate(isInterview: true, document: documentIndex, order: order, block: index, sentence: sentence,
                                       focus: Negation.firstClause(of: range, in: answer.tokens).nonEmpty ?? range,
                                       negated: !positive, term: term))
            }
        }
        return found
    }

    /// Heads that say what is done with the topic rather than what it is: in "behaviour management"
    /// or "safeguarding training" the topic is the word before.
    static let genericHeads: Set<String> = ["manag", "train", "handl", "administr", "certifi", "certific", "cours"]

    /// Stems of the words questions are asked with, about any topic: "How do you deal with ...",
    /// "Tell me about a time ...".
    private static let askingWords: Set<String> = [
        "deal", "handl", "approach", "tell", "walk", "talk", "describ", "exampl", "time", "usual", "typical", "day",
        "current", "recent", "last", "feel",
    ]

    /// `head`, or the stem before it when `head` is generic.
    private static func distinctive(_ head: String, in stems: [String]) -> String {
        guard genericHeads.contains(head), let position = stems.firstIndex(of: head), position > 0 else { return head }
        return stems[position - 1]
    }

    /// The stem that ends the requirement's first run of content words, before a preposition
    /// starts a modifier ("underperformance" in "handling underperformance with clear, fair
    /// feedback"), with its alternatives ("healthcare" and "charities" in "healthcare or charities").
    /// `stems` holds each token's stem (`ContentWords.stem`, nil for symbols and stopwords).
    static func headsBeforePreposition(of tokens: [TextToken], stems: [String?]) -> [String] {
        var heads: [String] = []
        var head: String?
        var alternative = false
        for (token, stem) in zip(tokens, stems) where token.isWord {
            if let stem {
                if !alternative, head != nil { heads.removeLast() }
                heads.append(stem)
                head = stem
                alternative = false
            } else if let current = head, modifierPrepositions.contains(token.lower) {
                // "Willingness to travel": the disposition is not the topic, what follows "to" is.
                if token.lower == "to", heads.count == 1, dispositions.contains(current) {
                    heads = []
                    head = nil
                    continue
                }
                break
            } else if token.lower == "or" {
                alternative = true
            }
        }
        return heads
    }

    /// Stems of words that say a candidate is willing or able to do what follows "to".
    private static let dispositions = Set(["willingness", "willing", "ability", "availability", "readiness", "ready",
                                           "eagerness", "eager", "openness", "prepared", "commitment", "desire"]
        .compactMap(ContentWords.stem))

    private static let modifierPrepositions: Set<String> = [
        "with", "to", "for", "in", "on", "from", "through", "under", "at", "of", "across", "including", "into", "via",
    ]
}
