/// The parts of a manual page that belong to no one command, in plain text (`Roff` escapes it).
public struct ManualText: Sendable {
    /// A section after the commands and global options (FILES, ENVIRONMENT, EXIT STATUS...).
    public struct Section: Sendable {
        /// Its heading, in capitals.
        public let title: String
        /// Paragraphs first (blank lines between them).
        public var text: String
        /// Then terms, each with its description (`.TP`).
        public var items: [(String, String)]
        /// Then lines shown as typed.
        public var literal: [String]

        /// A section; any of its parts may be empty.
        public init(title: String, text: String = "", items: [(String, String)] = [], literal: [String] = []) {
            self.title = title
            self.text = text
            self.items = items
            self.literal = literal
        }
    }

    /// Comment lines at the top of the page (how it was made, how to remake it).
    public var header: [String]
    /// DESCRIPTION's paragraphs.
    public var description: String
    /// The paragraph before the global options.
    public var globalOptions: String
    /// The sections after them.
    public var sections: [Section]

    /// A manual's prose.
    public init(header: [String], description: String, globalOptions: String, sections: [Section]) {
        self.header = header
        self.description = description
        self.globalOptions = globalOptions
        self.sections = sections
    }
}
