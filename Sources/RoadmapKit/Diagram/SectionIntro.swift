extension Roadmap {
    /// The paragraph right under a heading (blank lines skipped), up to the first list, heading,
    /// table, quote, fence or blank line: where a guide says "Track A, runs in parallel with …".
    /// A plain line scan, good enough for reading a sentence: nothing but a diagram's layout is
    /// decided on it.
    func intro(ofSection index: Int) -> String {
        guard index > 0 else { return "" }
        var offset = LineSpan.containing(sections[index].titleRange.upperBound, in: bytes).end
        var lines: [String] = []
        bytes.withUnsafeBufferPointer { buffer in
            while offset < buffer.count && lines.count < 12 {
                let span = LineSpan.at(offset, in: buffer)
                offset = span.end
                var first = span.start
                while first < span.contentEnd && ASCII.isSpaceOrTab(buffer[first]) { first += 1 }
                let content = buffer[first..<span.contentEnd]
                if lines.isEmpty && content.allSatisfy({ $0 == ASCII.equals || $0 == ASCII.minus }) { continue }  // blank, or a setext underline
                if content.isEmpty || Self.startsBlock(content.first!) || first - span.start >= 4 { break }
                lines.append(text(first..<span.contentEnd))
            }
        }
        return lines.joined(separator: " ")
    }

    private static func startsBlock(_ b: UInt8) -> Bool {
        b == ASCII.hash || b == ASCII.minus || b == ASCII.star || b == ASCII.plus || ASCII.isDigit(b)
            || b == ASCII.pipe || b == ASCII.greater || b == ASCII.backtick || b == ASCII.tilde || b == ASCII.less
    }
}
