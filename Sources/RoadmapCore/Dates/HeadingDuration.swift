extension HorizonScanner {
    /// A span written in parentheses, `(4 weeks)`, `(2 months)`: how long something takes.
    static func parenthesizedDuration(in bytes: [UInt8], _ range: Range<Int>) -> Horizon? {
        // Only a heading with a digit right after `(` can hold one; most have none.
        guard bytes[range].indices.contains(where: { bytes[$0] == ASCII.leftParen && $0 + 1 < range.upperBound && ASCII.isDigit(bytes[$0 + 1]) }) else {
            return nil
        }
        return matches(in: bytes, range, allowsSpacedDurations: true).first { match in
            match.isParenthesized && !match.isOrdinal && match.range.lowerBound > range.lowerBound
                && bytes[match.range.lowerBound - 1] == ASCII.leftParen
                && match.range.upperBound < range.upperBound && bytes[match.range.upperBound] == ASCII.rightParen
        }?.horizon
    }
}
