/// The fields Obsidian Tasks reads off the end of a task's line, read the way it reads them: a
/// trailing block link (` ^id`) first, then, from the end backwards and in any order, dates
/// (`✅ 2024-01-01`, `📅 …`, `⏳ …`, `🛫 …`, `➕ …`, `❌ …`, the space optional; a done date must be
/// a real date), priorities (`⏫`),
/// a recurrence (`🔁 every week`), an id (`🆔 abc`), dependencies (`⛔ abc, def`) and tags
/// (`#tag`), each separated by whitespace or not at all. Reading stops at the first thing that is
/// none of these: what is left is the description. So a `✅ date` with other text after it is
/// part of the description, not a completion date. Linear in the text: each step either consumes
/// a field or ends the reading.
package struct TasksFields {
    enum Kind: Equatable { case doneDate, date, priority, recurrence, id, dependsOn, tag, blockLink }
    struct Field: Equatable {
        let kind: Kind
        /// The field's bytes, without the whitespace around it.
        let range: Range<Int>
    }

    /// The fields, last first.
    private(set) var fields: [Field] = []
    /// The end of the description (where the whitespace before the first field starts).
    private(set) var descriptionEnd: Int

    init(_ bytes: [UInt8], text: Range<Int>) {
        let lower = text.lowerBound
        var end = TasksFields.trimmed(bytes, lower, text.upperBound)
        if let start = TasksFields.blockLink(bytes, lower, end) {
            fields.append(Field(kind: .blockLink, range: Range(offsets: start, end)))
            end = TasksFields.trimmed(bytes, lower, start)
        }
        while end > lower, let field = TasksFields.field(bytes, lower, end) {
            fields.append(field)
            end = TasksFields.trimmed(bytes, lower, field.range.lowerBound)
        }
        descriptionEnd = end
    }

    /// Whether a `✅ date` is among them.
    package var hasDoneDate: Bool { fields.contains { $0.kind == .doneDate } }

    private static func trimmed(_ bytes: [UInt8], _ lower: Int, _ upper: Int) -> Int {
        var end = upper
        while end > lower && ASCII.isLineWhitespace(bytes[end - 1]) { end -= 1 }
        return end
    }

    private static func field(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> Field? {
        // A done date must be a real one: `✅ 2021-13-09` is text, which an untick leaves alone.
        if let start = date(bytes, lower, end, signifier: doneMark), CivilDate(isoBytes: bytes[Range(offsets: end - 10, end)]) != nil {
            return Field(kind: .doneDate, range: Range(offsets: start, end))
        }
        for mark in dateMarks {
            if let start = date(bytes, lower, end, signifier: mark) { return Field(kind: .date, range: Range(offsets: start, end)) }
        }
        for mark in priorityMarks {
            if let start = emoji(mark, bytes, lower, end) { return Field(kind: .priority, range: Range(offsets: start, end)) }
        }
        if let start = run(bytes, lower, end, after: [0xF0, 0x9F, 0x94, 0x81], of: isRecurrence) { return Field(kind: .recurrence, range: Range(offsets: start, end)) }
        if let start = run(bytes, lower, end, after: [0xF0, 0x9F, 0x86, 0x94], of: isIdentifier) { return Field(kind: .id, range: Range(offsets: start, end)) }
        if let start = run(bytes, lower, end, after: [0xE2, 0x9B, 0x94], of: { isIdentifier($0) || $0 == 0x2C || $0 == ASCII.space }) {
            return Field(kind: .dependsOn, range: Range(offsets: start, end))
        }
        if let start = tag(bytes, lower, end) { return Field(kind: .tag, range: Range(offsets: start, end)) }
        return nil
    }

    /// `✅`, the done-date signifier.
    static let doneMark: [UInt8] = [0xE2, 0x9C, 0x85]
    /// 📅 📆 🗓 (due), ⏳ (scheduled), 🛫 (start), ➕ (created), ❌ (cancelled).
    private static let dateMarks: [[UInt8]] = [[0xF0, 0x9F, 0x93, 0x85], [0xF0, 0x9F, 0x93, 0x86], [0xF0, 0x9F, 0x97, 0x93],
                                               [0xE2, 0x8F, 0xB3], [0xF0, 0x9F, 0x9B, 0xAB], [0xE2, 0x9E, 0x95], [0xE2, 0x9D, 0x8C]]
    /// 🔺 ⏫ 🔼 🔽 ⏬.
    private static let priorityMarks: [[UInt8]] = [[0xF0, 0x9F, 0x94, 0xBA], [0xE2, 0x8F, 0xAB], [0xF0, 0x9F, 0x94, 0xBC],
                                                   [0xF0, 0x9F, 0x94, 0xBD], [0xE2, 0x8F, 0xAC]]

    /// `MARK *YYYY-MM-DD` ending at `end` (digits and dashes in place; the date may be invalid):
    /// where the mark starts.
    private static func date(_ bytes: [UInt8], _ lower: Int, _ end: Int, signifier: [UInt8]) -> Int? {
        guard end - lower >= 10 + signifier.count else { return nil }
        let d = end - 10
        for k in 0..<10 {
            let b = bytes[d + k]
            guard k == 4 || k == 7 ? b == ASCII.minus : ASCII.isDigit(b) else { return nil }
        }
        var i = d
        while i > lower && bytes[i - 1] == ASCII.space { i -= 1 }
        return emoji(signifier, bytes, lower, i)
    }

    /// `mark`, with an optional variation selector U+FE0F after it, ending at `end`: where it starts.
    private static func emoji(_ mark: [UInt8], _ bytes: [UInt8], _ lower: Int, _ end: Int) -> Int? {
        var i = end
        if i - lower >= 3 && bytes[i - 3] == 0xEF && bytes[i - 2] == 0xB8 && bytes[i - 1] == 0x8F { i -= 3 }
        guard i - lower >= mark.count, bytes[(i - mark.count)..<i].elementsEqual(mark) else { return nil }
        return i - mark.count
    }

    /// `mark`, then at least one byte of `member` up to `end`: where the mark starts.
    private static func run(_ bytes: [UInt8], _ lower: Int, _ end: Int, after mark: [UInt8], of member: (UInt8) -> Bool) -> Int? {
        var i = end
        while i > lower && member(bytes[i - 1]) { i -= 1 }
        guard i < end else { return nil }
        return emoji(mark, bytes, lower, i)
    }

    private static func isRecurrence(_ b: UInt8) -> Bool {
        ASCII.isLetter(b) || ASCII.isDigit(b) || b == 0x2C || b == ASCII.space || b == ASCII.bang
    }

    private static func isIdentifier(_ b: UInt8) -> Bool {
        ASCII.isLetter(b) || ASCII.isDigit(b) || b == ASCII.minus || b == ASCII.underscore
    }

    /// `#tag` at the start or after whitespace; the tag has none of ` !@#$%^&*(),.?":{}|<>`.
    private static func tag(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> Int? {
        var i = end
        while i > lower && !ASCII.isWhitespace(bytes[i - 1]) && !endsTag(bytes[i - 1]) { i -= 1 }
        guard i < end, i > lower, bytes[i - 1] == ASCII.hash else { return nil }
        let hash = i - 1
        return hash == lower || ASCII.isWhitespace(bytes[hash - 1]) ? hash : nil
    }

    private static func endsTag(_ b: UInt8) -> Bool {
        switch b {
        // ! " # $ % & ( ) * , . : < > ? @ ^ { | }
        case 0x21...0x26, 0x28...0x2A, 0x2C, 0x2E, 0x3A, 0x3C, 0x3E...0x40, 0x5E, 0x7B...0x7D: return true
        default: return false
        }
    }

    /// ` ^block-id` ending at `end`, after whitespace inside the text: where `^` is.
    private static func blockLink(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> Int? {
        var i = end
        while i > lower && (ASCII.isLetter(bytes[i - 1]) || ASCII.isDigit(bytes[i - 1]) || bytes[i - 1] == ASCII.minus) { i -= 1 }
        guard i < end, i - 1 > lower, bytes[i - 1] == 0x5E, ASCII.isSpaceOrTab(bytes[i - 2]) else { return nil }
        return i - 1
    }
}

/// What reading a goal's text needs of its fields (`text(of:withoutDoneDate:)`); the edits that
/// write them are in Editing/.
extension Roadmap {
    /// The Tasks fields at the end of the goal's first line.
    package func tasksFields(of index: Int) -> TasksFields {
        TasksFields(bytes, text: goals[index].textRange)
    }

    /// The bytes an untick removes: each done date with the whitespace before it, sorted and
    /// merged so that the edits never overlap. The whitespace that separates the box from the text
    /// stays; when the removal begins the text and more follows, the whitespace after it goes
    /// instead (`- [x] ✅ 2025-01-01 #tag` → `- [ ] #tag`).
    func doneDateRemovals(_ index: Int, _ fields: TasksFields) -> [Range<Int>] {
        let text = goals[index].textRange
        var removals: [Range<Int>] = []
        for field in fields.fields.reversed() where field.kind == .doneDate {
            var start = field.range.lowerBound
            while start > text.lowerBound && ASCII.isLineWhitespace(bytes[start - 1]) { start -= 1 }
            if let last = removals.last, start <= last.upperBound {
                removals[removals.count - 1] = Range(offsets: last.lowerBound, Swift.max(last.upperBound, field.range.upperBound))
            } else {
                removals.append(Range(offsets: start, field.range.upperBound))
            }
        }
        if let first = removals.first, first.lowerBound == text.lowerBound {
            var end = first.upperBound
            while end < text.upperBound && ASCII.isLineWhitespace(bytes[end]) { end += 1 }
            if end < text.upperBound { removals[0] = Range(offsets: first.lowerBound, end) }
        }
        return removals
    }
}
