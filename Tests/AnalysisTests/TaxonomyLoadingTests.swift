import Analysis
import Foundation
import JSON
import Testing

@Suite struct TaxonomyLoadingTests {
    @Test func aWholeTaxonomyFileLoadsWithEveryField() throws {
        let json = try JSON.parse("""
            {"version": 1, "skills": [
              {"name": "Kotlin", "aliases": ["KMP"], "category": "software"},
              {"name": "Go", "aliases": ["golang"], "category": "software", "caseSensitive": true,
               "contextWords": ["language"], "caseSensitiveAliases": ["GO"]}
            ]}
            """)
        let skills = try SkillTaxonomy.definitions(from: json)
        #expect(skills == [
            SkillDefinition(name: "Kotlin", aliases: ["KMP"], category: "software"),
            SkillDefinition(name: "Go", aliases: ["golang"], category: "software", caseSensitive: true,
                            contextWords: ["language"], caseSensitiveAliases: ["GO"]),
        ])
    }

    @Test func aBareArrayFromUserSettingsLoadsWithDefaults() throws {
        let json = try JSON.parse(#"[{"name": "Pulumi"}, {"name": "Kubernetes", "aliases": ["kubernetes engine"]}]"#)
        let skills = try SkillTaxonomy.definitions(from: json)
        #expect(skills.map(\.name) == ["Pulumi", "Kubernetes"])
        #expect(skills[0].category == "custom")
        #expect(skills[0].aliases.isEmpty && !skills[0].caseSensitive && skills[0].contextWords.isEmpty)
        #expect(skills[1].aliases == ["kubernetes engine"])
    }

    @Test func anEmptyArrayOfUserSkillsIsFine() throws {
        #expect(try SkillTaxonomy.definitions(from: .array([])).isEmpty)
    }

    @Test func errorsNameTheBadEntry() throws {
        let cases: [(String, String)] = [
            (#"[{"name": "A"}, {"name": "B"}, {"name": "C"}, {"name": "D", "aliases": "d"}]"#,
             "skills[3].aliases must be an array of strings"),
            (#"[{"name": "A", "aliases": ["a", 2]}]"#, "skills[0].aliases must be an array of strings (skills[0].aliases[1] is not a string)"),
            (#"[{"name": "A", "aliases": ["a", "  "]}]"#, "skills[0].aliases[1] must not be empty"),
            (#"[{"aliases": ["x"]}]"#, "skills[0].name must be a non-empty string"),
            (#"[{"name": ""}]"#, "skills[0].name must be a non-empty string"),
            (#"[{"name": "A"}, "B"]"#, "skills[1] must be an object with a \"name\""),
            (#"[{"name": "A", "caseSensitive": "yes"}]"#, "skills[0].caseSensitive must be true or false"),
            (#"[{"name": "A", "contextWords": [true]}]"#, "skills[0].contextWords must be an array of strings (skills[0].contextWords[0] is not a string)"),
            (#"{"version": 2, "skills": []}"#, "version must be 1"),
            (#"{"version": 1}"#, "skills must be an array of skill objects"),
            (#""skills""#, "a skill taxonomy must be an object with \"skills\" or an array of skill objects"),
        ]
        for (text, message) in cases {
            let json = try JSON.parse(text)
            #expect(throws: SkillTaxonomyError(message)) { try SkillTaxonomy.definitions(from: json) }
        }
    }

    @Test func aMisspelledKeyIsReportedRatherThanIgnored() throws {
        let json = try JSON.parse(#"[{"name": "A", "alias": ["a"]}]"#)
        let error = try #require(throws: SkillTaxonomyError.self) { try SkillTaxonomy.definitions(from: json) }
        #expect(error.message.hasPrefix("skills[0] has unknown key \"alias\""))
    }

    @Test func anUnknownCategoryListsTheValidOnes() throws {
        let json = try JSON.parse(#"[{"name": "A"}, {"name": "FAA A&P", "category": "aviation"}]"#)
        let error = try #require(throws: SkillTaxonomyError.self) { try SkillTaxonomy.definitions(from: json) }
        #expect(error.message.hasPrefix("skills[1].category must be one of software, data,"))
        #expect(error.message.hasSuffix("custom"))
    }

    @Test func theSchemaListsExactlyTheCategoriesTheLoaderAccepts() throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.repositoryFile("schemas/skill-taxonomy.schema.json")))
        let schema = try JSON.parse(bytes)
        let categories = schema["$defs"]?["skill"]?["properties"]?["category"]?["enum"]?.arrayValue?.compactMap(\.stringValue)
        #expect(categories == SkillTaxonomy.categories)
    }

    static func repositoryFile(_ relativePath: String) -> String {
        var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast(3)
        return (components + [Substring(relativePath)]).joined(separator: "/")
    }
}
