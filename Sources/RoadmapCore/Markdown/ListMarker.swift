/// A list item marker: `-`, `*`, `+`, or 1–9 digits followed by `.` or `)`
/// (CommonMark §5.2), read at the cursor's first non-space byte.
struct ListMarker {
    enum Kind: Equatable { case bullet(UInt8), ordered(UInt8) }
    var kind: Kind
    /// Bytes taken by the marker itself (`-` is 1, `10.` is 3).
    var width: Int

    /// `interruptsParagraph`: the line would otherwise continue a paragraph, so an empty item or an
    /// ordered list not starting at 1 cannot begin here.
    static func read(at cursor: LineCursor, interruptsParagraph: Bool) -> ListMarker? {
        let start = cursor.firstNonspace
        var pos = start
        let first = cursor.byte(at: pos)
        let kind: Kind
        if first == ASCII.minus || first == ASCII.star || first == ASCII.plus {
            pos += 1
            kind = .bullet(first)
        } else if ASCII.isDigit(first) {
            var value = 0
            var digits = 0
            while digits < 9 && ASCII.isDigit(cursor.byte(at: pos)) {
                value = value * 10 + Int(cursor.byte(at: pos) - ASCII.zero)
                pos += 1
                digits += 1
            }
            if interruptsParagraph && value != 1 { return nil }
            let delimiter = cursor.byte(at: pos)
            guard delimiter == ASCII.dot || delimiter == ASCII.rightParen else { return nil }
            pos += 1
            kind = .ordered(delimiter)
        } else {
            return nil
        }
        guard ASCII.isWhitespace(cursor.byte(at: pos)) else { return nil }
        if interruptsParagraph {
            var i = pos
            while ASCII.isSpaceOrTab(cursor.byte(at: i)) { i += 1 }
            if i >= cursor.end { return nil }
        }
        return ListMarker(kind: kind, width: pos - start)
    }
}
