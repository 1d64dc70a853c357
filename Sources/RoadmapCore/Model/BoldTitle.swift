/// A line that heads what follows it without being a heading: a bold-only line
/// (`**Project 1: Containerized ML Application**`, `**Completed:**`) or a field line that items
/// hang from (`**Obstacle 1:** Not enough time`). Items below it take it as their context, and its
/// body is everything up to the next title, heading or thematic break.
public struct BoldTitle: Equatable, Sendable {
    // Positions in 32 bits (`CompactRange`): 48 bytes a title instead of 96.
    private let _line: Int32
    private let _lineSpan: CompactSpan
    private let _text: CompactRange
    private let _section: Int32
    private let _depth: Int32
    private var _body: CompactRange?
    private var _lastLine: Int32

    /// The title's 1-based line.
    public var line: Int { Int(_line) }
    package var lineSpan: LineSpan { _lineSpan.span }
    /// The title's text, without markup or colon.
    public var textRange: Range<Int> { _text.range }
    /// The index of the section the title is in.
    public var sectionIndex: Int { Int(_section) }
    /// Containers around the title line; items nested deeper belong to it.
    var depth: Int { Int(_depth) }
    /// From the first non-blank line after the title to the end of the last one, if any.
    package internal(set) var body: Range<Int>? {
        get { _body?.range }
        set { _body = newValue.map(CompactRange.init) }
    }
    /// The last line of the body (the title's own line when it has none).
    package internal(set) var lastLine: Int {
        get { Int(_lastLine) }
        set { _lastLine = Int32(truncatingIfNeeded: newValue) }
    }

    init(line: Int, lineSpan: LineSpan, textRange: Range<Int>, sectionIndex: Int, depth: Int, body: Range<Int>?, lastLine: Int) {
        _line = Int32(truncatingIfNeeded: line)
        _lineSpan = CompactSpan(lineSpan)
        _text = CompactRange(textRange)
        _section = Int32(truncatingIfNeeded: sectionIndex)
        _depth = Int32(truncatingIfNeeded: depth)
        _body = body.map(CompactRange.init)
        _lastLine = Int32(truncatingIfNeeded: lastLine)
    }
}
