/// Finds goals from what a person types: an id (`12` or `#12`), or words that must all appear in
/// the goal's text, case-insensitively, with markdown syntax ignored.
public struct GoalQuery: Sendable {
    /// What was typed, one word (or id) per element.
    public let words: [String]
    /// Restricts matching to goals under headings whose title contains this text.
    public let section: String?

    /// A query for `words`, under headings matching `section` when given.
    public init(_ words: [String], section: String? = nil) {
        self.words = words
        self.section = section
    }

    /// The id the query names, if it is one (`12`, `#12`).
    public var id: Int? {
        guard words.count == 1 else { return nil }
        var word = words[0][...]
        if word.hasPrefix("#") { word = word.dropFirst() }
        guard !word.isEmpty, word.utf8.allSatisfy(ASCII.isDigit), word.count < 10 else { return nil }
        return Int(word)
    }
}

extension Roadmap {
    /// Whether the goal's plain text holds every word of the query (`QueryWords`: an ASCII word
    /// found by its bytes, one beyond ASCII by Characters).
    func matches(goal index: Int, _ query: inout QueryWords) -> Bool {
        query.allFound(in: PlainText.of(self.text(of: index)).lowercased())
    }
}
