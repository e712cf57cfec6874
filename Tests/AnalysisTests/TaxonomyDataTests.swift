import Analysis
import Foundation
import Testing

@Suite struct TaxonomyDataTests {
    let taxonomy = SkillTaxonomy.bundled

    @Test func bundledTaxonomyHasAtLeastFourHundredSkills() {
        #expect(taxonomy.skills.count >= 400)
    }

    @Test func everyRequiredDomainHasSkills() {
        let required = ["software", "data", "design", "product", "sales", "marketing", "finance", "hr",
                        "healthcare", "operations", "management", "security", "cloud"]
        let counts = Dictionary(grouping: taxonomy.skills, by: \.category).mapValues(\.count)
        for category in required {
            #expect((counts[category] ?? 0) >= 10, "too few \(category) skills")
        }
    }

    @Test func everyBundledSkillHasAKnownCategoryOtherThanCustom() {
        for skill in taxonomy.skills {
            #expect(SkillTaxonomy.categories.contains(skill.category) && skill.category != "custom", "\(skill.name)")
        }
    }

    @Test func skillNamesAreUniqueIgnoringCase() {
        var seen: [String: String] = [:]
        for skill in taxonomy.skills {
            let key = skill.name.lowercased()
            #expect(seen[key] == nil, "\(skill.name) duplicates \(seen[key] ?? "")")
            seen[key] = skill.name
        }
    }

    @Test func noSpellingCanMatchTwoSkills() {
        var owners: [String: [(SkillTerm, String)]] = [:]
        for skill in taxonomy.skills {
            for term in skill.terms {
                for (other, owner) in owners[term.text.lowercased(), default: []] where owner != skill.name {
                    #expect(!term.collides(with: other), "\"\(term.text)\" of \(skill.name) collides with \"\(other.text)\" of \(owner)")
                }
                owners[term.text.lowercased(), default: []].append((term, skill.name))
            }
        }
    }

    @Test func ordinaryWordsAreNeverMatchedIgnoringCase() {
        let ordinaryWords: Set<String> = [
            "go", "r", "c", "ml", "node", "react", "excel", "lean", "swift", "rust", "ruby", "spark",
            "sketch", "slack", "notion", "epic", "pals", "workday", "flask", "helm", "hive", "airflow",
            "puppet", "snowflake", "looker", "greenhouse", "confluence", "unity", "cypress", "jest",
            "rest", "rails", "outlook", "intercom", "amplitude", "concur", "rag", "bi", "tam", "ids", "ips",
            "closing", "receiving", "collections", "cv", "jd", "ts", "pam", "safe", "express",
            "next", "word", "access", "teams", "julia", "framer", "blender", "tailwind", "swagger", "torch",
            "cassandra", "mural", "relativity", "blackboard", "spreadsheet", "lambda", "vault", "lever",
        ]
        for skill in taxonomy.skills {
            for term in skill.terms where !term.caseSensitive {
                #expect(!ordinaryWords.contains(term.text.lowercased()), "\"\(term.text)\" of \(skill.name) must be case-sensitive")
            }
        }
    }

    @Test func noSpellingIsASingleLetterUnlessCaseSensitive() {
        for skill in taxonomy.skills {
            for term in skill.terms where term.text.count < 2 {
                #expect(term.caseSensitive, "\"\(term.text)\" of \(skill.name)")
            }
        }
    }

    @Test func spellingsHaveNoStraySpaces() {
        for skill in taxonomy.skills {
            for text in skill.terms.map(\.text) + skill.contextWords {
                #expect(text == text.trimmingCharacters(in: .whitespaces) && !text.contains("  "), "\"\(text)\" of \(skill.name)")
            }
        }
    }

    @Test func epicTheRecordSystemNeedsAClinicalContextSoJiraEpicsDoNotCount() throws {
        let epic = try #require(taxonomy.skill(named: "Epic"))
        #expect(epic.caseSensitive && epic.category == "healthcare")
        #expect(epic.contextWords.contains("EHR") && epic.contextWords.contains("patient"))
    }

    @Test func javaAndJavaScriptAreSeparateSkills() throws {
        let java = try #require(taxonomy.skill(named: "Java"))
        let javaScript = try #require(taxonomy.skill(named: "JavaScript"))
        #expect(!java.terms.contains { $0.text.lowercased().contains("script") })
        #expect(javaScript.aliases.contains("JS"))
    }

    @Test func cIsCaseSensitiveAndNeedsAProgrammingContext() throws {
        let c = try #require(taxonomy.skill(named: "C"))
        #expect(c.caseSensitive)
        for word in ["language", "programming", "embedded", "C/C++", "firmware", "kernel", "systems programming"] {
            #expect(c.contextWords.contains(word), "\(word)")
        }
        #expect(taxonomy.skill(named: "C++")?.aliases.contains("cpp") == true)
        #expect(taxonomy.skill(named: "C#")?.aliases.contains("csharp") == true)
    }

