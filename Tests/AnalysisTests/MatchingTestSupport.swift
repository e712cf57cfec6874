@testable import Analysis

/// A small taxonomy with the trap entries the bundled data also carries.
let trapTaxonomy = SkillTaxonomy(skills: [
    SkillDefinition(name: "Java", category: "software"),
    SkillDefinition(name: "JavaScript", aliases: ["JS", "ECMAScript"], category: "software"),
    SkillDefinition(name: "C", category: "software", caseSensitive: true,
                    contextWords: ["language", "programming", "embedded", "firmware", "pointers"]),
    SkillDefinition(name: "C++", aliases: ["cpp"], category: "software"),
    SkillDefinition(name: "C#", aliases: ["csharp"], category: "software"),
    SkillDefinition(name: ".NET", aliases: ["dotnet"], category: "software"),
    SkillDefinition(name: "Node.js", aliases: ["NodeJS"], category: "software"),
    SkillDefinition(name: "Go", aliases: ["golang"], category: "software", caseSensitive: true,
                    contextWords: ["language", "programming", "microservices", "goroutines"]),
    SkillDefinition(name: "R", category: "data", caseSensitive: true,
                    contextWords: ["language", "statistics", "RStudio", "tidyverse", "ggplot2"]),
    SkillDefinition(name: "Python", category: "software"),
    SkillDefinition(name: "SQL", category: "data"),
    SkillDefinition(name: "Kubernetes", aliases: ["k8s", "EKS", "GKE", "AKS"], category: "software"),
    SkillDefinition(name: "PostgreSQL", aliases: ["Postgres"], category: "data"),
    SkillDefinition(name: "CI/CD", aliases: ["continuous integration"], category: "software"),
    SkillDefinition(name: "A/B testing", aliases: ["split testing"], category: "product"),
    SkillDefinition(name: "Machine learning", aliases: ["ML"], category: "data"),
    SkillDefinition(name: "REST API", aliases: ["API", "RESTful API"], category: "software"),
    SkillDefinition(name: "Terraform", category: "software"),
    SkillDefinition(name: "Docker", category: "software"),
    SkillDefinition(name: "Communication", category: "soft"),
    SkillDefinition(name: "Stakeholder management", category: "management"),
    SkillDefinition(name: "Presentation", category: "soft"),
    SkillDefinition(name: "hiring", aliases: ["recruiting"], category: "management"),
    SkillDefinition(name: "Google Cloud", aliases: ["GCP"], category: "software"),
    // Practices (lowercase names) and the tools that show them.
    SkillDefinition(name: "infrastructure as code", aliases: ["IaC"], category: "software"),
    SkillDefinition(name: "data analysis", aliases: ["data analytics"], category: "data"),
    SkillDefinition(name: "message queues", aliases: ["message queue"], category: "software"),
    SkillDefinition(name: "RabbitMQ", category: "software"),
    SkillDefinition(name: "Kafka", aliases: ["Apache Kafka"], category: "software"),
    // Fields that a role's title names in another form ("Data Scientist", "Analyst").
    SkillDefinition(name: "data science", category: "data"),
    SkillDefinition(name: "analytics", category: "data"),
])

let trapMatcher = SkillMatcher(taxonomy: trapTaxonomy)

/// The canonical skills found in `text`, in order, duplicates kept.
func skillsFound(_ text: String) -> [String] {
    trapMatcher.matches(in: text).map(\.skill)
}
