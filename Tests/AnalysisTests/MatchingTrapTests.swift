import Testing
@testable import Analysis

@Suite struct MatchingTrapTests {
    @Test func javaIsNotJavaScript() {
        #expect(skillsFound("Built front ends in JavaScript") == ["JavaScript"])
        #expect(skillsFound("Java and JavaScript") == ["Java", "JavaScript"])
        #expect(skillsFound("Java-based services") == ["Java"])
    }

    @Test func cIsNotCPlusPlusOrCSharp() {
        #expect(skillsFound("Wrote C++ and C# daily") == ["C++", "C#"])
        #expect(skillsFound("Embedded C on microcontrollers") == ["C"])
        #expect(skillsFound("C/C++ programming") == ["C", "C++"])
        #expect(skillsFound("I write C for firmware") == ["C"])
    }

    @Test func cInBusinessPhrasesIsNotTheLanguage() {
        #expect(skillsFound("Presented to C-level executives") == [])
        #expect(skillsFound("Reported to the C-suite on programming budgets") == [])
        #expect(skillsFound("We moved to Plan C when the language vendor failed") == [])
        #expect(skillsFound("Got a grade C in the programming course") == [])
        #expect(skillsFound("Reviewed by John C. on programming standards") == [])
    }

    @Test func goIsNotGoogleGoingOrGoToMarket() {
        #expect(skillsFound("Worked at Google on ads") == [])
        #expect(skillsFound("I'm going to talk about it") == [])
        #expect(skillsFound("She is the go-to person for programming questions") == [])
        #expect(skillsFound("Go to market strategy for the launch") == [])
        #expect(skillsFound("We had to go live in May") == [])
        #expect(skillsFound("Go live was in May") == [])
    }

    @Test func goInASkillContextMatches() {
        #expect(skillsFound("Wrote microservices in Go") == ["Go"])
        #expect(skillsFound("Go and Python") == ["Go", "Python"])
        #expect(skillsFound("I've been writing Go for six years") == ["Go"])
        #expect(skillsFound("We use golang everywhere") == ["Go"])
        #expect(skillsFound("Golang services") == ["Go"])
    }

    @Test func rOnlyInASkillContext() {
        #expect(skillsFound("Python or R") == ["Python", "R"])
        #expect(skillsFound("R and SQL") == ["R", "SQL"])
        #expect(skillsFound("statistics in R") == ["R"])
        #expect(skillsFound("R (tidyverse)") == ["R"])
        #expect(skillsFound("Led R&D for the statistics team") == [])
        #expect(skillsFound("Managed by James R. Smith") == [])
        #expect(skillsFound("Partnered with HR on payroll") == [])
        #expect(skillsFound("R is great") == [])
    }

    @Test func aliasesMapToCanonicalNames() {
        #expect(skillsFound("Ran k8s clusters on EKS and GKE") == ["Kubernetes", "Kubernetes", "Kubernetes"])
        #expect(skillsFound("Tuned Postgres queries") == ["PostgreSQL"])
        #expect(skillsFound("POSTGRESQL and postgresql") == ["PostgreSQL", "PostgreSQL"])
    }

    @Test func symbolsAreMatchedWithTheirPunctuation() {
        #expect(skillsFound("Built .NET services and Node.js tools") == [".NET", "Node.js"])
        #expect(skillsFound("Owned CI/CD pipelines") == ["CI/CD"])
        #expect(skillsFound("Ran A/B testing on pricing") == ["A/B testing"])
        #expect(skillsFound("Set up continuous integration") == ["CI/CD"])
    }

    @Test func pluralsAndPossessivesAreTolerated() {
        #expect(skillsFound("Designed public APIs") == ["REST API"])
        #expect(skillsFound("Kubernetes' scheduler and Docker's daemon") == ["Kubernetes", "Docker"])
        #expect(skillsFound("Designed RESTful APIs") == ["REST API"])
    }

    @Test func aBareAmbiguousRequirementIsItsOwnContext() {
        #expect(trapMatcher.requirementSkills(in: "Go") == ["Go"])
        #expect(trapMatcher.requirementSkills(in: "Strong R") == ["R"])
        #expect(trapMatcher.requirementSkills(in: "Go to market strategy") == [])
        #expect(trapMatcher.requirementSkills(in: "Plan C readiness") == [])
    }

    @Test func aVersionGluedToTheNameStillMatches() {
        #expect(skillsFound("Migrated scripts to Python3") == ["Python"])
        #expect(skillsFound("Python 3 and Java 8") == ["Python", "Java"])
        #expect(skillsFound("Wrote some C99 firmware") == [])
    }

    @Test func multiWordSkillsMatchAcrossSpacesAndHyphens() {
        #expect(skillsFound("Applied machine learning") == ["Machine learning"])
        #expect(skillsFound("Built machine-learning models") == ["Machine learning"])
        #expect(skillsFound("Machine\nlearning") == [])
    }

    @Test func rangesPointAtTheTextAsWritten() {
        let text = "Scaled k8s and Postgres"
        let found = trapMatcher.matches(in: text)
        #expect(found.map { String(text[$0.range]) } == ["k8s", "Postgres"])
    }

    @Test func skillsListsEachCanonicalNameOnceInOrder() {
        #expect(trapMatcher.skills(in: "Python, SQL and more Python") == ["Python", "SQL"])
    }
}
