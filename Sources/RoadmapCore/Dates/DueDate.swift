/// Due dates written on a goal's line: the Obsidian Tasks due date (`📅 YYYY-MM-DD`, see `TasksFields`).
package enum DueDate {
    /// `📅` (U+1F4C5).
    package static let mark: [UInt8] = [0xF0, 0x9F, 0x93, 0x85]

    /// The due date of the goal text in `range`, read as Obsidian Tasks reads it (`TasksFields`:
    /// `📅`/`📆`/`🗓` or `[due:: …]` among the fields at the end of the line).
    package static func signified(in bytes: [UInt8], _ range: Range<Int>) -> CivilDate? {
        // The schedule asks this of every goal; most have no field at all (issue 28: 79M of the
        // 163M the schedule spent on L's 100,000 goals was reading fields that were not there).
        guard mayHoldDueField(bytes, range) else { return nil }
        return fieldDate(in: bytes, range)
    }

    /// The general reading, without the check `signified` makes first (its tests compare the two).
    static func fieldDate(in bytes: [UInt8], _ range: Range<Int>) -> CivilDate? {
        guard let field = TasksFields(bytes, text: range).field(.due) else { return nil }
        return CivilDate(isoBytes: bytes[field.value])
    }

    /// Whether `range` holds a 0xF0 or a colon: every due symbol (`📅 📆 🗓`) begins with 0xF0 and
    /// the Dataview form needs `due::`, so text with neither has no due field. Eight bytes a step,
    /// each compared to both by the zero-byte test; only a word that may hold one is looked at
    /// byte by byte.
    static func mayHoldDueField(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, range.lowerBound >= 0, range.upperBound <= buffer.count else { return false }
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            var i = range.lowerBound
            let end = range.upperBound
            while end - i >= 8 {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let a = w ^ (ones &* 0xF0), b = w ^ (ones &* 0x3A)
                if ((a &- ones) & ~a | (b &- ones) & ~b) & highs != 0 { break }
                i += 8
            }
            while i < end {
                if base[i] == 0xF0 || base[i] == ASCII.colon { return true }
                i += 1
            }
            return false
        }
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
