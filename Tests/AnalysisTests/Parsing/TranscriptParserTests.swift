import Testing
@testable import Analysis

@Suite struct TranscriptParserTests {
    @Test func markdownSpeakerLinesWithTimestampsAndRoles() {
        let turns = parseTranscript("""
        # Interview — Sam Lee, Backend Engineer
        Date: 2024-05-02
        Time: 10am
        Interviewer: Jane Doe
        Candidate: Sam Lee

        **Jane Doe** [00:01:02]: Have you run Kubernetes in production?
        **Sam Lee** [00:01:10]: Yes, for three years at Acme.
        We ran EKS with about forty services.
        [00:02:00] Jane Doe: And Kafka?
        [2:15] Sam Lee: Not really, only a little.
        """)
        #expect(turns.map(\.text) == [
            "Have you run Kubernetes in production?", "Yes, for three years at Acme.",
            "We ran EKS with about forty services.", "And Kafka?", "Not really, only a little.",
        ])
        #expect(turns.map(\.speaker) == ["Jane Doe", "Sam Lee", "Sam Lee", "Jane Doe", "Sam Lee"])
        #expect(turns.map(\.role) == [.interviewer, .candidate, .candidate, .interviewer, .candidate])
        #expect(turns.map(\.timestamp) == ["00:01:02", "00:01:10", "00:01:10", "00:02:00", "00:02:15"])
    }

    @Test(arguments: [
        ("Sam: I led the migration to Postgres.", "Sam", nil as String?),
        ("**Sam**: I led the migration to Postgres.", "Sam", nil),
        ("**Sam:** I led the migration to Postgres.", "Sam", nil),
        ("**Sam** [00:03:04]: I led the migration to Postgres.", "Sam", "00:03:04"),
        ("[01:03:04] Sam: I led the migration to Postgres.", "Sam", "01:03:04"),
        ("[03:04] Sam: I led the migration to Postgres.", "Sam", "00:03:04"),
        ("Sam (00:03:04): I led the migration to Postgres.", "Sam", "00:03:04"),
        ("- Sam: I led the migration to Postgres.", "Sam", nil),
        ("> Sam: I led the migration to Postgres.", "Sam", nil),
        ("Sam Lee (Candidate): I led the migration to Postgres.", "Sam Lee (Candidate)", nil),
    ])
    func everyMarkdownTurnFormIsRead(line: String, speaker: String, timestamp: String?) {
        let turns = parseTranscript(line)
        #expect(turns.count == 1)
        #expect(turns.first?.text == "I led the migration to Postgres.")
        #expect(turns.first?.speaker == speaker)
        #expect(turns.first?.timestamp == timestamp)
    }

    @Test func questionAndAnswerLabelsSetRoles() {
        let turns = parseTranscript("Q: How many reps did you manage?\nA: Twelve, across two regions.\n")
        #expect(turns.map(\.role) == [.interviewer, .candidate])
        #expect(turns.map(\.speaker) == ["Q", "A"])
        let numbered = parseTranscript("Q1: Any HubSpot?\nA1: Daily, for lead scoring.\n")
        #expect(numbered.map(\.role) == [.interviewer, .candidate])
    }

    @Test func headerLinesAfterATitleLineStillDeclareRoles() {
        let turns = parseTranscript("""
        Screening call with Sam Lee
        Interviewer: Jane Doe
        Candidate: Sam Lee

        Sam Lee: Happy to walk you through my Salesforce admin work. Where should I start?
        Jane Doe: Start with the CPQ rollout.
        """)
        #expect(turns.map(\.speaker) == [nil, "Sam Lee", "Jane Doe"])
        #expect(turns.map(\.role) == [.unknown, .candidate, .interviewer])
    }

    @Test func metadataAndSentencesWithColonsAreNotSpeakers() {
        let turns = parseTranscript("""
        Note: recorded with consent
        Location: Zoom
        Interviewer: Tell me about your last audit: what went wrong?
        Candidate: We found a reconciliation gap in Q3.
        Note: strong on controls
        """)
        #expect(turns.map(\.speaker) == ["Interviewer", "Candidate", nil])
        #expect(turns.map(\.role) == [.interviewer, .candidate, .unknown])
        #expect(turns[0].text == "Tell me about your last audit: what went wrong?")
        #expect(turns[2].text == "Note: strong on controls")
    }

    @Test func headingsAndQuestionsToAskAreNotTurns() {
        let turns = parseTranscript("""
        ---
        kind: transcript
        interviewer: Priya
        candidate: Tom Becker
        ---
        ## Interview
        Priya: Walk me through a design critique you ran.
        Tom: I ran weekly critiques in Figma.

        ## Questions to ask
        - Has he used design tokens?
        Priya: Ask about accessibility audits?

        ## Wrap-up
        Tom: Thanks for your time.

        ### Follow-up questions
        - [ ] Ask about design systems at scale
        """)
        #expect(turns.map(\.text) == ["Walk me through a design critique you ran.", "I ran weekly critiques in Figma.", "Thanks for your time."])
        #expect(turns.map(\.role) == [.interviewer, .candidate, .candidate])
    }

    @Test func rolesFollowQuestionsAndWordsWithoutHints() {
        let turns = parseTranscript("""
        Alex: What does your month-end close look like?
        Morgan: We close in five days using NetSuite and a reconciliation checklist I built.
        Alex: How do you handle accruals?
        Morgan: I book them from purchase orders and reverse them on day one.
        Chris: Sorry, I joined late.
        """)
        #expect(turns.map(\.role) == [.interviewer, .candidate, .interviewer, .candidate, .unknown])
    }

    @Test func unlabelledNotesHaveNoSpeaker() {
        let turns = parseTranscript("# Notes\nStrong SQL, explained window functions well.\n- Has not used dbt\n[Job posting](https://example.com/jd)\n", path: "notes.md")
        #expect(turns.map(\.text) == ["Strong SQL, explained window functions well.", "Has not used dbt", "[Job posting](https://example.com/jd)"])
        #expect(turns.allSatisfy { $0.speaker == nil && $0.role == .unknown })
    }

    @Test func otterStyleSpeakerLinesIntroduceTheLinesBelow() {
        let turns = parseTranscript("Dana Whit  0:03\nDo you have experience with Epic?\n\nLee Park  0:09\nYes, I charted in Epic for four years.\n")
        #expect(turns.map(\.speaker) == ["Dana Whit", "Lee Park"])
        #expect(turns.map(\.timestamp) == ["00:00:03", "00:00:09"])
        #expect(turns.map(\.role) == [.interviewer, .candidate])
        let decorated = parseTranscript("**Dana Whit** 00:00:03\nDo you chart in Epic?\nLee Park — 00:00:09\nYes, daily.\n")
        #expect(decorated.map(\.speaker) == ["Dana Whit", "Lee Park"])
        #expect(decorated.map(\.timestamp) == ["00:00:03", "00:00:09"])
    }

    @Test func webVTTWithVoiceTagsNotesAndCueSettings() {
        let turns = parseTranscript("""
        WEBVTT - Interview recording

        NOTE This file was exported from Teams
        and has two speakers.

        STYLE
        ::cue { color: white }

        1
        00:00:01.000 --> 00:00:04.000 align:start position:10%
        <v Jane Doe>Have you used Terraform?</v>

        2
        01:05.500 --> 01:09.000
        <v.loud Sam Lee>Yes, I wrote <b>Terraform</b> modules
        for our AWS accounts.</v>

        00:01:10.000 --> 00:01:12.000
        <v Sam Lee><i>Mostly</i> for networking.

        00:01:13.000 --> 00:01:15.000
        Jane Doe: Great, thanks.
        """, path: "call.vtt")
        #expect(turns.map(\.text) == [
            "Have you used Terraform?", "Yes, I wrote <b>Terraform</b> modules", "for our AWS accounts.",
            "<i>Mostly</i> for networking.", "Great, thanks.",
        ])
        #expect(turns.map(\.speaker) == ["Jane Doe", "Sam Lee", "Sam Lee", "Sam Lee", "Jane Doe"])
        #expect(turns.map(\.timestamp) == ["00:00:01", "00:01:05", "00:01:05", "00:01:10", "00:01:13"])
        #expect(turns.map(\.role) == [.interviewer, .candidate, .candidate, .candidate, .interviewer])
    }

    @Test func webVTTIsSniffedFromContentWithoutExtension() {
        let turns = parseTranscript("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Recruiter>Any Salesforce experience?\n", path: "recording")
        #expect(turns.map(\.text) == ["Any Salesforce experience?"])
        #expect(turns.first?.role == .interviewer)
    }

    @Test func srtWithEverySpeakerForm() {
        let turns = parseTranscript("""
        1
        00:00:01,000 --> 00:00:04,000
        Interviewer: Tell me about your ICU rotations?

        2
        00:00:05,000 --> 00:00:09,000
        {\\an8}[Candidate] Two years in cardiac ICU.
        - Candidate: Mostly night shifts.

        3
        00:00:10,000 --> 00:00:12,000
        <v Interviewer>Thanks.</v>
        """, path: "interview.srt")
        #expect(turns.map(\.text) == ["Tell me about your ICU rotations?", "Two years in cardiac ICU.", "Mostly night shifts.", "Thanks."])
        #expect(turns.map(\.role) == [.interviewer, .candidate, .candidate, .interviewer])
        #expect(turns.map(\.timestamp) == ["00:00:01", "00:00:05", "00:00:05", "00:00:10"])
    }

    @Test func srtIsSniffedFromContent() {
        let turns = parseTranscript("1\n00:00:01,000 --> 00:00:02,000\nHello there\n", path: "captions.txt")
        #expect(turns.map(\.text) == ["Hello there"])
        #expect(turns.first?.speaker == nil)
    }

    @Test func nonASCIIRangesHoldInEveryFormat() {
        let markdown = parseTranscript("**Zoë** [00:00:01]: I shipped 🚀 a café app in Swift.\n")
        #expect(markdown.first?.range.start == SourcePosition(line: 0, character: 20))
        let vtt = parseTranscript("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v José>Résumé 🎉 looks good</v>\n", path: "a.vtt")
        #expect(vtt.first?.text == "Résumé 🎉 looks good")
        #expect(vtt.first?.speaker == "José")
        #expect(vtt.first?.range.start.character == 8)
    }

    @Test func notesWithKeyValueLinesAreNotSpeech() {
        let turns = parseTranscript("""
        Sam Lee: I set up Kafka consumers at Acme.
        My take: strong on streaming, weak on testing
        Hiring manager: Any questions for us?
        """)
        #expect(turns.map(\.speaker) == ["Sam Lee", nil, "Hiring manager"])
        #expect(turns.map(\.role) == [.candidate, .unknown, .interviewer])
    }

    @Test func linesAfterANotesLabelAreNotTheLastSpeakers() {
        let turns = parseTranscript("""
        Jane: Have you used Kafka?
        Sam: Yes, for event sourcing at Acme.
        Notes:
        - seemed unsure about partitions
        We finished at 2:30
        """)
        #expect(turns.map(\.speaker) == ["Jane", "Sam", nil, nil])
        #expect(turns.map(\.text).last == "We finished at 2:30")
    }

    @Test func speakerNumbersAreSortedOutByQuestionsAndWords() {
        let turns = parseTranscript("""
        Speaker 1: Thanks for joining. Can you tell me about your React experience?
        Speaker 2: Sure. I've been building React apps for four years, mostly with TypeScript.
        Speaker 1: What about testing?
        Speaker 2: Jest and Playwright.
        """)
        #expect(turns.map(\.role) == [.interviewer, .candidate, .interviewer, .candidate])
    }

    @Test func declaredNamesMatchFirstNamesAndDecoratedNames() {
        let turns = parseTranscript("""
        ---
        interviewer: Jane Doe
        candidate: Sam Lee
        ---
        Jane Doe (Acme): Tell me about your Terraform work.
        Sam: Sure. Can I share my screen?
        """)
        #expect(turns.map(\.role) == [.interviewer, .candidate])
    }

    @Test func webVTTClassAndKaraokeTagsAroundTheTextAreLeftOut() {
        let turns = parseTranscript("""
        WEBVTT

        intro
        00:00:01.000 --> 00:00:03.000
        <c.speaker><v Priya>I <00:00:01.500>built</v></c>

        00:00:04.000 --> 00:00:05.000
        <c.yellow>Any questions?</c>
        """, path: "a.vtt")
        #expect(turns.map(\.text) == ["I <00:00:01.500>built", "Any questions?"])
        #expect(turns.map(\.speaker) == ["Priya", nil])
    }

    @Test func zoomAndMeetTextExportsCarrySpeakersAndTimes() {
        let zoom = parseTranscript("[Grace Kim] 10:01:23\nHow many pickers did you supervise?\n[José Álvarez] 10:01:30\nAbout twenty per shift.\n")
        #expect(zoom.map(\.speaker) == ["Grace Kim", "José Álvarez"])
        #expect(zoom.map(\.timestamp) == ["10:01:23", "10:01:30"])
        let meet = parseTranscript("00:00:00\nGrace Kim: Tell me about WMS?\n00:01:10\nJosé Álvarez: I used Manhattan WMS daily.\n")
        #expect(meet.map(\.timestamp) == ["00:00:00", "00:01:10"])
        #expect(meet.map(\.role) == [.interviewer, .candidate])
    }

    @Test func crlfAndAByteOrderMarkDoNotBreakCues() {
        let srt = parseTranscript("1\r\n00:00:01,000 --> 00:00:02,000\r\nAna: Olá, tudo bem?\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nRui: Sim, obrigado.\r\n", path: "call.srt")
        #expect(srt.map(\.text) == ["Olá, tudo bem?", "Sim, obrigado."])
        let vtt = parseTranscript("\u{FEFF}WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana>Olá</v>\n", path: "recording")
        #expect(vtt.map(\.text) == ["Olá"])
        #expect(vtt.first?.timestamp == "00:00:01")
    }

    @Test func ruleLinesBetweenTurnsDoNotSwallowSpeech() {
        let turns = parseTranscript("""
        Jane: Which ATS have you used?
        Sam: Greenhouse for three years.
        We also migrated from Lever.
        ---
        Jane: Thanks.
        """)
        #expect(turns.map(\.text) == ["Which ATS have you used?", "Greenhouse for three years.", "We also migrated from Lever.", "Thanks."])
    }

    @Test func boldNameLinesOfKnownSpeakersIntroduceTheirWords() {
        let turns = parseTranscript("""
        ---
        interviewer: Elena
        candidate: Noor
        ---
        **Elena**
        How do you run usability tests?

        **Noor**
        Five users per round, moderated, in Maze.

        **Summary**
        Strong research skills.
        """)
        #expect(turns.map(\.speaker) == ["Elena", "Noor", nil])
        #expect(turns.map(\.role) == [.interviewer, .candidate, .unknown])
    }

    @Test func aLoneNamedSpeakerIsJudgedByWhetherTheyAsk() {
        let answers = parseTranscript("### Kubernetes?\nSam: Ran EKS for three years.\n### Terraform?\nSam: Wrote our modules.\n")
        #expect(answers.map(\.role) == [.candidate, .candidate])
        let questions = parseTranscript("Jane: Any Kubernetes?\nJane: And Terraform?\n")
        #expect(questions.map(\.role) == [.interviewer, .interviewer])
    }
}
