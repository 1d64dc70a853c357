/// An ATX heading line (`## Title ##`, CommonMark §4.2): its level and the byte range of its text,
/// with the optional closing sequence and surrounding spaces left out.
struct ATXHeading {
    var level: Int
    var text: Range<Int>

    static func read(at cursor: LineCursor) -> ATXHeading? {
        guard cursor.indent < 4 else { return nil }
        var i = cursor.firstNonspace
        let start = i
        while i < cursor.end && cursor.bytes[i] == ASCII.hash && i - start < 7 { i += 1 }
        let level = i - start
        guard level >= 1 && level <= 6 else { return nil }
        guard i == cursor.end || ASCII.isSpaceOrTab(cursor.bytes[i]) else { return nil }
        while i < cursor.end && ASCII.isSpaceOrTab(cursor.bytes[i]) { i += 1 }
        var end = cursor.end
        while end > i && ASCII.isSpaceOrTab(cursor.bytes[end - 1]) { end -= 1 }
        // An optional closing sequence of #s, which must be preceded by a space (or be all there is).
        var hashes = end
        while hashes > i && cursor.bytes[hashes - 1] == ASCII.hash { hashes -= 1 }
        if hashes < end && (hashes == i || ASCII.isSpaceOrTab(cursor.bytes[hashes - 1])) {
            end = hashes
            while end > i && ASCII.isSpaceOrTab(cursor.bytes[end - 1]) { end -= 1 }
        }
        return ATXHeading(level: level, text: Range(offsets: i, max(i, end)))
    }
}

/// A setext underline (`===` makes level 1, `---` level 2), CommonMark §4.3.
enum SetextUnderline {
    static func read(at cursor: LineCursor) -> Int? {
        guard cursor.indent < 4 else { return nil }
        var i = cursor.firstNonspace
        let c = cursor.byte(at: i)
        guard c == ASCII.equals || c == ASCII.minus else { return nil }
        while i < cursor.end && cursor.bytes[i] == c { i += 1 }
        while i < cursor.end && ASCII.isSpaceOrTab(cursor.bytes[i]) { i += 1 }
        guard i == cursor.end else { return nil }
        return c == ASCII.equals ? 1 : 2
    }
}

/// `***`, `---`, `___` with optional spaces between (CommonMark §4.1).
enum ThematicBreak {
    static func isThematicBreak(_ cursor: LineCursor) -> Bool {
        guard cursor.indent < 4 else { return false }
        let c = cursor.byte(at: cursor.firstNonspace)
        guard c == ASCII.star || c == ASCII.minus || c == ASCII.underscore else { return false }
        var count = 0
        var i = cursor.firstNonspace
        while i < cursor.end {
            let b = cursor.bytes[i]
            if b == c { count += 1 } else if !ASCII.isSpaceOrTab(b) { return false }
            i += 1
        }
        return count >= 3
    }
}
