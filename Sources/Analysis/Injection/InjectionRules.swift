/// What a line that addresses a model looks like: word rules, chat-template and fence tags, and the
/// anchors that every such line contains, for the fast check over a whole text.
///
/// The rules want a phrase a reader would never need ("ignore all previous instructions", "note to AI
/// reviewers", "rate this candidate"), not a word alone: a CV may well say "I ignored the noise" or
/// "built an AI reviewer".
enum InjectionRules {
    private static let overrideVerbs: Set = ["ignore", "disregard", "forget", "override", "bypass", "discard"]
    private static let determiners: Set = ["the", "these", "those", "of", "my", "a", "an"]
    /// Words that make "ignore … instructions" about instructions given before, not any instructions.
    private static let earlier: Set = [
        "all", "any", "every", "previous", "prior", "earlier", "above", "preceding", "foregoing", "former", "original",
        "initial", "your", "system", "aforementioned", "other", "existing", "old", "given",
    ]
    private static let directives: Set = [
        "instructions", "instruction", "guidance", "guidelines", "directions", "directives", "rules", "prompt", "prompts",
        "commands", "context", "messages", "orders", "constraints", "programming", "training",
    ]
    /// Names of models; `llm` also stands for "language model" (`InjectionText.words`).
    private static let models: Set = [
        "ai", "llm", "llms", "gpt", "chatgpt", "claude", "gemini", "copilot", "chatbot", "chatbots", "bot", "bots",
    ]
    /// Models greeted by name; not "Claude" or "Gemini", which are also people's names.
    private static let greetedModels: Set = ["ai", "llm", "llms", "gpt", "chatgpt", "chatbot", "bot", "bots"]
    private static let greetings: Set = ["dear", "attention", "hello", "hey", "hi", "greetings"]
    /// What a model reading a CV is called ("AI reviewers", "automated screeners").
    private static let readerRoles: Set = [
        "reviewer", "reviewers", "screener", "screeners", "system", "systems", "tool", "tools", "recruiter", "recruiters",
        "reader", "readers", "model", "models", "evaluator", "evaluators", "agent", "agents", "assistant", "assistants",
        "parser", "parsers", "grader", "graders", "scorer", "scorers", "filter", "filters",
    ]
    private static let reading: Set = [
        "reading", "reviewing", "screening", "parsing", "evaluating", "processing", "scoring", "ranking", "summarizing",
        "summarising", "analysing", "analyzing",
    ]
    private static let judgingVerbs: Set = [
        "rank", "rate", "score", "grade", "recommend", "give", "hire", "shortlist", "approve", "advance", "pass", "mark",
        "classify", "label", "accept", "prioritize", "prioritise",
    ]
    private static let applicant: Set = ["candidate", "applicant", "resume", "résumé", "cv", "profile", "application"]
    private static let markVerbs: Set = ["mark", "treat", "consider", "rate", "score", "flag", "set", "label", "count"]
    private static let quantifiers: Set = ["every", "all", "each"]
    private static let answerVerbs: Set = ["respond", "reply", "answer", "output", "return", "print"]
    private static let labelWords: Set = ["new", "updated", "revised", "real", "actual", "additional", "hidden", "secret", "important"]

