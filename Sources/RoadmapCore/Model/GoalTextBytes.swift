extension Roadmap {
    /// A goal's text as `text(of:withoutDoneDate: true)` gives it, written into `raw` as bytes,
    /// when every byte of it is ASCII; false (and `raw` left partly written) for any other goal.
    /// A done date needs `✅`, so an ASCII goal has none to leave out: the text is the first
    /// line (none when it is whitespace alone), the continuation lines joined by spaces, and
    /// trailing whitespace trimmed, exactly as `text(of:)` joins them, without a String.
    package func asciiText(of goalIndex: Int, into raw: inout [UInt8]) -> Bool {
        raw.removeAll(keepingCapacity: true)
        for b in bytes[goals[goalIndex].textRange] {
            guard b < 0x80 else { return false }
            raw.append(b)
        }
        if raw.allSatisfy(ASCII.isLineWhitespace) { raw.removeAll(keepingCapacity: true) }
        for range in continuations[goalIndex] ?? [] where !range.isEmpty {
            if !raw.isEmpty { raw.append(ASCII.space) }
            for b in bytes[range] {
                guard b < 0x80 else { return false }
                raw.append(b)
            }
        }
        while let last = raw.last, ASCII.isLineWhitespace(last) { raw.removeLast() }
        return true
    }
}
