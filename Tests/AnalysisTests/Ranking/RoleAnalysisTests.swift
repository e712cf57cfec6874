import Testing
@testable import Analysis

/// A folder read as one session: `files` maps folder-relative paths to text; kinds come from the names.
private func folder(_ files: [String: String]) -> Session {
    Session(root: "role", documents: files.map { path, text in
        SessionDocument(path: path, kind: DocumentClassifier.kind(forFileName: path), text: SourceText(text))
    })
}

private let analyzer = SessionAnalyzer(taxonomy: .bundled, options: AnalysisOptions(referenceDate: 2026.0))
private let jd = "# Platform Engineer\n\n## Requirements\n\n- Python\n- Kubernetes\n- Rust\n"
private let files = [
    "jd.md": jd,
    "ada/cv.md": "## Skills\n\nPython, Kubernetes\n",
    "ada/transcript.md": "Interviewer: Tell me about your work.\nCandidate: I run our Kubernetes clusters and write Python.\n",
    "bob/cv.md": "## Skills\n\nPython\n",
]

private func status(_ analysis: SessionAnalysis, _ id: String) -> RequirementStatus? {
    analysis.assessments.first { $0.requirement.id == id }?.status
}

@Test func eachCandidateIsAnalysedWithTheJDAndTheirOwnFilesOnly() {
    let session = folder(files)
    let role = RoleAnalysis(role: RoleFolder(session: session), analyze: analyzer.analyze)
    #expect(role.candidates.map { $0.session.documents.map(\.path) } == [["ada/cv.md", "ada/transcript.md", "jd.md"], ["bob/cv.md", "jd.md"]])
    #expect(status(role.candidates[0], "kubernetes") == .verified)
    #expect(status(role.candidates[1], "kubernetes") == .unmet, "Ada's Kubernetes is not Bob's")
    // The overview quotes nobody, and only Rust is unmet for everyone.
    #expect(role.overview.assessments.allSatisfy { $0.evidence.isEmpty })
    #expect(role.unmetByAll.map(\.text) == ["Rust"])
    #expect(RoleFindings.unmetByAll(role).map(\.message) == ["Unmet must-have for all 2 candidates: Rust — no candidate's CV or interview evidences it"])
    #expect(role.statuses(of: "kubernetes").map(\.status) == [.verified, .unmet])
}

@Test func aCandidateWhoseFilesDidNotChangeKeepsTheirAnalysis() {
    let first = RoleAnalysis(role: RoleFolder(session: folder(files)), analyze: analyzer.analyze)
    #expect(first.analysed == ["ada", "bob"])
    var edited = files
    edited["bob/cv.md"] = "## Skills\n\nPython, Rust\n"
    let second = RoleAnalysis(role: RoleFolder(session: folder(edited)), analyze: analyzer.analyze, reusing: first)
    #expect(second.analysed == ["bob"])
    #expect(status(second.candidates[1], "rust") == .claimed)
    var newJD = edited
    newJD["jd.md"] = jd + "- Go\n"
    #expect(RoleAnalysis(role: RoleFolder(session: folder(newJD)), analyze: analyzer.analyze, reusing: second).analysed == ["ada", "bob"])
}

@Test func oneInterviewWithSeveralCVsAtTheTopIsNoRole() {
    let subFolders = folder(files)
    #expect(RoleAnalysis.isRole(RoleFolder(session: subFolders), of: subFolders))
    let cvsBeside = folder(["jd.md": jd, "ada-cv.md": "Python\n", "bob-cv.md": "Python\n"])
    #expect(RoleAnalysis.isRole(RoleFolder(session: cvsBeside), of: cvsBeside))
    let oneInterview = folder(["jd.md": jd, "cv.md": "Python\n", "linkedin-cv.md": "Python\n", "transcript.md": "Candidate: hi\n"])
    #expect(!RoleAnalysis.isRole(RoleFolder(session: oneInterview), of: oneInterview))
    let plain = folder(["jd.md": jd, "cv.md": "Python\n", "calls/round1-transcript.md": "Candidate: hi\n"])
    #expect(!RoleAnalysis.isRole(RoleFolder(session: plain), of: plain))
}

@Test func severalCVsReadAsOneInterviewAreSaidSoWithHowToMakeTheFolderARole() {
    let oneInterview = folder(["jd.md": jd, "cv.md": "Python\n", "linkedin-cv.md": "Python\n", "transcript.md": "Candidate: hi\n"])
    let notice = RoleAnalysis.oneInterviewNotice(in: oneInterview)
    #expect(notice?.path == "transcript.md")
    #expect(notice?.message.contains("2 CV files beside it (cv.md, linkedin-cv.md) as one candidate's interview") == true, "\(String(describing: notice))")
    #expect(notice?.message.contains("a sub-folder of their own") == true)
    // A role, and a session with one CV, need no notice.
    #expect(RoleAnalysis.oneInterviewNotice(in: folder(files)) == nil)
    #expect(RoleAnalysis.oneInterviewNotice(in: folder(["jd.md": jd, "ada-cv.md": "Python\n", "bob-cv.md": "Python\n"])) == nil)
    #expect(RoleAnalysis.oneInterviewNotice(in: folder(["jd.md": jd, "cv.md": "Python\n", "notes.md": "hi\n"])) == nil)
}
