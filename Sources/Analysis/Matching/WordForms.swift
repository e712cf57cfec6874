/// The other forms of the verbs that skill aliases start with ("negotiate" → "negotiated",
/// "manage a team" → "managed a team"), so aliases can be written once, in the base form.
enum WordForms {
    /// Verbs whose forms an alias starting with them also matches. A closed list: a noun that is
    /// also a verb ("design systems", "market research") would match the wrong thing inflected.
    static let verbs: Set<String> = [
        "administer", "analyse", "analyze", "architect", "audit", "automate", "build", "coach", "communicate",
        "coordinate", "debug", "deploy", "develop", "drive", "facilitate", "forecast", "hire", "implement",
        "influence", "lead", "manage", "mentor", "migrate", "motivate", "negotiate", "optimize", "organize",
        "present", "prioritize", "push", "recruit", "reconcile", "resolve", "run", "scale", "sell", "ship", "supervise",
        "teach", "train", "write",
    ]

    /// The inflected forms of `verb` (base form), without the base itself; empty for another word.
    static func forms(of verb: String) -> [String] {
        guard verbs.contains(verb), let last = verb.last else { return [] }
        var forms = irregularPast[verb] ?? []
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if last == "e" {
            let stem = verb.dropLast()
            forms += [verb + "s", stem + "ed", stem + "ing"]
        } else if ["s", "x", "z"].contains(last) || verb.hasSuffix("ch") || verb.hasSuffix("sh") {
            forms += [verb + "es", verb + "ed", verb + "ing"]
        } else {
            // "run" → "running", "ship" → "shipped": one short vowel before a final consonant doubles it.
            let characters = Array(verb)
            let doubles = characters.count <= 4 && characters.count >= 3 && !vowels.contains(last) && !["w", "x", "y"].contains(last)
                && vowels.contains(characters[characters.count - 2]) && !vowels.contains(characters[characters.count - 3])
            let stem = doubles ? verb + String(last) : verb
            forms += [verb + "s", stem + "ing"]
            if irregularPast[verb] == nil { forms.append(stem + "ed") }
        }
        return forms
    }

    /// Past forms of the listed verbs that do not end in "-ed", from `ContentWords.irregularForms`.
    private static let irregularPast: [String: [String]] = Dictionary(
        grouping: ContentWords.irregularForms.filter { verbs.contains($0.value) }, by: \.value
    ).mapValues { $0.map(\.key).sorted() }
}
