import Analysis
import Testing

@Suite struct TaxonomyMergingTests {
    let base = SkillTaxonomy(skills: [
        SkillDefinition(name: "Kubernetes", aliases: ["k8s", "EKS"], category: "cloud"),
        SkillDefinition(name: "dbt", aliases: ["data build tool"], category: "data", caseSensitive: true),
        SkillDefinition(name: "machine learning", category: "data", caseSensitiveAliases: ["ML"]),
    ])

    @Test func aUserSkillWithAKnownNameAddsItsAliases() throws {
        let merged = base.merging([SkillDefinition(name: "kubernetes", aliases: ["K8S", "kube", "OpenShift"], category: "custom")])
        let kubernetes = try #require(merged.skill(named: "Kubernetes"))
        #expect(kubernetes.aliases == ["k8s", "EKS", "kube", "OpenShift"])
        #expect(kubernetes.category == "cloud")
        #expect(merged.skills.count == 3)
    }

    @Test func aNewUserSkillIsAppended() {
        let merged = base.merging([SkillDefinition(name: "Pulumi", aliases: ["Pulumi IaC"], category: "cloud")])
        #expect(merged.skills.map(\.name) == ["Kubernetes", "dbt", "machine learning", "Pulumi"])
        #expect(merged.skill(named: "pulumi")?.aliases == ["Pulumi IaC"])
    }

    @Test func anAliasTheUserClaimsMovesToTheUserSkill() throws {
        let merged = base.merging([SkillDefinition(name: "Amazon EKS", aliases: ["eks"], category: "cloud")])
        #expect(merged.skill(named: "Kubernetes")?.aliases == ["k8s"])
        #expect(merged.skill(named: "Amazon EKS")?.aliases == ["eks"])
    }

    @Test func aCaseSensitiveUserAliasOnlyTakesTheSameCase() {
        let merged = base.merging([
            SkillDefinition(name: "Dialectical Behavior Therapy", category: "healthcare", caseSensitiveAliases: ["DBT"]),
        ])
        #expect(merged.skill(named: "dbt") != nil)
        let mergedML = base.merging([SkillDefinition(name: "Standard ML", aliases: ["ml"], category: "software")])
        #expect(mergedML.skill(named: "machine learning")?.caseSensitiveAliases.isEmpty == true)
    }

    @Test func contextWordsAreAddedWithoutDuplicates() {
        let go = SkillTaxonomy(skills: [SkillDefinition(name: "Go", category: "software", caseSensitive: true, contextWords: ["language"])])
        let merged = go.merging([SkillDefinition(name: "Go", category: "custom", contextWords: ["language", "gRPC"])])
        #expect(merged.skill(named: "Go")?.contextWords == ["language", "gRPC"])
    }

    @Test func userSettingsExtendTheBundledTaxonomy() throws {
        let merged = SkillTaxonomy.bundled.merging([SkillDefinition(name: "Kubernetes", aliases: ["kubernetes engine"], category: "custom")])
        #expect(merged.skills.count == SkillTaxonomy.bundled.skills.count)
        #expect(merged.skill(named: "Kubernetes")?.aliases.contains("kubernetes engine") == true)
        #expect(merged.skill(named: "Kubernetes")?.aliases.contains("k8s") == true)
    }
}
