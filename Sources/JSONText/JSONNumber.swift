/// A JSON number kept as the text it was written with (RFC 8259 §6), so an id, a version or a
/// decimal passes through the server unchanged: `1.0`, `1e2` and `100` stay three different texts.
/// Equality compares the text.
public struct JSONNumber: Hashable, Sendable, CustomStringConvertible {
    /// The number's text, always valid by the grammar of §6.
    public let text: String

    /// `text` if it is a JSON number (`-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`).
    public init?(text: String) {
        var text = text
        let valid = text.withUTF8 { JSONNumber.grammarLength($0, from: 0) == $0.count }
        guard valid else { return nil }
        self.text = text
    }

    /// Text already checked by the reader.
    init(checked text: String) { self.text = text }

    /// The decimal text of `value`.
    public init(_ value: Int) { text = String(value) }

    /// The shortest text that reads back as `value` (Swift's `description`); nil for infinity and
    /// NaN, which JSON cannot write.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        text = value == value.rounded(.towardZero) && value.magnitude < 1e15 ? String(Int(value)) : value.description
    }

    /// The number's text, as written.
    public var description: String { text }

    /// Whether the text has no fraction and no exponent.
    public var isInteger: Bool { !text.utf8.contains { $0 == 0x2E || $0 == 0x65 || $0 == 0x45 } }

    /// The value as an `Int` when the text is an integer (no fraction, no exponent) within `Int`'s
    /// range; nil otherwise (`1.0` and `1e2` are nil: LSP's `integer` is written without them).
    public var int: Int? {
        guard isInteger else { return nil }
        var result = 0
        var negative = false
        for byte in text.utf8 {
            if byte == 0x2D { negative = true; continue }
            let digit = Int(byte &- 0x30)
            let (times, o1) = result.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            if o1 || o2 { return nil }
            result = next
        }
        return result
    }

    /// The nearest `Double` (correctly rounded by the standard library's reader); nil when the
    /// magnitude is beyond `Double` (`1e999`). A value below the smallest subnormal reads as zero.
    public var double: Double? {
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// How many bytes from `start` form a number by the grammar, or -1 where the grammar fails
    /// (a lone `-`, a leading zero followed by a digit, `1.`, `1e`). The reader and `init?(text:)`
    /// share it.
    static func grammarLength(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let end = p.count
        func isDigit(_ k: Int) -> Bool { k < end && p[k] &- 0x30 < 10 }
        if i < end && p[i] == 0x2D { i += 1 }
        guard isDigit(i) else { return -1 }
        if p[i] == 0x30 {
            i += 1
        } else {
            while isDigit(i) { i += 1 }
        }
        if i < end && p[i] == 0x2E {
            i += 1
            guard isDigit(i) else { return -1 }
            while isDigit(i) { i += 1 }
        }
        if i < end && (p[i] == 0x65 || p[i] == 0x45) {
            i += 1
            if i < end && (p[i] == 0x2B || p[i] == 0x2D) { i += 1 }
            guard isDigit(i) else { return -1 }
            while isDigit(i) { i += 1 }
        }
        return i - start
    }
}
