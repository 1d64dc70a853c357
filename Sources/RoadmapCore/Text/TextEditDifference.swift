extension TextEdit {
    /// The one edit that turns `old` into `new`: everything between their common start and their
    /// common end. For callers that computed whole new bytes rather than edits; it re-applies to a
    /// changed file only when it lies within one line (see `rebased(from:onto:)`).
    public static func difference(from old: [UInt8], to new: [UInt8]) -> [TextEdit] {
        guard old != new else { return [] }
        var prefix = 0
        let shorter = Swift.min(old.count, new.count)
        while prefix < shorter && old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < shorter - prefix && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        return [TextEdit(range: prefix..<(old.count - suffix), replacement: Array(new[prefix..<(new.count - suffix)]))]
    }
}
