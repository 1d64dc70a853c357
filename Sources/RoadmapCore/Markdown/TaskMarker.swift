/// A task list item marker at the start of a list item's first paragraph (GFM §5.3, extended):
/// `[`, one character, `]`, then whitespace: a space, a tab, a line tabulation or a form feed (GFM
/// 0.29's whitespace on a line). The end of the line is not enough: `- [ ]` alone is literal text
/// for cmark-gfm and GitHub. The character may be any single Unicode scalar but `[`, `]` and
/// control characters, so `[“]` is a state while `[C](url)` (a link) and `[ ]text` (no space)
/// are not tasks.
package struct TaskMarker: Equatable {
    /// Offset of `[`.
    var box: Int
    /// Bytes between the brackets.
    var length: Int
    package var state: GoalState
    /// Offset of the goal's text (after the box and its whitespace).
    package var text: Int

    package static func read(at start: Int, in cursor: LineCursor) -> TaskMarker? {
        let end = cursor.end
        guard cursor.byte(at: start) == ASCII.leftBracket else { return nil }
        let lead = cursor.byte(at: start + 1)
        let length: Int
        switch lead {
        case 0x20...0x7E: length = 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard start + 1 + length < end else { return nil }
        for k in 1..<length where cursor.bytes[start + 1 + k] & 0xC0 != 0x80 { return nil }
        if length == 1 && (lead == ASCII.leftBracket || lead == ASCII.rightBracket) { return nil }
        let close = start + 1 + length
        guard cursor.bytes[close] == ASCII.rightBracket else { return nil }
        let after = close + 1
        guard after < end, ASCII.isLineWhitespace(cursor.bytes[after]) else { return nil }
        var text = after
        while text < end && ASCII.isLineWhitespace(cursor.bytes[text]) { text += 1 }
        let state = length == 1 ? GoalState(marker: lead) : .other
        return TaskMarker(box: start, length: length, state: state, text: text)
    }
}
