/// Byte constants and classifiers used by the scanners. Everything here works on UTF-8 bytes:
/// the hot paths never build `Character`s.
package enum ASCII {
    package static let tab: UInt8 = 0x09
    package static let lf: UInt8 = 0x0A
    package static let cr: UInt8 = 0x0D
    package static let space: UInt8 = 0x20
    static let bang: UInt8 = 0x21
    static let ampersand: UInt8 = 0x26
    static let semicolon: UInt8 = 0x3B
    package static let hash: UInt8 = 0x23
    package static let star: UInt8 = 0x2A
    package static let plus: UInt8 = 0x2B
    package static let minus: UInt8 = 0x2D
    package static let dot: UInt8 = 0x2E
    package static let slash: UInt8 = 0x2F
    package static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    package static let colon: UInt8 = 0x3A
    package static let less: UInt8 = 0x3C
    package static let equals: UInt8 = 0x3D
    package static let greater: UInt8 = 0x3E
    package static let question: UInt8 = 0x3F
    package static let leftBracket: UInt8 = 0x5B
    package static let backslash: UInt8 = 0x5C
    package static let rightBracket: UInt8 = 0x5D
    static let underscore: UInt8 = 0x5F
    package static let backtick: UInt8 = 0x60
    package static let leftParen: UInt8 = 0x28
    package static let rightParen: UInt8 = 0x29
    package static let pipe: UInt8 = 0x7C
    package static let tilde: UInt8 = 0x7E
    package static let x: UInt8 = 0x78
    package static let X: UInt8 = 0x58

    @inline(__always) package static func isSpaceOrTab(_ b: UInt8) -> Bool { b == space || b == tab }
    /// Whitespace that can occur inside a line: space, tab, line tabulation, form feed.
    @inline(__always) static func isLineWhitespace(_ b: UInt8) -> Bool { b == space || b == tab || b == 0x0B || b == 0x0C }
    @inline(__always) package static func isLineEnd(_ b: UInt8) -> Bool { b == lf || b == cr }
    @inline(__always) package static func isDigit(_ b: UInt8) -> Bool { b >= zero && b <= nine }
    @inline(__always) package static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
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
