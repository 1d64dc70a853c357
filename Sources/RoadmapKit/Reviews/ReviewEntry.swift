/// One monthly review as the review log holds it: a heading naming the month (`### 2026-11 review
/// (2026-11-22)`), then items `roadmap review` writes (`- Progress: 14/60 (23%)`, `- Completed
/// since …:`, `- Metrics:` with one `- Name: value` below it per metric, `- Note: …`).
///
/// Read leniently, because people edit the log by hand: labels may be bold, bullets may be `*` or
/// `+`, a part may be missing, and anything else is kept as it is (`otherLines`) so that a later
/// review of the same month rewrites the entry without losing it.
public struct ReviewEntry: Equatable, Sendable {
    /// One metric's value as recorded.
    public struct Reading: Equatable, Sendable {
        /// The metric's name, as the log records it.
        public let name: String
        /// The value, as written.
        public let value: String

        /// `value` of metric `name`.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The index of the entry's heading among the roadmap's sections.
    public let sectionIndex: Int
    /// The heading's line, 1-based.
    public let line: Int
    /// The heading's level.
    public let level: Int
    /// From the start of the heading's line to the end of the entry's last non-blank line, that
    /// line's ending included. Blank lines after it are not the entry's, so rewriting it keeps them.
    public let range: Range<Int>
    /// The year the heading names.
    public let year: Int
    /// The month the heading names, 1 to 12.
    public let month: Int
    /// The day of the review, when the heading names one (`(2026-11-22)`).
    public let day: CivilDate?
    /// Goals done, as the entry recorded them; nil when it does not say.
    public let done: Int?
    /// Goals counted, as the entry recorded them; nil when it does not say.
    public let total: Int?
    /// The percent as written; computed from done/total when only they are there.
    public let percent: Int?
    /// The day the entry counted completed goals from.
    public let since: CivilDate?
    /// The goals the entry lists as completed, as written.
    public let completed: [String]
    /// The metric values the entry recorded.
    public let metrics: [Reading]
    /// The entry's note; nil for none.
    public let note: String?
    /// Runs of lines this tool does not write (content without endings), each run a block that
    /// blank lines separated from the next.
    package let otherLines: [[Range<Int>]]

    /// The review's day, else the first of its month (so "since" never skips a goal).
    public var date: CivilDate { day ?? CivilDate(year: year, month: month, day: 1)! }

    /// `2026-11`.
    public var monthText: String { ReviewEntry.monthText(year, month) }

    /// The date as the heading gives it: `2026-11-22`, or `2026-11` when it names only the month.
    public var dateText: String { day?.description ?? monthText }

    /// The reading of the metric `name`, matched without regard to case; nil when the entry has none.
    public func reading(named name: String) -> Reading? {
        let wanted = name.lowercased()
        return metrics.last { $0.name.lowercased() == wanted }
    }

    static func monthText(_ year: Int, _ month: Int) -> String {
        CivilDate(year: year, month: month, day: 1)!.description.dropLast(3).description
    }
}

extension ReviewEntry {
    /// The first `YYYY-MM` (or `YYYY-MM-DD`) in a heading's text, and the first full date from there.
    static func month(in bytes: [UInt8], _ range: Range<Int>) -> (year: Int, month: Int, day: CivilDate?)? {
        func digit(_ k: Int) -> Bool { ASCII.isDigit(bytes[k]) }
        var i = range.lowerBound
        while i + 7 <= range.upperBound {
            defer { i += 1 }
            guard i == range.lowerBound || !digit(i - 1), (0..<4).allSatisfy({ digit(i + $0) }), bytes[i + 4] == ASCII.minus,
                  digit(i + 5), digit(i + 6), i + 7 == range.upperBound || !digit(i + 7) else { continue }
            let year = (0..<4).reduce(0) { $0 * 10 + Int(bytes[i + $1] - ASCII.zero) }
            let month = Int(bytes[i + 5] - ASCII.zero) * 10 + Int(bytes[i + 6] - ASCII.zero)
            guard CivilDate(year: year, month: month, day: 1) != nil else { continue }
            return (year, month, DueDate.first(in: bytes, i..<range.upperBound))
        }
        return nil
    }
}

/// Reads an entry's lines. One pass; each line is a top-level item (its label says what it is),
/// a nested item (belongs to the item above), a blank, or anything else.
struct ReviewEntryReader {
    private enum Part { case none, completed, metrics, note, other }

    let bytes: [UInt8]
    /// Metric names to recognise whole, so a name holding `: ` still reads back as written.
    let metricNames: [String]

    private(set) var done: Int?
    private(set) var total: Int?
    private(set) var percent: Int?
    private(set) var since: CivilDate?
    private(set) var completed: [String] = []
    private(set) var metrics: [ReviewEntry.Reading] = []
    private(set) var note: String?
    private(set) var otherLines: [[Range<Int>]] = []

    private var part = Part.none
    private var afterBlank = true

    init(bytes: [UInt8], metricNames: [String]) {
        self.bytes = bytes
        self.metricNames = metricNames
    }

