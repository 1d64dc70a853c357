/// A goal as the journal names it (`#3 Beta`, `phase-1.md #3 Beta` for a plan's other file), in
/// the words `log`, `undo` and `redo` use: by its text, and the number it had when the change
/// was made, said as such (`Beta (goal 3 at the time)`): numbers shift when goals are added
/// above, so today's `#3` may be another goal (issue 25, item 6).
public enum JournaledGoal {
    /// `Beta (goal 3 at the time)`, `Beta (goal 3 of phase-1.md at the time)`; a name not in the
    /// journal's form, as it is.
    public static func words(_ recorded: String) -> String {
        let bytes = Array(recorded.utf8)
        // The `#N ` that starts the name, or follows its file's path and a space.
        var start = 0
        while start < bytes.count {
            if bytes[start] == ASCII.hash, start == 0 || bytes[start - 1] == ASCII.space {
                var end = start + 1
                while end < bytes.count, ASCII.isDigit(bytes[end]) { end += 1 }
                if end > start + 1, end < bytes.count, bytes[end] == ASCII.space {
                    let number = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
                    let text = String(decoding: bytes[(end + 1)...], as: UTF8.self)
                    let file = start == 0 ? "" : " of " + String(decoding: bytes[..<(start - 1)], as: UTF8.self)
                    return "\(text) (goal \(number)\(file) at the time)"
                }
            }
            start += 1
        }
        return recorded
    }
}
