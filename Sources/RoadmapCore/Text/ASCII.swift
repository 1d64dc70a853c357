/// Byte constants and classifiers used by the scanners. Everything here works on UTF-8 bytes:
/// the hot paths never build `Character`s.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let bang: UInt8 = 0x21
    static let hash: UInt8 = 0x23
    static let star: UInt8 = 0x2A
    static let plus: UInt8 = 0x2B
    static let minus: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let less: UInt8 = 0x3C
    static let equals: UInt8 = 0x3D
    static let greater: UInt8 = 0x3E
    static let question: UInt8 = 0x3F
    static let leftBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let rightBracket: UInt8 = 0x5D
    static let underscore: UInt8 = 0x5F
    static let backtick: UInt8 = 0x60
    static let leftParen: UInt8 = 0x28
    static let rightParen: UInt8 = 0x29
    static let pipe: UInt8 = 0x7C
    static let tilde: UInt8 = 0x7E
    static let x: UInt8 = 0x78
    static let X: UInt8 = 0x58

    @inline(__always) static func isSpaceOrTab(_ b: UInt8) -> Bool { b == space || b == tab }
    /// Whitespace that can occur inside a line: space, tab, line tabulation, form feed.
    @inline(__always) static func isLineWhitespace(_ b: UInt8) -> Bool { b == space || b == tab || b == 0x0B || b == 0x0C }
    @inline(__always) static func isLineEnd(_ b: UInt8) -> Bool { b == lf || b == cr }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= zero && b <= nine }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func lowercased(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }
    /// A string's UTF-8 with ASCII letters lowercased, from its contiguous bytes: mapping over
    /// `String.UTF8View` went byte by byte through the view's iterator, about 2,000 instructions
    /// for a heading.
    static func lowercasedBytes(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { utf8 in
            [UInt8](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                for i in 0..<utf8.count { buffer[i] = lowercased(utf8[i]) }
                count = utf8.count
            }
        }
    }
    /// Whether a line whose first non-space byte is `b` can start a block other than a paragraph:
    /// `>`, `#`, fences, `<`, setext and break characters, bullets and digits.
    @inline(__always) static func mayStartBlock(_ b: UInt8) -> Bool {
        switch b {
        case greater, hash, backtick, tilde, less, equals, minus, star, underscore, plus, zero...nine: return true
        default: return false
        }
    }
    /// Whitespace in the CommonMark sense (space, tab, newline, line tabulation, form feed, CR).
    @inline(__always) static func isWhitespace(_ b: UInt8) -> Bool { b == space || (b >= 0x09 && b <= 0x0D) }
}
