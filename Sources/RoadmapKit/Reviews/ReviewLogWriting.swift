/// Writing a review into the log, as one edit: the month's entry is replaced when there is one (one
/// entry per month); otherwise a new entry goes in date order, at the end of the log (or on top of
/// a log written newest first); a roadmap without a log gets `## Review Log` after its last line.
///
/// Inserted lines end the way the file's lines end (the line before, else the file's first line),
/// and a file without a final line ending keeps going without one.
extension ReviewLog {
    /// Edits to `bytes` that write `draft`: over the entry of its month, else before the first
    /// later entry, else at the log's end (with a `Review Log` heading when there is none).
    public func edits(writing draft: ReviewDraft, in bytes: [UInt8]) -> [TextEdit] {
        if let existing = entry(year: draft.date.year, month: draft.date.month) {
            let eol = LineEnding.before(existing.range.upperBound, in: bytes).bytes
            var text = ReviewLog.joined(draft.lines(level: existing.level), eol)
            if existing.range.upperBound == bytes.count && !ReviewLog.endsWithLineEnding(bytes) {
                text.removeLast(eol.count)
            }
            return TextEdit.lineEdits(replacing: existing.range, in: bytes, with: text)
        }
        let level = min(6, self.level + 1)
        if let before = entryBefore(draft.date) {
            let eol = LineEnding.before(before.range.upperBound, in: bytes).bytes
            let text = ReviewLog.joined(draft.lines(level: level), eol) + eol
            return [TextEdit(range: before.range.lowerBound..<before.range.lowerBound, replacement: text)]
        }
        var lines = draft.lines(level: level)
        if sectionIndex == nil {
            lines = [Array((String(repeating: "#", count: self.level) + " Review Log").utf8), []] + lines
        }
        return [ReviewLog.append(lines, at: end, in: bytes)]
    }

    /// The entry a new one for `date`'s month goes right before, keeping the log's order.
    private func entryBefore(_ date: CivilDate) -> ReviewEntry? {
        let month = (date.year, date.month)
        if isNewestFirst { return entries.first { ($0.year, $0.month) < month } }
        return entries.first { ($0.year, $0.month) > month }
    }

    /// Lines added at `position` (the end of a non-blank line, or 0), set off by a blank line
    /// before, and after when text follows.
    static func append(_ lines: [[UInt8]], at position: Int, in bytes: [UInt8]) -> TextEdit {
        let eol = LineEnding.before(position, in: bytes).bytes
        var text: [UInt8] = []
        let unterminated = position > 0 && !ASCII.isLineEnd(bytes[position - 1])
        if unterminated { text += eol }
        if position > 0 { text += eol }
        text += joined(lines, eol)
        if position == bytes.count {
            if unterminated { text.removeLast(eol.count) }
        } else if !ASCII.isLineEnd(bytes[position]) {
            text += eol
        }
        return TextEdit(range: position..<position, replacement: text)
    }

    static func joined(_ lines: [[UInt8]], _ eol: [UInt8]) -> [UInt8] {
        var text: [UInt8] = []
        for line in lines { text += line + eol }
        return text
    }

    static func endsWithLineEnding(_ bytes: [UInt8]) -> Bool {
        bytes.last.map(ASCII.isLineEnd) ?? false
    }
}
