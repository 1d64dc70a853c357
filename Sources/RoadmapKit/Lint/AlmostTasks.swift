/// Boxes that are almost tasks and so are not goals: `- []`, `- [ x]`, `-[ ] x`, `- [ ]text`.
/// Only the state characters people write (`space x X / -`) count, so links like `- [C](url)`
/// and references like `- [1]` are left alone.
enum AlmostTasks {
    static func findings(_ input: LintInput) -> [LintFinding] {
        let bytes = input.roadmap.bytes
        var found: [LintFinding] = []
        // A glued `-[ ]` line is caught even where it continues a paragraph: written in a run, each
        // one after the first continues the paragraph the first began.
        for facts in input.textLines where facts.role == .paragraph && facts.goal < 0 {
            let content = Array(bytes[facts.contentStart..<facts.span.contentEnd])
            if let (message, fix) = facts.startsListItem ? afterMarker(content) : beforeBox(content) {
                // The repair, found relative to the content, as edits of the file.
                let edits = fix.map { TextEdit(range: facts.contentStart + $0.range.lowerBound..<facts.contentStart + $0.range.upperBound,
                                               replacement: $0.replacement) }
                found.append(LintFinding(line: facts.number, kind: .almostTask, message: message, fix: edits))
            }
        }
        return found
    }

    private static let states: [UInt8] = [ASCII.space, ASCII.x, ASCII.X, ASCII.slash, ASCII.minus]

    /// An item's text that starts with a box a task list does not read, and the edit (relative to
    /// the text) that make it one: the box's inside made one character, a space after it.
    private static func afterMarker(_ c: [UInt8]) -> (String, [TextEdit])? {
        guard c.first == ASCII.leftBracket, let close = c.prefix(6).firstIndex(of: ASCII.rightBracket) else { return nil }
        let inside = c[1..<close]
        let next = close + 1 < c.count ? c[close + 1] : nil
        guard next != ASCII.leftParen, next != ASCII.leftBracket, next != ASCII.colon else { return nil }
        let glued = next.map { !ASCII.isSpaceOrTab($0) } ?? false
        // `[X ]e` has both faults: the one repair mends both, the message names the first.
        let space = glued ? [TextEdit(range: close + 1..<close + 1, replacement: [ASCII.space])] : []
        if inside.isEmpty {
            return ("'[]' is not a task box; write '[ ]' (a space between the brackets)", [TextEdit(range: 1..<1, replacement: [ASCII.space])] + space)
        }
        guard inside.allSatisfy({ states.contains($0) }) else { return nil }
        let box = String(decoding: c[...close], as: UTF8.self)
        if inside.count > 1 {
            let state = inside.first { $0 != ASCII.space } ?? ASCII.space
            return ("'\(box)' is not a task box (one character between the brackets); write '[\(String(UnicodeScalar(state)))]'",
                    [TextEdit(range: 1..<close, replacement: [state])] + space)
        }
        if glued {
            return ("'\(box)' needs a space after it to be a task: '\(box) \(String(decoding: c[(close + 1)...].prefix(20), as: UTF8.self))…'",
                    space)
        }
        return nil
    }

    /// A paragraph that starts with a list marker glued to a box: `-[ ] x`, `1.[ ] x`; the repair
    /// is a space between them.
    private static func beforeBox(_ c: [UInt8]) -> (String, [TextEdit])? {
        var i = 0
        if let first = c.first, first == ASCII.minus || first == ASCII.star || first == ASCII.plus {
            i = 1
        } else {
            while i < c.count && i < 9 && ASCII.isDigit(c[i]) { i += 1 }
            guard i > 0, i < c.count, c[i] == ASCII.dot || c[i] == ASCII.rightParen else { return nil }
            i += 1
        }
        guard i + 2 < c.count, c[i] == ASCII.leftBracket, states.contains(c[i + 1]), c[i + 2] == ASCII.rightBracket else { return nil }
        let marker = String(decoding: c[..<i], as: UTF8.self)
        return ("'\(marker)\(String(decoding: c[i...(i + 2)], as: UTF8.self))' needs a space after '\(marker)' to be a task",
                [TextEdit(range: i..<i, replacement: [ASCII.space])])
    }
}
