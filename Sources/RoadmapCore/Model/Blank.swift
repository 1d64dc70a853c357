/// Fill-in placeholders: what a template leaves for its reader to fill in.
///
/// A *blank token* is a run of three or more `_`, a date pattern (`YYYY-MM-DD`, `YYYY-MM`,
/// `MM/DD/YYYY`, `DD/MM/YYYY`), a bracketed placeholder (`[Name]`, `[YYYY-MM-DD HH:MM UTC]`; not a
/// link `[a](b)`, a reference `[a][b]` or a box `[ ]`), or `TBD`.
///
/// A value is *blank* when it holds at least one token and nothing else but spaces, punctuation
/// (`$ % / - – , . ( ) : ~ + *`) and digits right after a `/` (the `30` of `____ / 30`). So
/// `$____ - $____`, `___%`, `____ / 30` and `YYYY-MM-DD` are blank; `$120K - $____` is partly
/// filled and counts as filled, as does any value with words in it.
package enum Blank {
    /// The blank tokens in `range`, in order.
    package static func tokens(in bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if let token = token(at: i, in: bytes, end: end) {
                found.append(token)
                i = token.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether the value in `range` is unfilled (see the type's documentation).
    public static func isBlank(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        let end = range.upperBound
        var sawToken = false
        var afterSlash = false
        while i < end {
            if let token = token(at: i, in: bytes, end: end) {
                sawToken = true
                afterSlash = false
                i = token.upperBound
                continue
            }
            let b = bytes[i]
            if ASCII.isDigit(b) {
                guard afterSlash else { return false }
            } else if b == ASCII.slash {
                afterSlash = true
            } else if ASCII.isSpaceOrTab(b) {
                // Spaces keep `/ 30` together.
            } else if isDecoration(b) {
                afterSlash = false
            } else if b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94) {
                i += 3  // – or —
                afterSlash = false
                continue
            } else {
                return false
            }
            i += 1
        }
        return sawToken
    }

    private static func isDecoration(_ b: UInt8) -> Bool {
        switch b {
        case 0x24, 0x25, ASCII.minus, 0x2C, ASCII.dot, ASCII.leftParen, ASCII.rightParen, ASCII.colon,
             ASCII.tilde, ASCII.plus, ASCII.star, ASCII.pipe, ASCII.backslash:
            return true
        default:
            return false
        }
    }

    /// The blank token starting exactly at `i`, if any.
    static func token(at i: Int, in bytes: [UInt8], end: Int) -> Range<Int>? {
        let b = bytes[i]
        if b == ASCII.underscore {
            var j = i
            while j < end && bytes[j] == ASCII.underscore { j += 1 }
            return j - i >= 3 ? Range(offsets: i, j) : nil
        }
        if b == ASCII.leftBracket { return bracketed(at: i, in: bytes, end: end) }
        guard i == 0 || !isWordByte(bytes[i - 1]) else { return nil }
        for pattern in patterns where matches(pattern, at: i, in: bytes, end: end) {
            let j = i + pattern.count
            if j == end || !isWordByte(bytes[j]) { return Range(offsets: i, j) }
        }
        return nil
    }

    private static let patterns: [[UInt8]] = ["YYYY-MM-DD", "MM/DD/YYYY", "DD/MM/YYYY", "YYYY-MM", "TBD"].map { Array($0.utf8) }

    private static func matches(_ pattern: [UInt8], at i: Int, in bytes: [UInt8], end: Int) -> Bool {
        guard end - i >= pattern.count else { return false }
        for k in 0..<pattern.count where bytes[i + k] != pattern[k] { return false }
        return true
    }

    private static func isWordByte(_ b: UInt8) -> Bool { ASCII.isLetter(b) || ASCII.isDigit(b) || b >= 0x80 }

    /// `[Name]`: 2 to 60 bytes between the brackets, no nested brackets, not a box, link or reference.
    private static func bracketed(at i: Int, in bytes: [UInt8], end: Int) -> Range<Int>? {
        var j = i + 1
        while j < end && j - i <= 61 {
            let c = bytes[j]
            if c == ASCII.rightBracket { break }
            if c == ASCII.leftBracket || c == ASCII.backtick { return nil }
            j += 1
        }
        guard j < end, bytes[j] == ASCII.rightBracket else { return nil }
        let inner = j - i - 1
        guard inner >= 2, !ASCII.isSpaceOrTab(bytes[i + 1]) else { return nil }
        if j + 1 < end, bytes[j + 1] == ASCII.leftParen || bytes[j + 1] == ASCII.leftBracket || bytes[j + 1] == ASCII.colon {
            return nil
        }
        if i > 0 && bytes[i - 1] == ASCII.bang { return nil }  // an image
        return Range(offsets: i, j + 1)
    }
}
