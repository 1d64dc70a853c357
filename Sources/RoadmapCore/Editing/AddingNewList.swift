/// `add` into a section that has no goals yet: a new list of its own.
extension Roadmap {
    /// A section without goals gets a list at the end of its own text (right under the heading
    /// when it has none), set off by blank lines.
    func newList(_ body: [UInt8], in section: Int) -> (Int, [UInt8], [UInt8], [UInt8])? {
        let bound = offsetOfHeading(after: section)
        var last = headingLine(section)
        var offset = last?.end ?? 0
        while offset < bound {
            let next = line(at: offset)
            if !isBlank(next) { last = next }
            offset = next.end
        }
        var marker = [ASCII.minus]
        if let first = goals.first, let item = ListItemLine.of(goal: first, in: bytes), case let .bullet(b) = item.kind { marker = [b] }
        let ending = Array(firstLineEnding.rawValue.utf8)
        let line = marker + [ASCII.space] + body
        guard let last else {
            let blankAfter = bound > 0 && !isBlank(self.line(at: 0))
            return (0, [], line + ending, blankAfter ? ending : [])
        }
        return after(last, line, ending: ending, blankBefore: true)
    }

    /// The heading's last line (a setext heading's underline); nil for the document itself.
    func headingLine(_ section: Int) -> LineSpan? {
        guard section > 0 else { return nil }
        let span = LineSpan.containing(sections[section].titleRange.lowerBound, in: bytes)
        guard span.end < bytes.count, bytes[span.start..<span.contentEnd].first(where: { !ASCII.isSpaceOrTab($0) }) != ASCII.hash else { return span }
        let next = line(at: span.end)
        let text = bytes[next.start..<next.contentEnd].filter { !ASCII.isSpaceOrTab($0) }
        return !text.isEmpty && (text.allSatisfy { $0 == ASCII.equals } || text.allSatisfy { $0 == ASCII.minus }) ? next : span
    }

    /// The line ending the file uses first (LF when it has none).
    var firstLineEnding: LineEnding {
        guard !bytes.isEmpty else { return .lf }
        let ending = line(at: 0).ending(in: bytes)
        return ending == .none ? .lf : ending
    }
}
