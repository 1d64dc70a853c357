/// A table cell read as a number where it can be: `75%`, `500+`, `2-3` (a range), `1,000+`,
/// `$150K`, `18/30`, `< 0.5`, `🔥 75%`. `___%` and other fill-in blanks are `blank`; anything else
/// is `text`. An empty cell is blank.
public struct MetricValue: Equatable, Sendable {
    /// How the cell reads: a fill-in blank, one number, a range, or text.
    public enum Kind: String, Sendable {
        case blank, number, range, text
    }

    /// What the cell holds: blank, a number, a range, or other text.
    public let kind: Kind
    /// The number, or a range's low end: what progress is measured with.
    public let value: Double?
    /// A range's high end.
    public let high: Double?
    /// `%` when the number was a percentage.
    package let isPercent: Bool
    /// `500+`: at least this.
    package let isAtLeast: Bool

    /// An empty cell.
    public static let blank = MetricValue(kind: .blank, value: nil, high: nil, isPercent: false, isAtLeast: false)
    /// A cell of text that is not a number.
    public static let text = MetricValue(kind: .text, value: nil, high: nil, isPercent: false, isAtLeast: false)

    /// A value from its parts, as `init(parsing:)` would read them.
    public init(kind: Kind, value: Double?, high: Double?, isPercent: Bool, isAtLeast: Bool) {
        self.kind = kind
        self.value = value
        self.high = high
        self.isPercent = isPercent
        self.isAtLeast = isAtLeast
    }

    /// A cell's text read as a value: `75%`, `2-3`, `500+`, `___%` (blank), or text.
    public init(parsing text: String) {
        let bytes = Array(text.utf8)
        self.init(bytes, 0..<bytes.count)
    }

    init(_ bytes: [UInt8], _ range: Range<Int>) {
        if range.isEmpty || Blank.isBlank(bytes, range) {
            self = .blank
            return
        }
        var i = range.lowerBound
        let end = range.upperBound
        // Markup, emoji and comparison signs before the number.
        while i < end {
            let b = bytes[i]
            if b == ASCII.star || b == ASCII.underscore || b == ASCII.backtick || ASCII.isSpaceOrTab(b)
                || b == ASCII.less || b == ASCII.greater || b == ASCII.tilde || b == 0x24 || b == ASCII.equals {
                i += 1
            } else if b >= 0x80 {
                i += 1
                while i < end && bytes[i] & 0xC0 == 0x80 { i += 1 }
            } else {
                break
            }
        }
        guard let (low, afterLow) = MetricValue.number(at: i, in: bytes, end: end) else {
            self = .text
            return
        }
        var j = afterLow
        var percent = false
        var atLeast = false
        var high: Double?
        if j < end && bytes[j] == 0x25 { percent = true; j += 1 }
        if j < end && bytes[j] == ASCII.plus { atLeast = true; j += 1 }
        var k = j
        while k < end && ASCII.isSpaceOrTab(bytes[k]) { k += 1 }
        var separator = 0
        if k < end && bytes[k] == ASCII.minus { separator = 1 }
        if k + 2 < end && bytes[k] == 0xE2 && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94) { separator = 3 }
        if separator > 0 {
            var m = k + separator
            while m < end && (ASCII.isSpaceOrTab(bytes[m]) || bytes[m] == 0x24) { m += 1 }
            if let (value, after) = MetricValue.number(at: m, in: bytes, end: end), value >= low {
                high = value
                j = after
                if j < end && bytes[j] == 0x25 { percent = true; j += 1 }
                if j < end && bytes[j] == ASCII.plus { atLeast = true; j += 1 }
            }
        }
        self.init(kind: high == nil ? .number : .range, value: low, high: high, isPercent: percent, isAtLeast: atLeast)
    }

    /// `1,000`, `0.5`, `150K`, `2M`: digits with thousands commas and a decimal point, then an
    /// optional K/M multiplier.
    private static func number(at start: Int, in bytes: [UInt8], end: Int) -> (Double, Int)? {
        var i = start
        var whole = 0.0
        var digits = 0
        while i < end {
            let b = bytes[i]
            if ASCII.isDigit(b) {
                whole = whole * 10 + Double(b - ASCII.zero)
                digits += 1
                i += 1
            } else if b == 0x2C && digits > 0 && i + 3 < end && ASCII.isDigit(bytes[i + 1]) && ASCII.isDigit(bytes[i + 2]) && ASCII.isDigit(bytes[i + 3]) {
                i += 1
            } else {
                break
            }
        }
        guard digits > 0 else { return nil }
        if i + 1 < end && bytes[i] == ASCII.dot && ASCII.isDigit(bytes[i + 1]) {
            i += 1
            var scale = 0.1
            while i < end && ASCII.isDigit(bytes[i]) {
                whole += Double(bytes[i] - ASCII.zero) * scale
                scale /= 10
                i += 1
            }
        }
        if i < end && (bytes[i] == 0x4B || bytes[i] == 0x6B) && (i + 1 == end || !ASCII.isLetter(bytes[i + 1])) {
            whole *= 1_000
            i += 1
        } else if i < end && bytes[i] == 0x4D && (i + 1 == end || !ASCII.isLetter(bytes[i + 1])) {
            whole *= 1_000_000
            i += 1
        }
        return (whole, i)
    }
}
