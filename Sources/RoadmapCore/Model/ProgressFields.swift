/// The progress fields of a goal's line (issue 27), read from the end of its text backwards as
/// `TasksFields` reads the plugin's, and among them in any order:
/// - a count: `(120/300)`, after whitespace, or the Dataview field `[count:: 120/300]`;
/// - time spent: `⏱ 12.5h` (U+23F1, the variation selector and the space optional) or
///   `[spent:: 12.5h]`; an estimate: `[estimate:: 40h]` (see `WorkTime` for the values);
/// - a habit: `[habit:: 3/week]` (see `HabitRule`);
/// - a refresher's date: `🔄 2027-01-12` or `🔄 off` (U+1F504, digits and dashes or `off` after
///   it), or `[recall:: 2027-01-12]` with any value (see `RecallMark`: an unreadable one is still
///   the field, so that lint can name it).
/// Dataview fields may use round brackets too, `(count:: 1/3)`, with spaces inside. Tasks fields
/// between them are passed over (`(3/5) 📅 2027-01-01` and `📅 2027-01-01 [count:: 3/5]` both
/// read); reading stops at the first thing that is neither, so a count in the middle of the text
/// (`Read chapters (1/2) of the book`) is text.
package struct ProgressFields {
    /// What a field says.
    package enum Kind: Equatable, Sendable { case count, spent, estimate, habit, recall }

    /// One field on the line.
    package struct Field: Equatable, Sendable {
        /// What it says.
        package let kind: Kind
        /// Written as text (`(1/3)`, `⏱ 2h`) or as a Dataview field.
        package let dataview: Bool
        /// The field's bytes.
        package let range: Range<Int>
        /// Its value's bytes: `120/300`, `12.5h`.
        package let value: Range<Int>
    }

    /// The fields, last first.
    package private(set) var fields: [Field] = []
    /// Where the text before every field, progress and Tasks, ends (its trailing whitespace left out).
    package private(set) var descriptionEnd: Int
    /// Where the text before the Tasks fields ends, as `TasksFields` reads it: a progress field
    /// written after the others would go here, before the first Tasks field.
    package let tasksStart: Int

    init(_ bytes: [UInt8], text: Range<Int>) {
        let tasks = TasksFields(bytes, text: text)
        tasksStart = tasks.descriptionEnd
        let lower = text.lowerBound
        var end = tasks.descriptionEnd
        while end > lower {
            if let field = ProgressFields.read(bytes, lower, end) {
                fields.append(field)
                end = TasksFields.trimmed(bytes, lower, field.range.lowerBound)
            } else if let field = TasksEmojiField.read(bytes, lower, end) ?? TasksDataviewField.read(bytes, lower, end) {
                end = TasksFields.trimmed(bytes, lower, field.range.lowerBound)
            } else {
                break
            }
        }
        descriptionEnd = fields.isEmpty ? tasks.descriptionEnd : end
    }

    /// The field of a kind nearest the description, as `TasksFields.field(_:)` takes it.
    package func field(_ kind: Kind) -> Field? {
        fields.last { $0.kind == kind }
    }

    /// ⏱ (U+23F1).
    static let stopwatch: [UInt8] = [0xE2, 0x8F, 0xB1]

    private static func read(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> Field? {
        guard end > lower else { return nil }
        if let field = dataview(bytes, lower, end) { return field }
        if bytes[end - 1] == ASCII.rightParen { return countInParentheses(bytes, lower, end) }
        return stopwatchField(bytes, lower, end) ?? recallField(bytes, lower, end)
    }

    /// 🔄 (U+1F504).
    static let recallSymbol: [UInt8] = [0xF0, 0x9F, 0x94, 0x84]

    /// `🔄 2027-01-12` or `🔄 off` ending at `end`: digits and dashes (an unreadable date too, for
    /// lint) or `off`, then spaces, then the symbol (with U+FE0F or not). Words after the symbol
    /// (`🔄 Loops`) are text: the symbol is also a decoration.
    private static func recallField(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> Field? {
        var i = end
        if end - lower >= 3 && bytes[(end - 3)..<end].elementsEqual("off".utf8) {
            i = end - 3
        } else {
            while i > lower && end - i < 24 && (ASCII.isDigit(bytes[i - 1]) || bytes[i - 1] == ASCII.minus) { i -= 1 }
        }
        let value = Range(offsets: i, end)
        guard !value.isEmpty else { return nil }
        while i > lower && bytes[i - 1] == ASCII.space { i -= 1 }
        guard let start = TasksEmojiField.emoji(recallSymbol, bytes, lower, i) else { return nil }
        return Field(kind: .recall, dataview: false, range: Range(offsets: start, end), value: value)
    }

    /// `(N/M)` ending at `end`, after whitespace or at the start of the text.
    private static func countInParentheses(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> Field? {
        var open = end - 1
        while open > lower && bytes[open - 1] != ASCII.leftParen && end - open < 24 { open -= 1 }
        guard open > lower, bytes[open - 1] == ASCII.leftParen else { return nil }
        let start = open - 1
        guard start == lower || ASCII.isLineWhitespace(bytes[start - 1]) else { return nil }
        let value = Range(offsets: open, end - 1)
        guard GoalCount(bytes[value]) != nil else { return nil }
        return Field(kind: .count, dataview: false, range: Range(offsets: start, end), value: value)
    }

    /// `⏱ 12.5h` ending at `end`: a time, then spaces, then the symbol (with U+FE0F or not).
    private static func stopwatchField(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> Field? {
        var i = end
        while i > lower && end - i < 24 && (ASCII.isDigit(bytes[i - 1]) || bytes[i - 1] == ASCII.dot || bytes[i - 1] == 0x68 || bytes[i - 1] == 0x6D) { i -= 1 }
        let value = Range(offsets: i, end)
        guard !value.isEmpty, WorkTime.minutes(bytes[value]) != nil else { return nil }
        while i > lower && bytes[i - 1] == ASCII.space { i -= 1 }
        guard let start = TasksEmojiField.emoji(stopwatch, bytes, lower, i) else { return nil }
        return Field(kind: .spent, dataview: false, range: Range(offsets: start, end), value: value)
    }

    private static let keys: [([UInt8], Kind)] = [(Array("count".utf8), .count), (Array("spent".utf8), .spent),
                                                  (Array("estimate".utf8), .estimate), (Array("habit".utf8), .habit),
                                                  (Array("recall".utf8), .recall)]

    /// `[key:: value]` or `(key:: value)` of one of `keys`, with a valid value.
    private static func dataview(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> Field? {
        let closer = bytes[end - 1]
        guard closer == ASCII.rightBracket || closer == ASCII.rightParen else { return nil }
        let opener = closer == ASCII.rightBracket ? ASCII.leftBracket : ASCII.leftParen
        var open = end - 1
        while open > lower && bytes[open - 1] != opener && bytes[open - 1] != closer && end - open < 64 { open -= 1 }
        guard open > lower, bytes[open - 1] == opener else { return nil }
        var lo = open, hi = end - 1
        while lo < hi && bytes[lo] == ASCII.space { lo += 1 }
        while hi > lo && bytes[hi - 1] == ASCII.space { hi -= 1 }
        for (key, kind) in keys {
            let colons = lo + key.count
            guard hi - lo > key.count + 2, bytes[lo..<colons].elementsEqual(key),
                  bytes[colons] == ASCII.colon, bytes[colons + 1] == ASCII.colon else { continue }
            var v = colons + 2
            while v < hi && bytes[v] == ASCII.space { v += 1 }
            let value = Range(offsets: v, hi)
            let valid = switch kind {
            case .count: GoalCount(bytes[value]) != nil
            case .habit: HabitRule(bytes[value]) != nil
            case .spent, .estimate: WorkTime.minutes(bytes[value]) != nil
            case .recall: true
            }
            guard valid else { return nil }
            return Field(kind: kind, dataview: true, range: Range(offsets: open - 1, end), value: value)
        }
        return nil
    }
}

/// A count and its target, `120/300`: digits only, at most nine each, the target above zero.
public struct GoalCount: Equatable, Sendable {
    /// How many are done: 120.
    public var done: Int
    /// How many the goal asks for: 300.
    public var target: Int

    /// A count of `done` out of `target`.
    public init(done: Int, target: Int) {
        self.done = done
        self.target = target
    }

    /// Reads `N/M`; nil for anything else.
    package init?(_ text: ArraySlice<UInt8>) {
        guard let slash = text.firstIndex(of: ASCII.slash),
              let done = GoalCount.number(text[text.startIndex..<slash]),
              let target = GoalCount.number(text[(slash + 1)...]), target > 0 else { return nil }
        self.init(done: done, target: target)
    }

    /// The part of one goal it stands for, in millionths, below one whole goal even at or over
    /// the target: only a tick makes a goal done, so 100% still means every goal is ticked.
    package var millionths: Int { Swift.min(999_999, done * 1_000_000 / target) }

    /// Digits only, one to nine of them: a count's number.
    package static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(ASCII.isDigit) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - ASCII.zero) }
    }
}
