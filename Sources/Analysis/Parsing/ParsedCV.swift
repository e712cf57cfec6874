/// What the CV parser finds: sections, roles with dates, and every content line as a unit of evidence.
public struct ParsedCV: Sendable, Hashable {
    public var sections: [Section]
    public var roles: [Role]
    /// Every non-empty, non-heading content line (bullets, prose, skill lists), the units evidence quotes.
    public var entries: [Entry]

    public struct Section: Sendable, Hashable {
        public var title: String
        public var range: SourceRange
        /// Lines from the heading to the line before the next section heading.
        public var lines: ClosedRange<Int>

        public init(title: String, range: SourceRange, lines: ClosedRange<Int>) {
            self.title = title
            self.range = range
            self.lines = lines
        }
    }

    public struct Role: Sendable, Hashable {
        /// The role line as written ("Senior SRE, Acme Corp (2019 – present)").
        public var title: String
        public var range: SourceRange
        /// Start and end as fractional years (2019.0 = Jan 2019); `end` nil means present.
        public var start: Double?
        public var end: Double?
        /// Lines that belong to the role: its heading and its bullets.
        public var lines: ClosedRange<Int>

        public init(title: String, range: SourceRange, start: Double?, end: Double?, lines: ClosedRange<Int>) {
            self.title = title
            self.range = range
            self.start = start
            self.end = end
            self.lines = lines
        }
    }

    public struct Entry: Sendable, Hashable {
        /// The line's text without its bullet marker.
        public var text: String
        /// Range of `text`.
        public var range: SourceRange
        /// Title of the enclosing section, lowercased ("experience", "skills"), if any.
        public var section: String?
        /// Index into `roles` of the enclosing role, if any.
        public var roleIndex: Int?

        public init(text: String, range: SourceRange, section: String?, roleIndex: Int?) {
            self.text = text
            self.range = range
            self.section = section
            self.roleIndex = roleIndex
        }
    }

    public init(sections: [Section], roles: [Role], entries: [Entry]) {
        self.sections = sections
        self.roles = roles
        self.entries = entries
    }
}
