// TEMPORARY scaffold: the taxonomy work replaces this file with the loader of Resources/skills.json.
extension SkillTaxonomy {
    /// The taxonomy shipped in the binary (Resources/skills.json).
    public static let bundled = SkillTaxonomy(skills: [])
}
