/// A fill-in field: `**Label:** value`, `**Label**: value`, a `- Label: value` item under a bold
/// group label (`**Work Experience:**`), or a numbered blank (`1. ____`) under one. All positions
/// are byte offsets into the roadmap's bytes.
public struct Field: Equatable, Sendable {
    public enum Form: String, Sendable {
        /// `**Label:** value` or `**Label**: value`, on a line or in a list item.
        case boldLabel
        /// `- Label: value` under a bold group label. Elsewhere only while the value is blank, so
        /// prose lists (`- Note: …`) are not taken for fields.
        case item
        /// `1. ____` under a bold group label: the label is the item's number. Only while blank:
        /// once filled it is an ordinary list item, as the template meant it to become.
        case numbered
    }

    public let form: Form
    /// 1-based line number.
    public let line: Int
    public let lineSpan: LineSpan
    /// The label's text, without markup or colon.
    public let labelRange: Range<Int>
    /// The value, trimmed; never empty (a label with nothing after it heads a group instead).
    public let valueRange: Range<Int>
    /// The section (heading) the field is under.
    public let sectionIndex: Int
    /// The bold group label the field is listed under, as an index into `Tracking.titles`.
    public let titleIndex: Int?
    /// The value is unfilled: see `Blank`.
    public let isBlank: Bool
}
