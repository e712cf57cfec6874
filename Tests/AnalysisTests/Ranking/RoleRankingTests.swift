import JSON
import Testing
@testable import Analysis

/// A role built in memory: `files` maps role-relative paths to text; kinds come from the names.
private func role(_ files: [String: String]) -> RoleFolder {
    let documents = files.map { path, text in
        SessionDocument(path: path, kind: DocumentClassifier.kind(forFileName: path), text: SourceText(text))
    }
    return RoleFolder(session: Session(root: "role", documents: documents))
}

private func rank(_ files: [String: String]) -> RoleRanking {
    RoleRanking(role: role(files), analyzer: SessionAnalyzer(taxonomy: .bundled, options: AnalysisOptions(referenceDate: 2026.0)))
}

private let jd = """
    # Backend Engineer

    ## Requirements

    - Python
    - PostgreSQL

    ## Nice to have

    - Kubernetes
    """

private func names(_ ranking: RoleRanking) -> [String] { ranking.candidates.map(\.candidate.name) }

@Test func aVerifiedMustHaveRanksAboveTheSameMustHaveOnlyClaimed() {
    let ranking = rank([
        "jd.md": jd,
        "claims/cv.md": "## Skills\n\nPython, PostgreSQL\n",
        "proves/cv.md": "## Skills\n\nPython, PostgreSQL\n",
        "proves/transcript.md": "**Interviewer** [00:00:01]: Tell me about your work.\n\n**Candidate** [00:00:05]: I write Python every day and I tune PostgreSQL queries.\n",
    ])
    #expect(names(ranking) == ["proves", "claims"])
    #expect(ranking.candidates[0].score > ranking.candidates[1].score)
}

@Test func mustHavesWeighMoreThanNiceToHaves() {
    let ranking = rank([
        "jd.md": jd,
        "nice-only/cv.md": "## Skills\n\nKubernetes\n",
        "one-must/cv.md": "## Skills\n\nPython\n",
    ])
    #expect(names(ranking) == ["one-must", "nice-only"])
}

@Test func aContradictedMustHaveCountsAgainstTheCandidate() {
    let ranking = rank([
        "jd.md": jd,
        "denies/cv.md": "## Skills\n\nPython\n",
        "denies/transcript.md": "**Interviewer** [00:00:01]: And PostgreSQL?\n\n**Candidate** [00:00:05]: No, I haven't used PostgreSQL.\n",
        "silent/cv.md": "## Skills\n\nPython\n",
    ])
    #expect(names(ranking) == ["silent", "denies"])
    #expect(ranking.candidates[1].missingMustHaves.map(\.status) == [.contradicted])
    #expect(ranking.candidates[1].points < ranking.candidates[0].points)
}

@Test func equalScoresAreOrderedByNameAndTheTieIsExplained() {
    let ranking = rank([
        "jd.md": jd,
        "zoe/cv.md": "## Skills\n\nPython\n",
        "adam/cv.md": "## Skills\n\nPython\n",
    ])
    #expect(names(ranking) == ["adam", "zoe"])
    #expect(ranking.candidates[0].tie == "same score as zoe, placed above it by name, alphabetically (all else equal)")
    #expect(ranking.candidates[1].tie == "same score as adam, placed below it by name, alphabetically (all else equal)")
}

@Test func equalScoresPreferMoreVerifiedMustHaves() {
    // Weights: must-have 3, nice-to-have 1; credits: verified 2, claimed 1, unmet 0.
    let ranking = rank([
        "jd.md": """
            # Role

            ## Requirements

            - Python
            - PostgreSQL
            - Docker

            ## Nice to have

            - Kubernetes
            - AWS
            - Terraform
            """,
        // Verified Python (6) + unmet PostgreSQL, Docker = 6 points, 1 verified must-have.
        "deep/cv.md": "## Skills\n\nGo\n",
        "deep/transcript.md": "**Interviewer** [00:00:01]: Tell me about your work.\n\n**Candidate** [00:00:05]: I write Python every day.\n",
        // Claimed Python and PostgreSQL (3 + 3) = 6 points, no verified must-have.
        "wide/cv.md": "## Skills\n\nPython, PostgreSQL\n",
    ])
    #expect(ranking.candidates.map(\.points) == [6, 6])
    #expect(names(ranking) == ["deep", "wide"])
    #expect(ranking.candidates[0].tie?.contains("more verified must-haves (1 vs 0)") == true)
}

