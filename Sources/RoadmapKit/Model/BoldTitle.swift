/// A line that heads what follows it without being a heading: a bold-only line
/// (`**Project 1: Containerized ML Application**`, `**Completed:**`) or a field line that items
/// hang from (`**Obstacle 1:** Not enough time`). Items below it take it as their context, and its
/// body is everything up to the next title, heading or thematic break.
public struct BoldTitle: Equatable, Sendable {
    public let line: Int
    public let lineSpan: LineSpan
    /// The title's text, without markup or colon.
    public let textRange: Range<Int>
    public let sectionIndex: Int
    /// Containers around the title line; items nested deeper belong to it.
    let depth: Int
    /// From the first non-blank line after the title to the end of the last one, if any.
    public internal(set) var body: Range<Int>?
    /// The last line of the body (the title's own line when it has none).
    public internal(set) var lastLine: Int
}
