/// Due dates written on a goal's line: the Obsidian Tasks signifier `📅 YYYY-MM-DD`.
package enum DueDate {
    /// `📅` (U+1F4C5).
    package static let mark: [UInt8] = [0xF0, 0x9F, 0x93, 0x85]

    /// The first `📅 YYYY-MM-DD` in `range`.
    package static func signified(in bytes: [UInt8], _ range: Range<Int>) -> CivilDate? {
        let end = range.upperBound
        // findByte finds the emoji's lead byte; it runs for every goal, and most have none.
        var i = range.lowerBound
        while i + 4 + 10 <= end {
            guard let lead = bytes.withUnsafeBufferPointer({ p in
                findByte(0xF0, in: p.baseAddress! + i, count: end - i).map { $0 - UnsafeRawPointer(p.baseAddress!) }
            }), lead + 4 + 10 <= end else { return nil }
            i = lead
            if bytes[i + 1] == 0x9F && bytes[i + 2] == 0x93 && bytes[i + 3] == 0x85 {
                var j = i + 4
                while j < end && ASCII.isSpaceOrTab(bytes[j]) { j += 1 }
                if j + 10 <= end, let date = CivilDate(isoBytes: bytes[j..<(j + 10)]) { return date }
            }
            i += 1
        }
        return nil
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