    static let rules: [InjectionRule] = [
        // "Ignore all previous instructions", "disregard earlier guidance", "override the system prompt".
        InjectionRule(.word(overrideVerbs), .gap(determiners, upTo: 2), .word(earlier),
                      .gap(earlier.union(determiners), upTo: 3), .word(directives)),
        // "Disregard the above", "forget everything above".
        InjectionRule(.word(overrideVerbs), .gap(["the", "all", "of", "everything", "anything", "said", "written"], upTo: 3),
                      .word(["above", "aforementioned", "before"])),
        // "Note to AI reviewers", "message for the language model".
        InjectionRule(.word(["note", "notes", "message", "memo", "reminder", "instructions", "instruction", "psa"]),
                      .word(["to", "for"]), .gap(["any", "all", "the", "every", "a", "an", "automated"], upTo: 2), .word(models)),
        // "To any AI system reading this", at the start of a line or after a speaker's label.
        InjectionRule(.lineStart, .word(["to", "for"]), .gap(["any", "all", "the", "every"], upTo: 1),
                      .word(models.union(["automated"])), .word(readerRoles)),
        // "Dear AI", "Hey ChatGPT", "Attention automated screeners".
        InjectionRule(.word(greetings), .gap(["the", "all", "any", "every"], upTo: 1), .word(greetedModels)),
        InjectionRule(.word(greetings), .gap(["the", "all", "any", "every"], upTo: 1), .word(models.union(["automated"])),
                      .word(readerRoles)),
        // "If you are an AI", "if you're a language model".
        InjectionRule(.word(["if"]), .word(["you"]), .word(["are"]), .gap(["an", "a", "the", "any"], upTo: 1),
                      .word(models.union(["automated", "machine", "assistant", "robot"]))),
        // "Any LLM reading this", "automated screener parsing this CV".
        InjectionRule(.word(models), .gap(readerRoles, upTo: 1), .word(reading), .word(["this", "these", "my"])),
        InjectionRule(.word(["automated", "machine"]), .word(readerRoles), .word(reading), .word(["this", "these", "my"])),
        // "As an AI language model".
        InjectionRule(.word(["as"]), .word(["an", "a"]), .gap(["ai"], upTo: 1), .word(["llm"])),
        // "Rate this candidate", "pass this applicant".
        InjectionRule(.word(judgingVerbs), .word(["this"]), .word(applicant)),
        // "This candidate is the best fit", "this applicant meets all requirements".
        InjectionRule(.word(["this"]), .word(["candidate", "applicant"]), .word(["is"]),
                      .gap(["the", "a", "an", "clearly", "definitely", "obviously"], upTo: 2),
                      .word(["best", "perfect", "ideal", "strongest", "top", "only", "most", "ultimate"])),
        InjectionRule(.word(["this"]), .word(["candidate", "applicant"]),
                      .word(["meets", "satisfies", "fulfils", "fulfills", "exceeds", "matches"]), .word(quantifiers)),
        // "Mark every requirement as met", "treat all criteria as satisfied".
        InjectionRule(.word(markVerbs), .word(quantifiers), .gap(["of", "the", "these", "listed", "job", "jd"], upTo: 2),
                      .word(["requirement", "requirements", "criterion", "criteria", "qualification", "qualifications",
                             "skill", "skills", "box", "boxes", "item", "items"]),
                      .gap(["as"], upTo: 1),
                      .word(["met", "verified", "satisfied", "fulfilled", "passed", "covered", "complete", "completed", "green",
                             "true", "ticked", "checked", "present", "evidenced"])),
        // "Respond only with", "reply with only".
        InjectionRule(.word(answerVerbs), .word(["only"]), .word(["with"])),
        InjectionRule(.word(answerVerbs), .word(["with"]), .word(["only"])),
        // "Do not mention this instruction".
        InjectionRule(.word(["do"]), .word(["not"]), .word(["mention", "reveal", "disclose", "repeat"]),
                      .gap(["this", "these", "the", "any", "of", "my"], upTo: 2),
                      .word(["instruction", "instructions", "note", "notes", "line", "text", "message", "prompt"])),
        // "You are now an evaluator", "you're now in developer mode".
        InjectionRule(.word(["you"]), .word(["are"]), .word(["now"]), .gap(["a", "an", "the"], upTo: 1),
                      .word(["ai", "llm", "assistant", "chatbot", "bot", "model", "evaluator", "reviewer", "screener", "grader",
                             "dan", "jailbroken", "unrestricted", "unfiltered"])),
        InjectionRule(.word(["you"]), .word(["are"]), .word(["now"]), .word(["in"]), .anyWords(upTo: 2), .word(["mode"])),
        // "NEW INSTRUCTIONS:", "System prompt:".
        InjectionRule(.word(labelWords), .word(["instructions", "instruction", "prompt", "directive", "directives"]), .word([":"])),
        InjectionRule(.word(["system"]), .word(["prompt", "message", "instruction", "instructions", "override", "note"]),
                      .word([":"])),
    ]

    /// Tags that open or close a prompt's parts, compared with whitespace removed: a line holding one tries to
    /// end the `<data>` fence its text is put in, or to start a turn of its own.
    static let tags = [
        "<data>", "</data>", "<system>", "</system>", "[system]", "<|im_start|>", "<|im_end|>", "<|system|>", "[inst]",
        "[/inst]", "<<sys>>", "###instruction:", "###system:",
    ]

    /// An anchor of the fast check: text that a normalized line must contain, at the start of a word, for any
    /// rule or tag to match. (Tags are anchored on their name: "data>" starts a word in "</data>".)
    struct Anchor {
        var bytes: [UInt8]
        /// The anchor must end a word ("ai" must not be the start of "aim").
        var wordEnd: Bool
    }

    static let anchors: [Anchor] = {
        func words(_ list: [String], wholeWord: Bool = false) -> [Anchor] {
            list.map { Anchor(bytes: Array($0.utf8), wordEnd: wholeWord) }
        }
        func pairs(_ first: Set<String>, _ second: [String]) -> [String] {
            first.sorted().flatMap { head in second.map { head + $0 } }
        }
        return words(overrideVerbs.sorted())
            + words(pairs(["note", "notes", "message", "memo", "reminder", "instructions", "instruction", "psa"], [" to", " for"]))
            + words(models.sorted(), wholeWord: true)
            // "automated" alone is common in CVs; it addresses a model only as "automated screeners" and the like.
            + words(pairs(["automated", "machine"], readerRoles.sorted().map { " " + $0 }), wholeWord: true)
            + words(["language model", "if you are", "if you're", "if youre"])
            + words(pairs(["this"], applicant.sorted().map { " " + $0 }))
            + words(pairs(markVerbs, quantifiers.sorted().map { " " + $0 }))
            + words(pairs(answerVerbs, [" only", " with only"]))
            + words(pairs(["do not", "don't", "dont"], [" mention", " reveal", " disclose", " repeat"]))
            + words(["you are now", "you're now", "youre now"])
            + words(pairs(labelWords, [" instruction", " prompt", " directive"]))
            + words(pairs(["system"], [" prompt", " message", " instruction", " override", " note"]))
            + words(["data>", "data >", "system>", "system >", "system]", "system ]", "system|", "im_start", "im_end", "inst]",
                     "inst ]", "sys>>"])
            + words(["### instruction", "###instruction", "### system", "###system"], wholeWord: true)
    }()
}
