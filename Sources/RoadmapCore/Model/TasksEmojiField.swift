/// One Tasks field written with its emoji, read from the end of the text backwards, as the
/// plugin's `DefaultTaskSerializer` matches each of its regular expressions against the end of
/// the line: `SYMBOL\uFE0F? *VALUE$`.
enum TasksEmojiField {
    typealias Field = TasksFields.Field

    /// The field that ends at `end`, or nil when the text there is no field.
    static func read(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> Field? {
        // Every field but a tag begins with its symbol, whose first byte is 0xE2 or 0xF0. Text
        // without either (most goals) can end only in a tag: one tight scan instead of the four
        // backward runs below, each of which may read the whole text (`every week` is letters
        // and spaces), which made reading fields a quarter of `status --json` on 10,000 goals.
        guard hasSymbolLead(bytes, lower, end) else { return tagField(bytes, lower, end) }
        if end - lower >= 10, TasksFields.isDateShape(bytes, Range(offsets: end - 10, end)) {
            var i = end - 10
            while i > lower && bytes[i - 1] == ASCII.space { i -= 1 }
            for (kind, marks) in dateMarks {
                for mark in marks {
                    guard let start = emoji(mark, bytes, lower, i) else { continue }
                    let value = Range(offsets: end - 10, end)
                    // A done date must be a real one: `✅ 2021-13-09` is text, which an untick leaves alone.
                    if kind == .done && CivilDate(isoBytes: bytes[value]) == nil { return nil }
                    return Field(kind: kind, form: .emoji, range: Range(offsets: start, end), value: value)
                }
            }
        }
        for mark in priorityMarks {
            if let start = emoji(mark, bytes, lower, end) {
                return Field(kind: .priority, form: .emoji, range: Range(offsets: start, end), value: Range(offsets: start, start + mark.count))
            }
        }
        if let field = run(.recurrence, bytes, lower, end, after: recurrenceMark, of: TasksFields.isRecurrence) { return field }
        if let field = run(.onCompletion, bytes, lower, end, after: onCompletionMark, of: ASCII.isLetter) { return field }
        if let field = run(.id, bytes, lower, end, after: idMark, of: TasksFields.isIdentifier) { return field }
        if let field = run(.dependsOn, bytes, lower, end, after: dependsOnMark, of: { TasksFields.isIdentifier($0) || $0 == 0x2C || $0 == ASCII.space }),
           TasksFields.isIdentifierList(bytes, field.value) {
            return field
        }
        return tagField(bytes, lower, end)
    }

    /// A `#tag` ending at `end`, as a field.
    private static func tagField(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> Field? {
        guard let start = tag(bytes, lower, end) else { return nil }
        return Field(kind: .tag, form: .emoji, range: Range(offsets: start, end), value: Range(offsets: start, end))
    }

    /// Whether a byte of `lower..<end` is 0xE2 or 0xF0, the first byte of every symbol above.
    private static func hasSymbolLead(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> Bool {
        var i = end
        while i > lower {
            i -= 1
            let b = bytes[i]
            if b == 0xE2 || b == 0xF0 { return true }
        }
        return false
    }

    /// Each date kind's symbols, the one the plugin writes first.
    static let dateMarks: [(TasksFields.Kind, [[UInt8]])] = [
        (.done, [[0xE2, 0x9C, 0x85]]),                                   // ✅
        (.cancelled, [[0xE2, 0x9D, 0x8C]]),                              // ❌
        (.due, [[0xF0, 0x9F, 0x93, 0x85], [0xF0, 0x9F, 0x93, 0x86], [0xF0, 0x9F, 0x97, 0x93]]), // 📅 📆 🗓
        (.scheduled, [[0xE2, 0x8F, 0xB3], [0xE2, 0x8C, 0x9B]]),          // ⏳ ⌛
        (.start, [[0xF0, 0x9F, 0x9B, 0xAB]]),                            // 🛫
        (.created, [[0xE2, 0x9E, 0x95]]),                                // ➕
    ]
    /// 🔺 ⏫ 🔼 🔽 ⏬: highest to lowest.
    static let priorityMarks: [[UInt8]] = [[0xF0, 0x9F, 0x94, 0xBA], [0xE2, 0x8F, 0xAB], [0xF0, 0x9F, 0x94, 0xBC],
                                           [0xF0, 0x9F, 0x94, 0xBD], [0xE2, 0x8F, 0xAC]]
    /// 🔁
    static let recurrenceMark: [UInt8] = [0xF0, 0x9F, 0x94, 0x81]
    /// 🏁
    static let onCompletionMark: [UInt8] = [0xF0, 0x9F, 0x8F, 0x81]
    /// 🆔
    static let idMark: [UInt8] = [0xF0, 0x9F, 0x86, 0x94]
    /// ⛔
    static let dependsOnMark: [UInt8] = [0xE2, 0x9B, 0x94]

    /// The symbol the plugin writes for a date kind.
    static func mark(_ kind: TasksFields.Kind) -> [UInt8]? {
        dateMarks.first { $0.0 == kind }?.1[0]
    }

    /// The symbol the plugin writes for a kind that is written with one (not a priority or tag).
    static func symbol(_ kind: TasksFields.Kind) -> [UInt8] {
        switch kind {
        case .recurrence: recurrenceMark
        case .onCompletion: onCompletionMark
        case .id: idMark
        case .dependsOn: dependsOnMark
        default: mark(kind) ?? []
        }
    }

    /// `mark`, with an optional variation selector U+FE0F after it, ending at `end`: where it starts.
    static func emoji(_ mark: [UInt8], _ bytes: [UInt8], _ lower: Int, _ end: Int) -> Int? {
        var i = end
        if i - lower >= 3 && bytes[i - 3] == 0xEF && bytes[i - 2] == 0xB8 && bytes[i - 1] == 0x8F { i -= 3 }
        guard i - lower >= mark.count, bytes[(i - mark.count)..<i].elementsEqual(mark) else { return nil }
        return i - mark.count
    }

    /// `mark`, spaces, then at least one byte of `member` up to `end`.
    private static func run(_ kind: TasksFields.Kind, _ bytes: [UInt8], _ lower: Int, _ end: Int, after mark: [UInt8],
                            of member: (UInt8) -> Bool) -> Field? {
        var i = end
        while i > lower && member(bytes[i - 1]) { i -= 1 }
        var valueStart = i
        while i > lower && bytes[i - 1] == ASCII.space { i -= 1 }
        guard valueStart < end, let start = emoji(mark, bytes, lower, i) else { return nil }
        while valueStart < end && bytes[valueStart] == ASCII.space { valueStart += 1 }
        guard valueStart < end else { return nil }
        return Field(kind: kind, form: .emoji, range: Range(offsets: start, end), value: Range(offsets: valueStart, end))
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
}
