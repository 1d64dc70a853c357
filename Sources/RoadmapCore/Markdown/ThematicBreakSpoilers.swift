extension ThematicBreak {
    /// A quick "no" for `isThematicBreak`, kept per line: for each of `-`, `*` and `_`, the last
    /// byte of the line that is neither that character nor a space or tab. A break starting before
    /// it is impossible.
    ///
    /// Why: `isThematicBreak` scans to the end of the line, and a line of nested list markers
    /// (`- - - - … [ ] x`, one container per marker) asks it at every marker: quadratic, minutes
    /// for a 1 MB line. With this each ask is constant time, and the full scan runs only where the
    /// rest of the line is all break characters, which ends the line or leaves fewer than three.
    struct Spoilers {
        private var lineStart = -1
        private var last: (minus: Int, star: Int, underscore: Int) = (-1, -1, -1)

        mutating func ruleOut(_ cursor: LineCursor) -> Bool {
            let start = cursor.firstNonspace
            // A list item (`- [ ] …`, `* text`) is ruled out by the next byte that is not a space
            // or tab: a break needs the same character again. Looked at over a few bytes only,
            // so the per-line search below stays the only unbounded one.
            let c = cursor.byte(at: start)
            let limit = min(cursor.end, start + 16)
            var i = start + 1
            while i < limit && ASCII.isSpaceOrTab(cursor.bytes[i]) { i += 1 }
            if i < limit && cursor.bytes[i] != c { return true }
            if lineStart != cursor.line.start { find(cursor) }
            switch c {
            case ASCII.minus: return last.minus > start
            case ASCII.star: return last.star > start
            case ASCII.underscore: return last.underscore > start
            default: return true
            }
        }

        private mutating func find(_ cursor: LineCursor) {
            lineStart = cursor.line.start
            last = (-1, -1, -1)
            var i = cursor.end - 1
            while i >= lineStart && (last.minus < 0 || last.star < 0 || last.underscore < 0) {
                let b = cursor.bytes[i]
                if !ASCII.isSpaceOrTab(b) {
                    if last.minus < 0 && b != ASCII.minus { last.minus = i }
                    if last.star < 0 && b != ASCII.star { last.star = i }
                    if last.underscore < 0 && b != ASCII.underscore { last.underscore = i }
                }
                i -= 1
            }
        }
    }
}
