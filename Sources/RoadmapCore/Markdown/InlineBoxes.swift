/// Two or more checkbox options written inline on one line, after a label (one box is more often a
/// placeholder, `**Estimated Time:** [X] hours`, than a choice):
/// `**Company Type:** [ ] Big Tech [x] Startup`, `- Status: [ ] Not Started [ ] In Progress`.
///
/// A box is `[ ]`, `[x]` or `[X]` at the start of the text or after whitespace, followed by
/// whitespace or the end of the line, outside code spans. The label before the first box must end
/// with a colon (`**Label:**`, `**Label**:` or `Label:`) and nothing but spaces may separate it from
/// the first box, so prose that mentions `[ ]` is not a group.
struct InlineBoxes {
    struct Box {
        /// Offset of `[`.
        var offset: Int
        var isTicked: Bool
        /// The option's text, trimmed of spaces and separators (`|`, `,`, `;`, `/`).
        var text: Range<Int>
    }

    var label: Range<Int>
    var boxes: [Box]

    static func read(in bytes: [UInt8], _ range: Range<Int>) -> InlineBoxes? {
        // Two boxes need two `[`, which most lines do not have: `findByte` rules them out 16 bytes
        // a step, where `boxOffsets` looked at every byte (24M instructions on the 17,000 lines of
        // the benchmark's L file that are neither goals nor table rows).
        guard hasTwoBrackets(bytes, range) else { return nil }
        let starts = boxOffsets(in: bytes, range)
        guard starts.count >= 2, let first = starts.first else { return nil }
        guard let label = label(in: bytes, Range(offsets: range.lowerBound, first)) else { return nil }
        var boxes: [Box] = []
        for (k, offset) in starts.enumerated() {
            let textEnd = k + 1 < starts.count ? starts[k + 1] : range.upperBound
            let marker = bytes[offset + 1]
            boxes.append(Box(offset: offset, isTicked: marker != ASCII.space, text: optionText(in: bytes, Range(offsets: offset + 3, textEnd))))
        }
        return InlineBoxes(label: label, boxes: boxes)
    }

    /// Whether `[` occurs twice in `range`.
    static func hasTwoBrackets(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, !range.isEmpty,
                  let first = findByte(ASCII.leftBracket, in: base + range.lowerBound, count: range.count) else { return false }
            let after = first + 1 - (base + range.lowerBound)
            return findByte(ASCII.leftBracket, in: first + 1, count: range.count - after) != nil
        }
    }

    /// The label's text: markup and the colon taken off. Nil when the text is not a label.
    private static func label(in bytes: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        let text = BoldLabel.trimmed(range, in: bytes)
        guard !text.isEmpty, text.count <= 120 else { return nil }
        if let bold = BoldLabel.read(at: text.lowerBound, in: bytes, end: text.upperBound), bold.end == text.upperBound {
            return bold.text
        }
        guard bytes[text.upperBound - 1] == ASCII.colon else { return nil }
        let inner = BoldLabel.trimmed(Range(offsets: text.lowerBound, text.upperBound - 1), in: bytes)
        return inner.isEmpty ? nil : inner
    }

    private static func optionText(in bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        func isSeparator(_ b: UInt8) -> Bool {
            ASCII.isSpaceOrTab(b) || b == ASCII.pipe || b == 0x2C || b == 0x3B || b == ASCII.slash
        }
        while lower < upper && isSeparator(bytes[lower]) { lower += 1 }
        while upper > lower && isSeparator(bytes[upper - 1]) { upper -= 1 }
        return Range(offsets: lower, upper)
    }

    /// Offsets of the `[` of every box on the line, code spans skipped.
    static func boxOffsets(in bytes: [UInt8], _ range: Range<Int>) -> [Int] {
        bytes.withUnsafeBufferPointer { boxOffsets(in: bytes, $0, range) }
    }

    /// Only a backtick (a code span) or a `[` (a box) matters: the search goes from one to the
    /// next, eight bytes a step. Byte by byte it was 8M instructions of `status` on the benchmark's
    /// L file, on lines of links (`**Resources:** [a](…), [b](…)`) that have brackets but no box.
    private static func boxOffsets(in bytes: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Int] {
        var found: [Int] = []
        var i = range.lowerBound
        let end = range.upperBound
        var spans = CodeSpan()
        while i < end {
            guard let next = findEitherByte(ASCII.backtick, ASCII.leftBracket, in: buffer, from: i, to: end) else { break }
            i = next
            let b = bytes[i]
            if b == ASCII.backtick {
                i = spans.end(from: i, in: bytes, end: end)
                continue
            }
            if b == ASCII.leftBracket && i + 2 < end && bytes[i + 2] == ASCII.rightBracket,
               bytes[i + 1] == ASCII.space || bytes[i + 1] == ASCII.x || bytes[i + 1] == ASCII.X,
               i == range.lowerBound || ASCII.isSpaceOrTab(bytes[i - 1]),
               i + 3 == end || ASCII.isSpaceOrTab(bytes[i + 3]) {
                found.append(i)
                i += 3
                continue
            }
            i += 1
        }
        return found
    }
}

/// Inline code spans (CommonMark §6.1), just enough to skip them. One value per line: it
/// remembers which run lengths have no closer further on, so a line of unmatched backticks stays
/// linear.
package struct CodeSpan {
    private var unclosed: UInt64 = 0

    package init() {}

    /// Where scanning continues after the backtick run at `start`: after the span's closing run
    /// when there is one on the line, else after the opening run (taken literally).
    package mutating func end(from start: Int, in bytes: [UInt8], end: Int) -> Int {
        var i = start
        while i < end && bytes[i] == ASCII.backtick { i += 1 }
        let length = i - start
        let bit: UInt64 = length < 64 ? 1 << UInt64(length) : 0
        if unclosed & bit != 0 { return i }
        var j = i
        while j < end {
            if bytes[j] == ASCII.backtick {
                var k = j
                while k < end && bytes[k] == ASCII.backtick { k += 1 }
                if k - j == length { return k }
                j = k
            } else {
                j += 1
            }
        }
        unclosed |= bit
        return i
    }
}
