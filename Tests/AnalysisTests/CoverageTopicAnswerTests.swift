import Testing
@testable import Analysis

/// Answers to the interviewer's question count for the topic the question names, in the skill's
/// name or in the requirement's own words; a stated duration answers "how long".
@Suite struct CoverageTopicAnswerTests {
    @Test func aDurationAnswersAHowLongQuestionNamingTheSkill() {
        let transcript = handTranscript("""
        Sam: How long have you worked with Kubernetes?
        Ana: Almost eight years now, the last five on EKS.
        """)
        let assessment = assess("5+ years with Kubernetes", minYears: 5, transcript: transcript)
        #expect(assessment.status == .verified)
        #expect(assessment.yearsFound == 8)
    }

    @Test func aQuestionMadeOnlyOfTheRequirementsWordsAsksAboutIt() {
        let transcript = handTranscript("""
        Sam: Any TikTok?
        Ana: No, I haven't run it yet.
        Sam: And programmatic?
        Ana: Not really, only a little display through Google.
        """)
        #expect(assess("Programmatic buying in DV360", transcript: transcript).status == .contradicted)
    }

    @Test func aQuestionWithOtherWordsStillNeedsTheTopicsHead() {
        let transcript = handTranscript("""
        Sam: Is programmatic advertising something your agency sells?
        Ana: No, we leave that to the media agencies.
        """)
        #expect(assess("Programmatic buying in DV360", transcript: transcript).status == .unmet)
    }

    @Test func aStartYearAnswersHowLongAndCountsToToday() {
        let transcript = handTranscript("""
        Sam: How long have you worked with Kubernetes?
        Ana: Since 2019, across two companies.
        """)
        let assessment = assess("5+ years with Kubernetes", minYears: 5, transcript: transcript, referenceDate: 2026.0)
        #expect(assessment.status == .verified)
        #expect(assessment.yearsFound == 7)
    }

    @Test func aDurationAgoIsNotAYes() {
        let transcript = handTranscript("""
        Sam: Have you used Kubernetes?
        Ana: Two years ago we looked at it.
        """)
        #expect(assess("Kubernetes", transcript: transcript).status == .unmet)
    }

    @Test func aQuestionInTheRequirementsWordsIsAnsweredForIt() {
        let transcript = handTranscript("""
        Sam: How long have you been designing products?
        Ana: A little over five years.
        """)
        #expect(assess("4+ years of product design experience", minYears: 4, transcript: transcript).status == .verified)
    }

    @Test func aNoToAQuestionInTheRequirementsWordsContradictsIt() {
        let transcript = handTranscript("""
        Sam: Have you designed accessible products to the usual standards?
        Ana: No, not really.
        """)
        #expect(assess("Designing accessible products", transcript: transcript).status == .contradicted)
    }

    @Test func aQuestionOnAnotherTopicIsNotAnsweredForIt() {
        let transcript = handTranscript("""
        Sam: How long have you been at your current company?
        Ana: Five years.
        """)
        #expect(assess("4+ years of product design experience", minYears: 4, transcript: transcript).status == .unmet)
    }

    @Test func anAccountAnswersAnOpenPromptOnTheTopic() {
        let transcript = handTranscript("""
        Sam: Tell me about a time you had to explain a technical decision to the board.
        Ana: Last year the board wanted to cancel the migration, so I showed them the outage costs on one page and they approved it.
        """)
        #expect(assess("Explaining technical trade-offs to non-technical stakeholders", transcript: transcript).status == .verified)
    }

    @Test func anAccountAnswersAPromptNamingTheSkill() {
        let transcript = handTranscript("""
        Sam: Walk me through your last Terraform change.
        Ana: We split the network module in two so each team could plan its own subnets safely.
        """)
        #expect(assess("Terraform", transcript: transcript).status == .verified)
    }

    @Test func anAccountOfAnotherSkillDoesNotAnswerForTheOneNamed() {
        let transcript = handTranscript("""
        Sam: What is your experience with Terraform?
        Ana: At my last job the whole platform was Kubernetes, and the ops team owned every change.
        """)
        #expect(assess("Terraform", transcript: transcript).status == .unmet)
    }

    @Test func aRefusingReplyToAPromptNamingTheSkillIsNoAccount() {
        let transcript = handTranscript("""
        Sam: Walk me through your last Terraform change.
        Ana: We didn't really have that, the ops team owned every change to the network.
        """)
        #expect(assess("Terraform", transcript: transcript).status == .contradicted)
    }

