/// A fill-in field: `**Label:** value`, `**Label**: value`, a `- Label: value` item under a bold
/// group label (`**Work Experience:**`), or a numbered blank (`1. ____`) under one. All positions
/// are byte offsets into the roadmap's bytes.
public struct Field: Equatable, Sendable {
    package enum Form: String, Sendable {
        /// `**Label:** value` or `**Label**: value`, on a line or in a list item.
        case boldLabel
        /// `- Label: value` under a bold group label. Elsewhere only while the value is blank, so
        /// prose lists (`- Note: …`) are not taken for fields.
        case item
        /// `1. ____` under a bold group label: the label is the item's number. Only while blank:
        /// once filled it is an ordinary list item, as the template meant it to become.
        case numbered
    }

    package let form: Form
    /// The value is unfilled: see `Blank`.
    public let isBlank: Bool
    // Positions in 32 bits (`CompactRange`): 44 bytes a field instead of 104.
    private let _line: Int32
    private let _lineSpan: CompactSpan
    private let _label: CompactRange
    private let _value: CompactRange
    private let _section: Int32
    private let _title: Int32

    /// 1-based line number.
    public var line: Int { Int(_line) }
    package var lineSpan: LineSpan { _lineSpan.span }
    /// The label's text, without markup or colon.
    public var labelRange: Range<Int> { _label.range }
    /// The value, trimmed; never empty (a label with nothing after it heads a group instead).
    public var valueRange: Range<Int> { _value.range }
    /// The section (heading) the field is under.
    public var sectionIndex: Int { Int(_section) }
    /// The bold group label the field is listed under, as an index into `Tracking.titles`.
    public var titleIndex: Int? { _title < 0 ? nil : Int(_title) }

    init(form: Form, line: Int, lineSpan: LineSpan, labelRange: Range<Int>, valueRange: Range<Int>,
         sectionIndex: Int, titleIndex: Int?, isBlank: Bool) {
        self.form = form
        self.isBlank = isBlank
        _line = Int32(truncatingIfNeeded: line)
        _lineSpan = CompactSpan(lineSpan)
        _label = CompactRange(labelRange)
        _value = CompactRange(valueRange)
        _section = Int32(truncatingIfNeeded: sectionIndex)
        _title = titleIndex.map { Int32(truncatingIfNeeded: $0) } ?? -1
    }
}