    @Test func rIsCaseSensitiveAndNeedsAStatisticsContext() throws {
        let r = try #require(taxonomy.skill(named: "R"))
        #expect(r.caseSensitive)
        for word in ["language", "statistics", "statistical", "RStudio", "tidyverse", "CRAN", "Python or R"] {
            #expect(r.contextWords.contains(word), "\(word)")
        }
    }

    @Test func goIsCaseSensitiveWithGolangAliasesAndContextWords() throws {
        let go = try #require(taxonomy.skill(named: "Go"))
        #expect(go.caseSensitive)
        #expect(go.aliases.contains("golang") && go.aliases.contains("Go language"))
        #expect(go.aliasTerm("golang").caseSensitive == false, "golang is distinctive in any case")
        for word in ["language", "microservices", "goroutines", "backend", "written in"] {
            #expect(go.contextWords.contains(word), "\(word)")
        }
    }

    @Test func commonAliasesLeadToTheirSkill() {
        let expected: [(String, String)] = [
            ("k8s", "Kubernetes"), ("EKS", "Kubernetes"), ("GKE", "Kubernetes"), ("AKS", "Kubernetes"),
            ("Postgres", "PostgreSQL"), ("golang", "Go"), ("ECMAScript", "JavaScript"),
            ("C plus plus", "C++"), ("C sharp", "C#"), ("nodejs", "Node.js"), ("ReactJS", "React"),
            ("Amazon Web Services", "AWS"), ("Google Cloud Platform", "GCP"),
            ("continuous integration", "CI/CD"), ("SFDC", "Salesforce"), ("a11y", "accessibility"),
            ("WCAG", "accessibility"), ("split testing", "A/B testing"), ("talent acquisition", "recruiting"),
            ("Basic Life Support", "BLS"), ("registered nurse", "RN license"),
            ("electronic health records", "EHR"), ("IV insertion", "IV therapy"), ("pentest", "penetration testing"),
            ("managed a team", "people management"), ("objectives and key results", "OKRs"),
        ]
        for (alias, name) in expected {
            let owners = taxonomy.skills.filter { skill in skill.terms.contains { $0.text == alias } }.map(\.name)
            #expect(owners == [name], "\(alias) → \(owners)")
        }
    }

    @Test func shortFormsThatAreOrdinaryWordsInLowercaseMatchOnlyInCapitals() throws {
        let ml = try #require(taxonomy.skill(named: "machine learning"))
        #expect(!ml.caseSensitive && ml.terms.contains(SkillTerm(text: "ML", caseSensitive: true)))
        let expected = [("Apache Spark", "Spark"), ("Apache Airflow", "Airflow"), ("Node.js", "Node"),
                        ("REST APIs", "REST"), ("Ruby on Rails", "Rails"), ("Dialectical Behavior Therapy", "DBT")]
        for (name, shortForm) in expected {
            let skill = try #require(taxonomy.skill(named: name))
            #expect(skill.terms.contains(SkillTerm(text: shortForm, caseSensitive: true)), "\(shortForm) of \(name)")
            #expect(skill.terms.contains { !$0.caseSensitive && $0.text == name.lowercased() }, "\(name) in lowercase")
        }
    }

    @Test func typeScriptHasNoTSAliasBecauseOfClearancesLikeTSSlashSCI() throws {
        let typeScript = try #require(taxonomy.skill(named: "TypeScript"))
        #expect(!typeScript.terms.contains { $0.text.lowercased() == "ts" })
        #expect(taxonomy.skill(named: "security clearance")?.aliases.contains("TS/SCI") == true)
    }

    @Test func agileTheAdjectiveIsNotTheAgileMethod() {
        let matcher = SkillMatcher(taxonomy: taxonomy)
        #expect(!matcher.skills(in: "Built a network of 40 agile partners across the UK").contains("Agile"))
        #expect(!matcher.skills(in: "We stay agile as the market changes").contains("Agile"))
        for method in ["Agile project delivery (Scrum or Kanban)", "Scrum master for two agile teams",
                       "Five years of agile software development", "We work in an Agile way", "agile ways of working"] {
            #expect(matcher.skills(in: method).contains("Agile"), "\(method)")
        }
    }

    @Test func resumeAndJobDescriptionAbbreviationsAreNotSkills() {
        for skill in taxonomy.skills {
            for term in skill.terms {
                #expect(!["cv", "jd", "j.d."].contains(term.text.lowercased()), "\(skill.name)")
            }
        }
    }
}
