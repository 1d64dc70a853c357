/// A bold label at the start of a field line: `**Label:**` (colon inside) or `**Label**:` (colon
/// outside), and the bold-only title lines that head a group of items: `**Work Experience:**`,
/// `**Project 1: Containerized ML Application**`.
struct BoldLabel {
    /// The label's text: inside the asterisks, without the colon and surrounding spaces.
    var text: Range<Int>
    /// Just after the label's markup (after `:**` or `**:`).
    var end: Int
    var colonInside: Bool

    /// Reads `**Label:**` or `**Label**:` starting exactly at `start`.
    static func read(at start: Int, in bytes: [UInt8], end: Int) -> BoldLabel? {
        guard let (inner, close) = boldSpan(at: start, in: bytes, end: end) else { return nil }
        var last = inner.upperBound
        while last > inner.lowerBound && ASCII.isSpaceOrTab(bytes[last - 1]) { last -= 1 }
        if last > inner.lowerBound && bytes[last - 1] == ASCII.colon {
            let text = trimmed(Range(offsets: inner.lowerBound, last - 1), in: bytes)
            guard !text.isEmpty else { return nil }
            return BoldLabel(text: text, end: close, colonInside: true)
        }
        if close < end && bytes[close] == ASCII.colon {
            let text = trimmed(inner, in: bytes)
            guard !text.isEmpty else { return nil }
            return BoldLabel(text: text, end: close + 1, colonInside: false)
        }
        return nil
    }

    /// A line that is all bold, optionally with a colon: the title's text, or nil.
    static func title(in bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        let line = trimmed(range, in: bytes)
        guard let (inner, close) = boldSpan(at: line.lowerBound, in: bytes, end: line.upperBound) else { return nil }
        var rest = close
        if rest < line.upperBound && bytes[rest] == ASCII.colon { rest += 1 }
        guard rest == line.upperBound else { return nil }
        var text = trimmed(inner, in: bytes)
        if text.upperBound > text.lowerBound && bytes[text.upperBound - 1] == ASCII.colon {
            text = trimmed(Range(offsets: text.lowerBound, text.upperBound - 1), in: bytes)
        }
        return text.isEmpty ? nil : text
    }

    /// `**…**` at `start`: the inner range and the offset after the closing asterisks.
    private static func boldSpan(at start: Int, in bytes: [UInt8], end: Int) -> (Range<Int>, Int)? {
        guard end - start >= 5, bytes[start] == ASCII.star, bytes[start + 1] == ASCII.star else { return nil }
        let innerStart = start + 2
        guard innerStart < end, bytes[innerStart] != ASCII.star, !ASCII.isSpaceOrTab(bytes[innerStart]) else { return nil }
        var i = innerStart
        while i + 1 < end {
            if bytes[i] == ASCII.star && bytes[i + 1] == ASCII.star {
                guard i > innerStart else { return nil }
                return (Range(offsets: innerStart, i), i + 2)
            }
            i += 1
        }
        return nil
    }

    static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper && ASCII.isSpaceOrTab(bytes[lower]) { lower += 1 }
        while upper > lower && ASCII.isSpaceOrTab(bytes[upper - 1]) { upper -= 1 }
        return Range(offsets: lower, upper)
    }
}
