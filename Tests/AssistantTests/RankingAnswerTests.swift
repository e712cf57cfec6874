import Testing
import Analysis
import Assistant

private func ranking(_ files: [String: String]) -> RoleRanking {
    let documents = files.map { SessionDocument(path: $0.key, kind: DocumentClassifier.kind(forFileName: $0.key), text: SourceText($0.value)) }
    return RoleRanking(role: RoleFolder(session: Session(root: "role", documents: documents)),
                       analyzer: SessionAnalyzer(taxonomy: .bundled, options: AnalysisOptions(referenceDate: 2026.0)))
}

@Test func askingForTheBestCandidatesIsARankingQuestion() {
    #expect(RankingAnswer.asks("Who are the best candidates for this role and why?"))
    #expect(RankingAnswer.asks("Rank the candidates"))
    #expect(!RankingAnswer.asks("What skills are missing?"))
    #expect(!RankingAnswer.asks("Did Frank say he knows Python?"))
}

@Test func theRankingAnswerNamesTheBestFirstAndCitesEachCandidatesOwnFiles() {
    let answer = RankingAnswer.answer(ranking([
        "jd.md": "# Role\n\n## Requirements\n\n- Python\n- PostgreSQL\n",
        "ana/cv.md": "## Skills\n\nPython\n",
        "bo/cv.md": "## Skills\n\nPython, PostgreSQL\n",
    ]))
    #expect(answer.answer.contains("1. **bo**"))
    #expect(answer.answer.contains("2. **ana**"))
    #expect(answer.answer.contains("missing: PostgreSQL (unmet)"))
    #expect(answer.citations.map(\.path) == ["bo/cv.md", "ana/cv.md"])
}

@Test func aCandidateNamedLikeMarkdownIsShownAsWrittenInChatAnswersNeverAsALink() {
    var ranked = ranking([
        "jd.md": "# Role\n\n## Requirements\n\n- Python\n",
        "evil/cv.md": "## Skills\n\nPython\n",
        "bo/cv.md": "## Skills\n\nGo\n",
    ])
    // A name as a folder could give it, had it no "/": a link to another site.
    ranked.candidates[0].candidate.name = "*[x](http://e.vil)*"
    var role = ranked.role
    role.candidates[1].name = "*[x](http://e.vil)*"
    let escaped = #"\*\[x\]\(http://e.vil\)\*"#
    for answer in [RankingAnswer.answer(ranked).answer, RoleChat.askACandidate(role).answer] {
        #expect(answer.contains(escaped), "\(answer)")
        #expect(!answer.contains("[x]("), "\(answer)")
    }
}
