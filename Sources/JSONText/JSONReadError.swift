/// Why bytes are not one JSON text, and where: the byte offset at which the reader stopped.
public struct JSONReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of text the reader refused.
    public enum Problem: Equatable, Sendable {
        /// The text ended inside a value (or held no value at all).
        case unexpectedEnd
        /// A byte that cannot stand where it is (`[1,]`, `{1:2}`, `tru`, a second value).
        case unexpectedByte(UInt8)
        /// `-`, `01`, `1.`, `1e+` and other texts that are not numbers (§6).
        case invalidNumber
        /// A backslash not followed by one of the nine escapes of §7.
        case invalidEscape
        /// A byte sequence that is not UTF-8 (§8.1) inside a string.
        case invalidUTF8
        /// A control character (U+0000 to U+001F) written unescaped inside a string (§7).
        case unescapedControl(UInt8)
        /// More nested arrays and objects than the reader's depth limit.
        case tooDeep(limit: Int)
    }

    /// What was wrong.
    public let problem: Problem
    /// The byte offset where reading stopped.
    public let offset: Int

    /// A `problem` found at byte `offset` of the input.
    public init(_ problem: Problem, at offset: Int) {
        self.problem = problem
        self.offset = offset
    }

    /// The problem and its byte offset, for a log line; never a raw control byte.
    public var description: String {
        let what = switch problem {
        case .unexpectedEnd: "unexpected end of JSON"
        case .unexpectedByte(let byte): "unexpected \(Self.name(byte))"
        case .invalidNumber: "invalid number"
        case .invalidEscape: "invalid escape in string"
        case .invalidUTF8: "invalid UTF-8 in string"
        case .unescapedControl(let byte): "unescaped control character \(Self.name(byte)) in string"
        case .tooDeep(let limit): "arrays and objects nested deeper than \(limit)"
        }
        return "\(what) at byte \(offset)"
    }

    /// A byte as printable ASCII in quotes, or in hex: never a raw control byte in a log line.
    private static func name(_ byte: UInt8) -> String {
        if byte > 0x20 && byte < 0x7F { return "'\(String(UnicodeScalar(byte)))'" }
        let digits = Array("0123456789ABCDEF".utf8)
        return "byte 0x" + String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
    }
}
