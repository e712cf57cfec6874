import Analysis
@testable import Assistant

/// A small hand-built session and analysis, so assistant tests do not depend on the parsers.
struct SessionFixture {
    let jd = SourceText("""
    # Platform Engineer

    ## Requirements
    - 5+ years running Kubernetes in production
    - Terraform for infrastructure as code
    - Go for backend services
    - Blameless postmortems

    ## Nice to have
    - PostgreSQL tuning
    """)
    let cv = SourceText("""
    # Sam Lee
    ## Experience
    ### SRE, Acme (2021 – present)
    - Migrated 30 services to EKS with zero downtime
    - Wrote Terraform modules for every environment
    """)
    let transcript = SourceText("""
    Interviewer: Have you used Go?
    Sam: Honestly I haven't used Go at all.
    Interviewer: Tell me about Kubernetes.
    Sam: I ran our EKS clusters for three years and led the upgrade to 1.29.
    """)

    var session: Session {
        Session(root: "/tmp/session", documents: [
            SessionDocument(path: "jd.md", kind: .jd, text: jd),
            SessionDocument(path: "cv.md", kind: .cv, text: cv),
            SessionDocument(path: "transcript.md", kind: .transcript, text: transcript),
        ])
    }

    func requirement(_ id: String, line: Int, priority: RequirementPriority = .must, skills: [String],
                     minYears: Double? = nil) -> Requirement {
        let content = jd.line(line)
        let text = content.dropFirst(2)
        return Requirement(id: id, text: String(text), priority: priority, path: "jd.md", range: jd.range(of: text),
                           skills: skills, minYears: minYears)
    }

    func evidence(_ source: Evidence.Source, line: Int, quote: String, speaker: String? = nil, negated: Bool = false) -> Evidence {
        let text = source == .cv ? cv : transcript
        let content = text.line(line)
        let match = content.firstRange(of: quote)!
        let kind: DocumentKind = source == .cv ? .cv : .transcript
        return Evidence(excerpt: SourceQuote(path: "\(kind.rawValue).md", kind: kind, range: text.range(of: content[match]),
                                             text: quote, speaker: speaker), negated: negated)
    }

    var analysis: SessionAnalysis {
        let kubernetes = Assessment(
            requirement: requirement("kubernetes", line: 3, skills: ["Kubernetes"], minYears: 5),
            status: .verified,
            evidence: [
                evidence(.transcript, line: 3, quote: "I ran our EKS clusters for three years and led the upgrade to 1.29.", speaker: "Sam"),
                evidence(.cv, line: 3, quote: "Migrated 30 services to EKS with zero downtime"),
            ],
            yearsFound: 3.5
        )
        let terraform = Assessment(
            requirement: requirement("terraform", line: 4, skills: ["Terraform"]),
            status: .claimed,
            evidence: [evidence(.cv, line: 4, quote: "Wrote Terraform modules for every environment")]
        )
        let go = Assessment(
            requirement: requirement("go", line: 5, skills: ["Go"]),
            status: .contradicted,
            evidence: [evidence(.transcript, line: 1, quote: "Honestly I haven't used Go at all.", speaker: "Sam", negated: true)]
        )
        let postmortems = Assessment(requirement: requirement("postmortems", line: 6, skills: []), status: .unmet, evidence: [])
        let postgres = Assessment(requirement: requirement("postgres", line: 9, priority: .nice, skills: ["PostgreSQL"]),
                                  status: .unmet, evidence: [])
        return SessionAnalysis(session: session, jobDescriptions: [:],
                               assessments: [kubernetes, terraform, go, postmortems, postgres])
    }
}
