import RoadmapCore

/// Widths measured in terminal columns (CJK and emoji take two, a control the width of its visible
/// escape, a colour mark none), so columns line up with non-ASCII text; and text cut, padded and
/// wrapped to them.
public enum Columns {
    /// Terminal columns taken by `s` once the console has rendered it: a colour mark takes none,
    /// a control the width of its visible escape.
    public static func width(_ s: String) -> Int {
        printableASCIIWidth(s) ?? scalarWidth(s)
    }

    /// The width of text that is all printable ASCII, one column a byte; nil for any other text.
    /// Most of what `status` lines up is (labels, counts): measured scalar by scalar, with a
    /// look-up of Unicode properties each, its 2,000 rows on L cost 25M instructions (issue 28).
    static func printableASCIIWidth(_ s: String) -> Int? {
        var count = 0
        for b in s.utf8 {
            guard b >= 0x20 && b < 0x7F else { return nil }
            count += 1
        }
        return count
    }

    /// The general measure of `width(_:)`, scalar by scalar (its tests compare the two).
    static func scalarWidth(_ s: String) -> Int {
        // A U+E000 that opens no mark (a file may hold one) stays: measured again, such text
        // recursed until the stack ran out, and `status` crashed on a goal holding one.
        if s.unicodeScalars.contains("\u{E000}") {
            let unmarked = TerminalText.withoutMarks(s)
            if unmarked != s { return width(unmarked) }
        }
        var total = 0
        for scalar in s.unicodeScalars { total += width(scalar) }
        return total
    }

    /// Terminal columns taken by one scalar as the console renders it.
    public static func width(_ c: Unicode.Scalar) -> Int {
        let v = c.value
        if v == 0x0A || v == 0x09 { return 0 }
        if v == 0x1B { return 2 }                                // `\e`
        if c.isControlCharacter { return 4 }                    // `\x9b`
        if v < 0x300 { return 1 }
        let p = c.properties
        if p.generalCategory == .nonspacingMark || p.generalCategory == .enclosingMark || p.generalCategory == .format
            || (0xFE00...0xFE0F).contains(v) || v == 0x200D { return 0 }
        if p.isEmojiPresentation { return 2 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// `s` cut to at most `limit` columns, with `…` when cut.
    public static func truncate(_ s: String, to limit: Int) -> String {
        guard width(s) > limit else { return s }
        guard limit > 1 else { return limit == 1 ? "…" : "" }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in s.unicodeScalars {
            let w = width(scalar)
            if used + w > limit - 1 { break }
            out.append(scalar)
            used += w
        }
        return String(out) + "…"
    }

    /// `s` cut to at most `limit` columns in its middle, with `…`: its last `end` columns are kept
    /// (as much of them as leaves one column of the start), the start fills what is left. For
    /// labels whose end is what tells them apart (`Project 4: … › Repository`).
    public static func truncateMiddle(_ s: String, to limit: Int, keeping end: Int) -> String {
        guard width(s) > limit else { return s }
        guard limit > 2 else { return truncate(s, to: limit) }
        let scalars = Array(s.unicodeScalars)
        var tail = scalars.endIndex
        var tailWidth = 0
        while tail > scalars.startIndex {
            let w = width(scalars[tail - 1])
            if tailWidth + w > min(end, limit - 2) { break }
            tail -= 1
            tailWidth += w
        }
        // A mark or accent at the cut belongs to the character before it; start the tail after it.
        while tail < scalars.endIndex && width(scalars[tail]) == 0 { tail += 1 }
        var head = String.UnicodeScalarView()
        var used = 0
        for scalar in scalars[..<tail] {
            let w = width(scalar)
            if used + w > limit - 1 - tailWidth { break }
            head.append(scalar)
            used += w
        }
        return String(head) + "…" + String(String.UnicodeScalarView(scalars[tail...]))
    }

    /// `text` broken at spaces into lines of at most `limit` columns, the lines after the first
    /// indented by `indent` spaces (a word longer than a line stays whole).
    public static func wrap(_ text: String, to limit: Int, indent: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        var started = false
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            // `width`, not a count that skips `ESC [ … m`: colours are marks, which take no column.
            let w = width(word)
            if !started {
                (line, used, started) = (word, w, true)
            } else if used + 1 + w > limit && used > indent && !word.isEmpty {
                lines.append(line)
                (line, used) = (String(repeating: " ", count: indent) + word, indent + w)
            } else {
                line += " " + word
                used += 1 + w
            }
        }
        lines.append(line)
        return lines
    }

    /// `s` padded with spaces to `columns`.
    public static func pad(_ s: String, to columns: Int) -> String {
        let w = width(s)
        return w >= columns ? s : s + String(repeating: " ", count: columns - w)
    }

    /// `s` padded on the left with spaces to `columns` (numbers in a column).
    public static func padLeft(_ s: String, to columns: Int) -> String {
        let w = width(s)
        return w >= columns ? s : String(repeating: " ", count: columns - w) + s
    }
}
