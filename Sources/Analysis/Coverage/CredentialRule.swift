/// A requirement for a credential in a field ("Post-graduate diploma in critical care nursing",
/// "Bachelor's degree in Computer Science") asks for the credential, not for work in the field:
/// only evidence that names a credential counts ("BSc Computer Science", "I finished the diploma
/// in 2021"), not "three years in the ICU".
enum CredentialRule {
    /// Nouns that name a credential held in a field.
    static let credentials: Set<String> = [
        "diploma", "degree", "certificate", "bachelor", "bachelors", "master", "masters", "msc", "bsc", "mba", "phd",
        "postgraduate", "doctorate",
    ]

    /// Words that show a credential in evidence.
    static let evidenceWords: Set<String> = credentials.union([
        "ba", "bs", "ma", "ms", "meng", "beng", "bsn", "msn", "hons", "pgdip", "pgcert",
        "qualification", "qualified", "certified", "certification", "accredited", "diplomas", "degrees", "certificates",
    ])

    /// True when the text of `tokens` asks for a credential in a field: a credential noun followed by "in" or "of".
    static func appliesTo(_ tokens: [TextToken]) -> Bool {
        let words = tokens.filter(\.isWord).map(\.lower)
        return words.indices.dropLast().contains { credentials.contains(words[$0]) && ["in", "of"].contains(words[$0 + 1]) }
    }

    /// True when `tokens[range]` names a credential.
    static func namesCredential(_ tokens: [TextToken], range: Range<Int>) -> Bool {
        range.contains { tokens[$0].isWord && evidenceWords.contains(tokens[$0].lower) }
    }
}
