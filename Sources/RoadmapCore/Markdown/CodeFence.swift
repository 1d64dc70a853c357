/// A fenced code block's opening or closing fence (CommonMark §4.5): three or more backticks or
/// tildes; a backtick fence's info string may not contain a backtick; a closing fence uses the same
/// character, is at least as long, and has nothing after it but spaces and tabs.
struct CodeFence {
    var character: UInt8
    var length: Int

    static func readOpening(at cursor: LineCursor) -> CodeFence? {
        guard cursor.indent < 4 else { return nil }
        let start = cursor.firstNonspace
        let c = cursor.byte(at: start)
        guard c == ASCII.backtick || c == ASCII.tilde else { return nil }
        var i = start
        while i < cursor.end && cursor.bytes[i] == c { i += 1 }
        let length = i - start
        guard length >= 3 else { return nil }
        if c == ASCII.backtick {
            while i < cursor.end {
                if cursor.bytes[i] == ASCII.backtick { return nil }
                i += 1
            }
        }
        return CodeFence(character: c, length: length)
    }

    func isClosed(by cursor: LineCursor) -> Bool {
        guard cursor.indent < 4 else { return false }
        var i = cursor.firstNonspace
        while i < cursor.end && cursor.bytes[i] == character { i += 1 }
        guard i - cursor.firstNonspace >= length else { return false }
        while i < cursor.end {
            if !ASCII.isSpaceOrTab(cursor.bytes[i]) { return false }
            i += 1
        }
        return true
    }
}
