/// What the JD parser finds: the title and the requirements, in document order.
public struct ParsedJobDescription: Sendable, Hashable {
    /// The first heading (or first non-empty line of a plain-text JD), for the coverage code lens.
    public var title: String?
    public var titleRange: SourceRange?
    public var requirements: [Requirement]
    /// Headings with their ranges, for the document outline.
    public var headings: [Heading]

    public struct Heading: Sendable, Hashable {
        public var text: String
        public var range: SourceRange
        public var level: Int

        public init(text: String, range: SourceRange, level: Int) {
            self.text = text
            self.range = range
            self.level = level
        }
    }

    public init(title: String?, titleRange: SourceRange?, requirements: [Requirement], headings: [Heading]) {
        self.title = title
        self.titleRange = titleRange
        self.requirements = requirements
        self.headings = headings
    }
}
