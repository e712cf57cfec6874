import Testing
@testable import Analysis

@Suite struct YearsParserTests {
    @Test(arguments: [
        ("5+ years of Python", 5.0),
        ("5 + yrs in fintech", 5.0),
        ("at least 3 years of people management", 3.0),
        ("minimum of 4 years in B2B sales", 4.0),
        ("3-5 years of experience", 3.0),
        ("3–5 years of experience", 3.0),
        ("3 to 5 years in a hospital setting", 3.0),
        ("2years of React", 2.0),
        ("18 months of ICU experience", 1.5),
        ("six years of accounting", 6.0),
        ("two+ years leading a team", 2.0),
        ("over 2 years with Figma", 2.0),
        ("Fifteen years in retail banking", 15.0),
        ("1.5 years of Kotlin", 1.5),
        ("(7+) years designing APIs", 7.0),
        ("10+ YOE", 10.0),
        ("1-2 years in retail", 1.0),
        ("6 months of phlebotomy", 0.5),
        ("3-year experience in audit", 3.0),
    ])
    func readsTheMinimumYears(text: String, years: Double) {
        #expect(YearsParser.minYears(in: text) == years)
    }

    @Test(arguments: [
        "Own a 3-year product roadmap", "Shipped in 2024", "Kubernetes in production", "several years of SQL",
        "Worked on Python 3", "", "2024 years", "Bachelor's or 4-year college degree",
    ])
    func findsNoYearsWhereNoneAreAsked(text: String) {
        #expect(YearsParser.minYears(in: text) == nil)
    }

    @Test(arguments: [
        "Able to commit to 10 weeks to 6 months in the field",
        "Experience caring for children from 4 months to 6 years in a nursery or pre-school",
        "Within 12–18 months of graduating with a degree in Computer Science",
        "Children aged 2 to 5 years", "Teaching pupils of 11-16 years of age", "Available for a 6 months contract",
        "Graduated within the last 2 years",
    ])
    func durationsThatAreNotExperienceGiveNoYears(text: String) {
        #expect(YearsParser.minYears(in: text) == nil)
    }

    @Test(arguments: [
        ("Worked with children for 2+ years", 2.0),
        ("From 3 years of experience in retail", 3.0),
        ("Between 2 and 4 years of nursing experience", 2.0),
    ])
    func experienceNextToTheSameWordsStillCounts(text: String, years: Double) {
        #expect(YearsParser.minYears(in: text) == years)
    }
}