@Test func aSkillOnlyAnotherCandidateNamesIsNeverEvidenceForThisOne() {
    let ranking = rank([
        "jd.md": jd,
        "ana/cv.md": "## Skills\n\nPython\n",
        "ana/transcript.md": "**Interviewer** [00:00:01]: Anything else?\n\n**Candidate** [00:00:05]: Not much to add.\n",
        "bo/cv.md": "## Skills\n\nPostgreSQL, Kubernetes\n",
        "bo/transcript.md": "**Interviewer** [00:00:01]: Anything else?\n\n**Candidate** [00:00:05]: I run PostgreSQL on Kubernetes.\n",
    ])
    let ana = ranking.candidates.first { $0.candidate.name == "ana" }!
    let quoted = ana.assessments.flatMap(\.evidence).map(\.excerpt.path)
    #expect(quoted.allSatisfy { $0.hasPrefix("ana/") })
    #expect(ana.missingMustHaves.map(\.requirement.text) == ["PostgreSQL"])
    #expect(ana.count(.nice, .unmet) == 1)
}

@Test func eachCVBesideTheJobDescriptionIsACandidate() {
    let folder = role([
        "jd.md": jd,
        "cv-ana.md": "## Skills\n\nPython\n",
        "cv-bo.md": "## Skills\n\nPostgreSQL\n",
        "interview.md": "**Candidate** [00:00:05]: I use Python.\n",
    ])
    #expect(folder.candidates.map(\.name) == ["cv-ana", "cv-bo"])
    #expect(folder.candidates.allSatisfy { $0.documents.count == 1 })
    #expect(folder.problems.map(\.path) == ["interview.md"])
}

@Test func aFolderWithoutACVIsNotRankedAndSaysWhy() {
    let folder = role([
        "jd.md": jd,
        "ana/cv.md": "## Skills\n\nPython\n",
        "misc/notes.md": "Call back on Monday.\n",
    ])
    #expect(folder.candidates.map(\.name) == ["ana"])
    #expect(folder.problems.map(\.message) == ["no CV in this folder; not ranked"])
}

@Test func theStrongestEvidenceComesFromVerifiedMustHavesFirst() {
    let ranking = rank([
        "jd.md": jd,
        "ana/cv.md": "## Skills\n\nPython, Kubernetes\n",
        "ana/transcript.md": "**Interviewer** [00:00:01]: Databases?\n\n**Candidate** [00:00:05]: I tune PostgreSQL queries every week.\n",
    ])
    let quotes = ranking.candidates[0].strongestEvidence().map(\.evidence.excerpt.location)
    #expect(quotes.first == "ana/transcript.md:3")
}

@Test func theSameRoleRanksToTheSameBytes() {
    let files = [
        "jd.md": jd,
        "ana/cv.md": "## Skills\n\nPython\n",
        "bo/cv.md": "## Skills\n\nPython\n",
        "cy/cv.md": "## Skills\n\nPostgreSQL, Kubernetes\n",
    ]
    #expect(RankReport.json(rank(files)).serialized(pretty: true) == RankReport.json(rank(files)).serialized(pretty: true))
    #expect(RankReport.text(rank(files)) == RankReport.text(rank(files)))
}

@Test func theHTMLReportEscapesSessionText() {
    let html = RankReport.html(rank([
        "jd.md": jd,
        "<script>alert(1)<\\/script>/cv.md": "## Skills\n\nPython <b>bold</b>\n",
    ]))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<b>"))
    #expect(html.contains("&lt;script&gt;"))
}

@Test func aSecondJobDescriptionAtTheTopOfARoleIsReported() {
    // A CV-like file turned into a JD by its front matter would add requirements to every candidate.
    let folder = role(["jd.md": jd, "job-extra.md": "# Extra\n\n## Requirements\n\n- COBOL\n", "ada/cv.md": "## Skills\n\nPython\n"])
    #expect(folder.jobDescriptions.count == 2)
    #expect(Set(folder.problems.map(\.path)) == ["jd.md", "job-extra.md"])
}

@Test func aCVFileNamedLikeACandidateFolderKeepsItsExtensionInTheRanking() throws {
    let ranking = rank([
        "jd.md": jd,
        "cv-ada/cv.md": "## Skills\n\nPython, PostgreSQL\n",
        "cv-ada.md": "## Skills\n\nPython\n",
        "cv-bo.md": "## Skills\n\nKubernetes\n",
        "cv-bo.txt": "## Skills\n\nPostgreSQL\n",
        "cv-cy.md": "## Skills\n\nPython\n",
    ])
    #expect(Set(names(ranking)) == ["cv-ada", "cv-ada.md", "cv-bo.md", "cv-bo.txt", "cv-cy"])
    let text = RankReport.text(ranking)
    #expect(text.contains(". cv-ada  ") && text.contains(". cv-ada.md  "))
    let json = RankReport.json(ranking)
    let candidates = try #require(json["candidates"]?.arrayValue)
    #expect(Set(candidates.compactMap { $0["name"]?.stringValue }).count == 5)
    let ada = try #require(candidates.first { $0["name"]?.stringValue == "cv-ada.md" })
    #expect(ada["documents"]?.arrayValue?.compactMap { $0["path"]?.stringValue } == ["cv-ada.md"])
}
