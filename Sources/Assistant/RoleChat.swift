import Analysis

/// Chat asked about a role as a whole (from its JD): a question naming a candidate goes to that candidate; any
/// other question is not answered over every candidate's files at once.
public enum RoleChat {
    /// The candidate whose name the question names as a word ("ada" in "Is Ada's Kubernetes real?"); the first of
    /// them in candidate order when it names several, nil when none.
    public static func candidate(namedIn question: String, role: RoleFolder) -> String? {
        let words = Set(question.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "_" }.map(String.init))
        return role.candidates.first { candidate in
            let name = candidate.name.lowercased()
            // "ada-okafor" is named by "ada-okafor", "ada" or "okafor".
            return words.contains(name) || name.split { $0 == "-" || $0 == "_" }.contains { part in
                part.count >= 3 && !fileWords.contains(String(part)) && words.contains(String(part))
            }
        }?.name
    }

    /// Parts of a CV file's name that name no one ("ada-cv", "resume_bob").
    private static let fileWords: Set<String> = ["cv", "resume", "résumé", "notes", "transcript", "interview", "candidate"]

    /// The answer to a question about no candidate in particular: which candidates there are and how to ask.
    public static func askACandidate(_ role: RoleFolder) -> ChatAnswer {
        // Folder names are anyone's: shown as written in the Markdown answer, never as a link.
        let names = role.candidates.map { MarkdownText.escape($0.name) }
        let listed = names.prefix(10).joined(separator: ", ") + (names.count > 10 ? ", …" : "")
        let answer = "This role has \(names.count) candidates (\(listed)), each analysed on their own files. "
            + "Ask from one candidate's CV, transcript or notes, or name the candidate in the question "
            + "(\"Does \(names.first ?? "ada") know Kubernetes?\"); \"who are the best candidates?\" compares them."
        return ChatAnswer(answer: answer, citations: [], mode: .offline)
    }
}