    @Test func aParaphrasedQuestionOnTheTopicIsAnsweredByAnAccount() {
        let transcript = handTranscript("""
        Sam: How do you share insights with people outside the data team?
        Ana: I write a one-page memo for the leadership group every month, with one chart and the decision we need.
        """)
        #expect(assess("Presenting findings to non-technical audiences", transcript: transcript).status == .verified)
    }

    @Test func anAccountDoesNotAnswerAClosedQuestion() {
        let transcript = handTranscript("""
        Sam: Have you explained technical decisions to the board?
        Ana: Last year the board wanted to cancel the migration, so I showed them the outage costs on one page.
        """)
        #expect(assess("Explaining technical trade-offs to non-technical stakeholders", transcript: transcript).status == .unmet)
    }

    @Test func anAccountWithANoInItIsNotAYes() {
        let transcript = handTranscript("""
        Sam: What is the biggest marketing budget you have managed?
        Ana: About thirty thousand a month across search and social. I haven't managed anything bigger than that.
        """)
        #expect(assess("Managing a marketing budget of $50k+ per month", transcript: transcript).status != .verified)
    }

    @Test func aPlainNoToAQuestionAboutTheTopicsHeadContradictsIt() {
        let transcript = handTranscript("""
        Sam: Have you ever had to handle underperformance?
        Ana: Not really, my teams have been strong.
        """)
        #expect(assess("Experience handling underperformance with clear, fair feedback", transcript: transcript).status == .contradicted)
    }

    @Test func anOpenQuestionOnTheTopicsDistinctiveWordIsAnsweredByAnAccount() {
        let transcript = handTranscript("""
        Sam: How do you deal with conflict in your team?
        Ana: I get both people in a room the same day, let each explain their view, and we agree one next step together.
        """)
        #expect(assess("Conflict management", transcript: transcript).status == .verified)
    }

    @Test func alternativesJoinedByOrAreHeadsOfTheTopic() {
        func heads(_ text: String) -> [String] {
            let tokens = Tokenizer.tokens(in: text[...])
            return RequirementAssessor.headsBeforePreposition(of: tokens, stems: tokens.map { $0.isWord ? ContentWords.stem($0.lower) : nil })
        }
        #expect(heads("Experience in retail or hospitality") == ["retail", ContentWords.stem("hospitality")!])
        #expect(heads("Handling underperformance with clear feedback") == [ContentWords.stem("underperformance")!])
    }

    @Test func aQuestionAboutAnotherKindOfTrainingIsNotAboutThisOne() {
        let transcript = handTranscript("""
        Sam: Have you done first aid training?
        Ana: No, not yet.
        """)
        #expect(assess("Safeguarding training", transcript: transcript).status == .unmet)
    }

    @Test func aNoAboutManagingManagersOutweighsEarlierTalkOfManaging() {
        let transcript = handTranscript("""
        Ana: I've been managing for almost five years now.
        Sam: Have you managed managers?
        Ana: No, never. All my reports have been engineers.
        """)
        #expect(assess("Experience managing managers", transcript: transcript).status == .contradicted)
    }

    @Test func aTopicAnswerDoesNotSpeakForANamedProduct() {
        let transcript = handTranscript("""
        Sam: How long have you been doing data analysis?
        Ana: About six years.
        """)
        #expect(assess("Data analysis with Kafka", transcript: transcript).status == .unmet)
    }

    @Test func aRateIsNotADuration() {
        let tokens = Tokenizer.tokens(in: "About forty thousand a month."[...])
        #expect(YearsStatement.longest(in: tokens, range: tokens.indices) == nil)
        let year = Tokenizer.tokens(in: "About a year."[...])
        #expect(YearsStatement.longest(in: year, range: year.indices) == 1)
    }

    @Test func statedYearsOfFieldWorkCountWithoutTheRequirementsLastWord() {
        let transcript = handTranscript("Ana: I've been doing backend work for about eight years now.")
        #expect(assess("5+ years of professional backend development", minYears: 5, transcript: transcript).status == .verified)
    }

    @Test func statedYearsInTheFieldVerifyAYearsRequirement() {
        let transcript = handTranscript("Ana: I've been a developer for a bit over six years, the last four at Acme.")
        let assessment = assess("4+ years of professional software development", minYears: 4, transcript: transcript)
        #expect(assessment.status == .verified)
        #expect(assessment.yearsFound == 6)
    }

    @Test func statedYearsInAnotherFieldDoNot() {
        let transcript = handTranscript("Ana: I spent six years in software sales before this.")
        #expect(assess("4+ years of professional software development", minYears: 4, transcript: transcript).status == .unmet)
    }
}
