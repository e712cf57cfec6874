extension SessionAnalysis {
    /// True when `text` names one of `requirement`'s skills, in any spelling the analysis's taxonomy knows, or
    /// one of the requirement's own content words: what a quote must do to count as evidence for it, beyond
    /// being in the session ("Automated server provisioning with Ansible" says nothing about CI/CD).
    public func mentions(_ requirement: Requirement, in text: String) -> Bool {
        let tokens = Tokenizer.tokens(in: text[...])
        let named = requirement.skills.compactMap(matcher.skillIndex(named:))
        // A member of a category the requirement names (Jenkins for CI/CD) is the category's evidence too.
        let skills = Set(named + named.flatMap { matcher.narrower[$0] })
        // The requirement is the context an ambiguous name ("Go", "R") would otherwise need.
        if matcher.matches(in: tokens, bounds: tokens.indices, needingContext: false).contains(where: { skills.contains($0.skillIndex) }) {
            return true
        }
        let words = Set(ContentWords.stems(of: requirement.text))
        return tokens.contains { $0.isWord && ContentWords.stem($0.lower).map(words.contains) == true }
    }
}
