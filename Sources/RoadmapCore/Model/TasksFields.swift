/// The fields Obsidian Tasks reads off the end of a task's line, read the way its serializers
/// (`DefaultTaskSerializer`, `DataviewTaskSerializer`) read them: a trailing block link
/// (` ^id`) first, then, from the end backwards and in any order, one field at a time:
/// dates (`➕` created, `⏳`/`⌛` scheduled, `🛫` start, `📅`/`📆`/`🗓` due, `✅` done, `❌`
/// cancelled, the space before the date optional), priorities (`🔺 ⏫ 🔼 🔽 ⏬`), a recurrence
/// (`🔁 every week`), what happens on completion (`🏁 delete`), an id (`🆔 abc`), dependencies
/// (`⛔ abc, def`), tags (`#tag`), each symbol with or without the variation selector U+FE0F,
/// and the same fields written as Dataview inline fields (`[due:: 2026-01-15]` or `(due:: …)`,
/// see `TasksDataviewField`). Reading stops at the first thing that is none of these: what is
/// left is the description. So a `✅ date` with other text after it is part of the description.
///
/// Where roadmap differs from the plugin, on purpose:
/// - it reads both forms on every line (the plugin reads the one its settings name), so a vault
///   that switched format still reads;
/// - a done date must be a real date (`✅ 2021-13-09` is text, which an untick leaves alone);
/// - it reads any number of fields (the plugin stops after 20 rounds of its regular expressions).
///
/// Linear in the text: each step either consumes a field or ends the reading.
package struct TasksFields {
    /// What a field says.
    package enum Kind: Equatable, Sendable {
        case created, scheduled, start, due, done, cancelled
        case priority, recurrence, onCompletion, id, dependsOn, tag, blockLink
    }

    /// How a field is written: Tasks' emoji, or a Dataview inline field.
    package enum Form: Equatable, Sendable { case emoji, dataview }

    /// One field on the line.
    package struct Field: Equatable, Sendable {
        /// What it says.
        package let kind: Kind
        /// Emoji or Dataview.
        package let form: Form
        /// The field's bytes, without the whitespace around it.
        package let range: Range<Int>
        /// Its value's bytes: the date, the rule, the ids; for an emoji priority, the symbol.
        package let value: Range<Int>
    }

    /// The fields, last first.
    package private(set) var fields: [Field] = []
    /// The end of the description (where the whitespace before the first field starts).
    package private(set) var descriptionEnd: Int

    init(_ bytes: [UInt8], text: Range<Int>) {
        let lower = text.lowerBound
        var end = TasksFields.trimmed(bytes, lower, text.upperBound)
        if let start = TasksFields.blockLink(bytes, lower, end) {
            fields.append(Field(kind: .blockLink, form: .emoji, range: Range(offsets: start, end), value: Range(offsets: start + 1, end)))
            end = TasksFields.trimmed(bytes, lower, start)
        }
        while end > lower, let field = TasksEmojiField.read(bytes, lower, end) ?? TasksDataviewField.read(bytes, lower, end) {
            fields.append(field)
            end = TasksFields.trimmed(bytes, lower, field.range.lowerBound)
        }
        descriptionEnd = end
    }

    /// Whether a done date is among them.
    package var hasDoneDate: Bool { fields.contains { $0.kind == .done } }

    /// The field of a kind the plugin takes when there are several: the one read last, nearest
    /// the description (each later match overwrites the one before).
    package func field(_ kind: Kind) -> Field? {
        fields.last { $0.kind == kind }
    }

    static func trimmed(_ bytes: [UInt8], _ lower: Int, _ upper: Int) -> Int {
        var end = upper
        while end > lower && ASCII.isLineWhitespace(bytes[end - 1]) { end -= 1 }
        return end
    }

    /// ` ^block-id` ending at `end`, after whitespace inside the text: where `^` is.
    private static func blockLink(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> Int? {
        var i = end
        while i > lower && (ASCII.isLetter(bytes[i - 1]) || ASCII.isDigit(bytes[i - 1]) || bytes[i - 1] == ASCII.minus) { i -= 1 }
        guard i < end, i - 1 > lower, bytes[i - 1] == 0x5E, ASCII.isSpaceOrTab(bytes[i - 2]) else { return nil }
        return i - 1
    }

    /// A task id's byte: `[a-zA-Z0-9-_]`.
    static func isIdentifier(_ b: UInt8) -> Bool {
        ASCII.isLetter(b) || ASCII.isDigit(b) || b == ASCII.minus || b == ASCII.underscore
    }

    /// A recurrence rule's byte: `[a-zA-Z0-9, !]`.
    static func isRecurrence(_ b: UInt8) -> Bool {
        ASCII.isLetter(b) || ASCII.isDigit(b) || b == 0x2C || b == ASCII.space || b == ASCII.bang
    }

    /// Whether `range` is `YYYY-MM-DD` in shape (the plugin's `\d{4}-\d{2}-\d{2}`).
    static func isDateShape(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count == 10 else { return false }
        for k in 0..<10 {
            let b = bytes[range.lowerBound + k]
            guard k == 4 || k == 7 ? b == ASCII.minus : ASCII.isDigit(b) else { return false }
        }
        return true
    }

    /// Whether `range` is the plugin's id list: ids separated by commas, spaces around commas.
    static func isIdentifierList(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while true {
            while i < range.upperBound && bytes[i] == ASCII.space { i += 1 }
            let start = i
            while i < range.upperBound && isIdentifier(bytes[i]) { i += 1 }
            guard i > start else { return false }
            while i < range.upperBound && bytes[i] == ASCII.space { i += 1 }
            if i == range.upperBound { return true }
            guard bytes[i] == 0x2C else { return false }
            i += 1
        }
    }
}

/// What reading a goal's text needs of its fields (`text(of:withoutFields:)`); the edits that
/// write them are in Editing/.
extension Roadmap {
    /// The Tasks fields at the end of the goal's first line.
    package func tasksFields(of index: Int) -> TasksFields {
        TasksFields(bytes, text: goals[index].textRange)
    }

    /// The bytes an untick removes: each done date with the whitespace before it (see `fieldRemovals`).
    func doneDateRemovals(_ index: Int, _ fields: TasksFields) -> [Range<Int>] {
        fieldRemovals(index, fields) { $0 == .done }
    }

    /// The bytes that remove the fields of the kinds `removed` says, each with the whitespace
    /// before it, sorted and merged so that the edits never overlap. The whitespace that
    /// separates the box from the text stays; when the removal begins the text and more follows,
    /// the whitespace after it goes instead (`- [x] ✅ 2025-01-01 #tag` → `- [ ] #tag`).
    func fieldRemovals(_ index: Int, _ fields: TasksFields, _ removed: (TasksFields.Kind) -> Bool) -> [Range<Int>] {
        let text = goals[index].textRange
        var removals: [Range<Int>] = []
        for field in fields.fields.reversed() where removed(field.kind) {
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
