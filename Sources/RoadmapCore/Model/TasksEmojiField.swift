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
            if let found = dateMark(bytes, lower, i) {
                let (kind, start) = found
                let value = Range(offsets: end - 10, end)
                // A done date must be a real one: `✅ 2021-13-09` is text, which an untick leaves alone.
                if kind == .done && CivilDate(isoBytes: bytes[value]) == nil { return nil }
                return Field(kind: kind, form: .emoji, range: Range(offsets: start, end), value: value)
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
    /// Eight bytes a step: only a word with a byte of 0xE0 or more (its top three bits set) is
    /// looked at byte by byte, so ASCII text costs about an instruction a byte, not four; every
    /// field read asks again, and a goal with three dates read its text four times.
    static func hasSymbolLead(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, lower < end else { return false }
            var i = lower
            while end - i >= 8 {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // Bit 7 of a byte, shifted words' bits 6 and 5 of the same byte: never another byte's.
                if w & (w << 1) & (w << 2) & 0x8080_8080_8080_8080 != 0 {
                    for k in i..<(i + 8) where base[k] == 0xE2 || base[k] == 0xF0 { return true }
                }
                i += 8
            }
            while i < end {
                if base[i] == 0xE2 || base[i] == 0xF0 { return true }
                i += 1
            }
            return false
        }
    }

    /// The date symbol (`dateMarks`) ending at `end`, with an optional variation selector after
    /// it: its kind and where it starts. One look at the last bytes instead of nine comparisons of
    /// arrays: the three-byte symbols begin with 0xE2 and the four-byte ones end in three bytes
    /// beginning 0x9F, so at most one symbol can end there and the order of `dateMarks` (which
    /// `dateMarkMatchesTheList` checks this against) does not matter.
    static func dateMark(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> (TasksFields.Kind, Int)? {
        var i = end
        if i - lower >= 3 && bytes[i - 3] == 0xEF && bytes[i - 2] == 0xB8 && bytes[i - 1] == 0x8F { i -= 3 }
        guard i - lower >= 3 else { return nil }
        let last3 = UInt32(bytes[i - 3]) << 16 | UInt32(bytes[i - 2]) << 8 | UInt32(bytes[i - 1])
        switch last3 {
        case 0xE2_9C85: return (.done, i - 3)
        case 0xE2_9D8C: return (.cancelled, i - 3)
        case 0xE2_8FB3, 0xE2_8C9B: return (.scheduled, i - 3)
        case 0xE2_9E95: return (.created, i - 3)
        case 0x9F_9385, 0x9F_9386, 0x9F_9793:
            return i - lower >= 4 && bytes[i - 4] == 0xF0 ? (.due, i - 4) : nil
        case 0x9F_9BAB:
            return i - lower >= 4 && bytes[i - 4] == 0xF0 ? (.start, i - 4) : nil
        default: return nil
        }
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
