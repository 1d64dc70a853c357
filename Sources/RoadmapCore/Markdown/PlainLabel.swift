/// `Label: value` at the start of a list item's text: a short label (up to six words, no markup,
/// links or code) ending at the first colon that a space or the end of the line follows.
struct PlainLabel {
    var text: Range<Int>
    var value: Range<Int>

    static func read(in bytes: [UInt8], _ range: Range<Int>) -> PlainLabel? {
        var i = range.lowerBound
        let end = range.upperBound
        guard i < end, ASCII.isLetter(bytes[i]) || ASCII.isDigit(bytes[i]) || bytes[i] >= 0x80 else { return nil }
        var words = 1
        while i < end && i - range.lowerBound <= 60 {
            let b = bytes[i]
            if b == ASCII.colon { break }
            switch b {
            case ASCII.leftBracket, ASCII.rightBracket, ASCII.backtick, ASCII.pipe, ASCII.star, ASCII.underscore,
                 ASCII.less, ASCII.hash, ASCII.bang, 0x22:
                return nil
            case ASCII.space, ASCII.tab:
                if i + 1 < end && !ASCII.isSpaceOrTab(bytes[i + 1]) && bytes[i + 1] != ASCII.colon { words += 1 }
            default:
                break
            }
            i += 1
        }
        guard i < end, bytes[i] == ASCII.colon, words <= 6 else { return nil }
        guard i + 1 == end || ASCII.isSpaceOrTab(bytes[i + 1]) else { return nil }
        let text = BoldLabel.trimmed(Range(offsets: range.lowerBound, i), in: bytes)
        guard !text.isEmpty else { return nil }
        return PlainLabel(text: text, value: BoldLabel.trimmed(Range(offsets: i + 1, end), in: bytes))
    }
}
