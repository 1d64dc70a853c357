/// What the block scanner reports, line by line. The scanner decides block structure
/// (CommonMark + GFM); a sink turns it into a model. Generic, so calls are specialised and cheap.
package protocol BlockSink {
    /// A heading that is not inside a list or quote: it opens a section.
    mutating func heading(level: Int, text: Range<Int>, line: Int)
    /// A task list item. `parentGoal` is the enclosing task's index, `depth` the number of
    /// enclosing tasks. Returns the new goal's index.
    mutating func task(_ marker: TaskMarker, line: Int, span: LineSpan, parentGoal: Int32, depth: Int, quoted: Bool) -> Int32
    /// Every line, with its role, after the scanner has decided it; called only for lines that
    /// continue a goal's text unless `wantsEveryLine` (most callers need no more, and building the
    /// facts for each of a million lines is not free).
    mutating func line(_ facts: LineFacts)
    var wantsEveryLine: Bool { get }
}

/// What one line is, as far as block structure goes.
package struct LineFacts: Equatable {
    package enum Role: UInt8 {
        case blank, paragraph, heading, setextUnderline, code, fence, html, thematicBreak
    }
    package var role: Role
    package var number: Int
    package var span: LineSpan
    /// Where the line's content starts once container prefixes (`> `, list indentation) are taken.
    package var contentStart: Int
    /// How many containers (quotes, list items) enclose the line.
    package var containerDepth: Int
    /// The line opens a list item.
    package var startsListItem: Bool
    /// The paragraph line continues an earlier line (including lazy continuation).
    package var continuesParagraph: Bool
    /// The goal this line belongs to when it is (part of) a task's first paragraph, else -1.
    package var goal: Int32
    package var inQuote: Bool

    /// The line's content after its container prefixes, up to its ending.
    package var content: Range<Int> { Range(offsets: contentStart, span.contentEnd) }
}
