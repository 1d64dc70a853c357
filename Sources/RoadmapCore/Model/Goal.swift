/// A checkbox list item: `- [ ] text`, `1. [x] text`, `* [/] text` … found by the block scanner
/// outside code, HTML and option lines. All positions are byte offsets into the roadmap's bytes.
public struct Goal: Equatable, Sendable {
    // Stored as Int32 to keep a goal at 36 bytes: large plans have close to a million of them.
    var _line: Int32
    var _lineStart: Int32
    var _lineEnd: Int32
    var _box: Int32
    var _text: Int32
    var _section: Int32
    var _parent: Int32
    var _markerLength: UInt8
    /// The state its marker says (`[ ]`, `[x]`, `[/]`, `[-]`, or another byte).
    public let state: GoalState
    var _depth: UInt16
    var _quoted: Bool

    /// 1-based line number.
    public var line: Int { Int(_line) }
    /// The line's text, without its ending.
    package var lineRange: Range<Int> { Range(offsets: Int(_lineStart), Int(_lineEnd)) }
    /// `[x]`, brackets included.
    package var boxRange: Range<Int> { Range(offsets: Int(_box), Int(_box) + Int(_markerLength) + 2) }
    /// The state character(s) between the brackets (one Unicode scalar, 1 to 4 bytes).
    public var markerRange: Range<Int> { Range(offsets: Int(_box) + 1, Int(_box) + 1 + Int(_markerLength)) }
    /// The goal's text on its first line, after the box and its following whitespace.
    public var textRange: Range<Int> { Range(offsets: Int(_text), Int(_lineEnd)) }
    /// Index of the section (heading) the goal is under; 0 is the document itself.
    public var sectionIndex: Int { Int(_section) }
    /// Index of the enclosing goal, for nested goals.
    public var parentIndex: Int? { _parent < 0 ? nil : Int(_parent) }
    /// How many goals enclose this one.
    public var depth: Int { Int(_depth) }
    /// Inside a block quote (`> - [ ] …`).
    package var isQuoted: Bool { _quoted }
}
