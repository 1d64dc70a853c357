/// A heading and everything up to the next heading of the same or a higher level.
/// Index 0 is the document itself (level 0), so goals before any heading have a home.
public struct Section: Equatable, Sendable {
    /// The heading's level, 1 to 6 (0 for the document).
    public let level: Int
    /// 1-based line of the heading (0 for the document).
    public let line: Int
    /// The heading's text bytes (for setext headings, the first line of the paragraph).
    public let titleRange: Range<Int>
    /// The index of the section that contains this one; nil for the document.
    public let parentIndex: Int?
    /// Indices of the sections directly below.
    public internal(set) var children: [Int] = []
    /// Goals directly in this section (not in subsections).
    public internal(set) var ownGoals = Tally()
    /// Goals in this section and all below it.
    public internal(set) var goals = Tally()
}
