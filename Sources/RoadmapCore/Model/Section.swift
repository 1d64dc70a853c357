/// A heading and everything up to the next heading of the same or a higher level.
/// Index 0 is the document itself (level 0), so goals before any heading have a home.
public struct Section: Equatable, Sendable {
    // Positions in 32 bits, as `Goal` keeps them (files are at most 2 GiB): a notes tree of
    // 20,000 files holds 80,000 sections, and 64-bit ones took 24 bytes more each (issue 28).
    private let _line: Int32
    private let _title: CompactRange
    private let _parent: Int32
    private let _level: UInt8

    /// The heading's level, 1 to 6 (0 for the document).
    public var level: Int { Int(_level) }
    /// 1-based line of the heading (0 for the document).
    public var line: Int { Int(_line) }
    /// The heading's text bytes (for setext headings, the first line of the paragraph).
    public var titleRange: Range<Int> { _title.range }
    /// The index of the section that contains this one; nil for the document.
    public var parentIndex: Int? { _parent < 0 ? nil : Int(_parent) }
    /// Indices of the sections directly below.
    public internal(set) var children: [Int] = []
    /// Goals directly in this section (not in subsections).
    public internal(set) var ownGoals = Tally()
    /// Goals in this section and all below it.
    public internal(set) var goals = Tally()

    init(level: Int, line: Int, titleRange: Range<Int>, parentIndex: Int?) {
        _level = UInt8(truncatingIfNeeded: level)
        _line = Int32(truncatingIfNeeded: line)
        _title = CompactRange(titleRange)
        _parent = Int32(truncatingIfNeeded: parentIndex ?? -1)
    }
}