    mutating func read(_ span: LineSpan) {
        let content = span.content
        var indent = 0
        var i = content.lowerBound
        while i < content.upperBound && ASCII.isSpaceOrTab(bytes[i]) {
            indent += bytes[i] == ASCII.tab ? 4 - indent % 4 : 1
            i += 1
        }
        if i == content.upperBound {
            if part == .note || part == .other { part = .none }
            afterBlank = true
            return
        }
        defer { afterBlank = false }
        let itemText = Self.bulletText(bytes, i, content.upperBound)
        switch (itemText, indent < 2) {
        case let (text?, true):
            topItem(text, content)
        case let (text?, false):
            nestedItem(text, content)
        case (nil, _):
            let text = Self.decode(bytes, i..<content.upperBound)
            switch part {
            case .note: note = (note.map { $0 + " " } ?? "") + text
            case .completed where !completed.isEmpty && !afterBlank: completed[completed.count - 1] += " " + text
            case .other where !afterBlank: otherLines[otherLines.count - 1].append(content)
            default:
                part = .other
                otherLines.append([content])
            }
        }
    }

    private mutating func topItem(_ text: Range<Int>, _ content: Range<Int>) {
        let (label, value) = Self.labelled(Self.decode(bytes, text))
        switch label {
        case "progress":
            readProgress(value)
            part = .none
        case let l where l.hasPrefix("completed"):
            let labelBytes = Array(l.utf8)
            since = DueDate.first(in: labelBytes, 0..<labelBytes.count)
            part = .completed
        case "metrics", "metric":
            part = .metrics
        case "note", "notes":
            note = value.isEmpty ? nil : value
            part = .note
        default:
            if part == .other && !afterBlank {
                otherLines[otherLines.count - 1].append(content)
            } else {
                otherLines.append([content])
            }
            part = .other
        }
    }

    private mutating func nestedItem(_ text: Range<Int>, _ content: Range<Int>) {
        let decoded = Self.decode(bytes, text)
        switch part {
        case .completed:
            completed.append(decoded)
        case .metrics:
            if let reading = reading(decoded) { metrics.append(reading) }
        case .note:
            note = (note.map { $0 + " " } ?? "") + decoded
        case .other where !otherLines.isEmpty:
            otherLines[otherLines.count - 1].append(content)
        case .none, .other:
            otherLines.append([content])
            part = .other
        }
    }

    /// `Name: value`, a known metric name first so that a colon inside a name does not split it.
    private func reading(_ text: String) -> ReviewEntry.Reading? {
        let scalars = text.unicodeScalars
        for name in metricNames {
            let n = name.unicodeScalars.count
            guard scalars.count > n, scalars[scalars.index(scalars.startIndex, offsetBy: n)] == ":",
                  String(String.UnicodeScalarView(scalars.prefix(n))).lowercased() == name.lowercased() else { continue }
            let value = String(String.UnicodeScalarView(scalars.dropFirst(n + 1))).trimmingSpaces
            if !value.isEmpty { return ReviewEntry.Reading(name: name, value: value) }
        }
        let (label, value) = Self.labelled(text, keepingCase: true)
        guard !label.isEmpty, !value.isEmpty else { return nil }
        return ReviewEntry.Reading(name: label, value: value)
    }

    /// `14/60 (23%)`: the first `D/T`, and the first `P%`.
    private mutating func readProgress(_ value: String) {
        let b = Array(value.utf8)
        var numbers: [(value: Int, end: Int)] = []
        var i = 0
        while i < b.count {
            guard ASCII.isDigit(b[i]) else { i += 1; continue }
            var n = 0
            while i < b.count && ASCII.isDigit(b[i]) && n < 100_000_000 { n = n * 10 + Int(b[i] - ASCII.zero); i += 1 }
            numbers.append((n, i))
        }
        for (k, number) in numbers.enumerated() {
            var j = number.end
            while j < b.count && ASCII.isSpaceOrTab(b[j]) { j += 1 }
            if done == nil, j < b.count, b[j] == 0x2F, k + 1 < numbers.count {
                done = number.value
                total = numbers[k + 1].value
            }
            if percent == nil, number.end < b.count, b[number.end] == 0x25 { percent = number.value }
        }
        if percent == nil, let done, let total { percent = total == 0 ? 0 : done * 100 / total }
    }

    /// The text after a list marker (`-`, `*`, `+`, `1.`, `1)`) and its spaces; nil when the line
    /// is not a list item.
    static func bulletText(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Range<Int>? {
        var i = start
        if bytes[i] == ASCII.minus || bytes[i] == ASCII.star || bytes[i] == ASCII.plus {
            i += 1
        } else {
            while i < end && ASCII.isDigit(bytes[i]) { i += 1 }
            guard i > start, i < end, bytes[i] == ASCII.dot || bytes[i] == 0x29 else { return nil }
            i += 1
        }
        guard i == end || ASCII.isSpaceOrTab(bytes[i]) else { return nil }
        while i < end && ASCII.isSpaceOrTab(bytes[i]) { i += 1 }
        return Range(offsets: i, end)
    }

    /// `**Label:** value`, `**Label**: value` or `Label: value` as (label, value): the label plain
    /// and lower-cased (unless asked), the value as written, trimmed. No colon: ("", text).
    static func labelled(_ text: String, keepingCase: Bool = false) -> (String, String) {
        guard let colon = text.firstIndex(of: ":") else { return ("", text.trimmingSpaces) }
        let label = PlainText.of(String(text[..<colon])).trimmingSpaces
        var value = text[text.index(after: colon)...]
        // `**Label:** value`: the bold closes after the colon.
        for mark in ["**", "__"] where text.trimmingSpaces.hasPrefix(mark) && value.hasPrefix(mark) {
            value = value.dropFirst(2)
        }
        return (keepingCase ? label : label.lowercased(), value.trimmingSpaces)
    }

    static func decode(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        trimmingTrailingWhitespace(String(decoding: bytes[range], as: UTF8.self))
    }
}
