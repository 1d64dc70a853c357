/// Due dates written on a goal's line: the Obsidian Tasks due date (`📅 YYYY-MM-DD`, see `TasksFields`).
package enum DueDate {
    /// `📅` (U+1F4C5).
    package static let mark: [UInt8] = [0xF0, 0x9F, 0x93, 0x85]

    /// The due date of the goal text in `range`, read as Obsidian Tasks reads it (`TasksFields`:
    /// `📅`/`📆`/`🗓` or `[due:: …]` among the fields at the end of the line).
    package static func signified(in bytes: [UInt8], _ range: Range<Int>) -> CivilDate? {
        guard let field = TasksFields(bytes, text: range).field(.due) else { return nil }
        return CivilDate(isoBytes: bytes[field.value])
    }

    /// The first `YYYY-MM-DD` anywhere in `range` (a field's value like `2026-01-15 (Monday)`).
    public static func first(in bytes: [UInt8], _ range: Range<Int>) -> CivilDate? {
        var i = range.lowerBound
        while i + 10 <= range.upperBound {
            if ASCII.isDigit(bytes[i]) && bytes[i + 4] == ASCII.minus && (i == range.lowerBound || !ASCII.isDigit(bytes[i - 1])),
               let date = CivilDate(isoBytes: bytes[i..<(i + 10)]),
               i + 10 == range.upperBound || !ASCII.isDigit(bytes[i + 10]) {
                return date
            }
            i += 1
        }
        return nil
    }
}
