/// Moving edits computed on one version of a file onto a newer version (an editor saved the file
/// between our read and our write, or another `roadmap` process wrote first).
///
/// The rule is deliberately narrow, so a re-applied edit can never land somewhere unintended:
/// every edit must lie within one line's text; that line's exact bytes must occur exactly once as a
/// whole line in the old version and exactly once in the new one. The edit then moves with its line.
/// Anything else (the line was changed, removed, or duplicated) gives nil: the caller refuses.
///
/// Two more cases, for what a review adds. Text inserted on an empty line (under a checkpoint's
/// `**Adjustments Needed:**`) moves with the line before it, to just after that line. Text added
/// at the very end (the log entry) moves to the new end when the file still ends with the same
/// last line, ending included; if the end changed (another review appended its entry meanwhile),
/// it is refused like the rest.
extension Array where Element == TextEdit {
    package func rebased(from original: [UInt8], onto current: [UInt8]) -> [TextEdit]? {
        if original == current { return self }
        let end = original.count..<original.count
        if contains(where: { $0.range == end }) {
            guard TextEditRebase.sameLastLine(original, current),
                  var moved = filter({ $0.range != end }).rebased(from: original, onto: current)?.makeIterator()
            else { return nil }
            // In the same order as given: callers pair each edit with its moved self.
            return map { $0.range == end ? TextEdit(range: current.count..<current.count, replacement: $0.replacement) : moved.next()! }
        }
        var lines: [LineSpan] = []
        var afterLine: [Bool] = []
        for edit in self {
            var line = LineSpan.containing(edit.range.lowerBound, in: original)
            let insertsOnEmptyLine = edit.range.isEmpty && line.start == line.contentEnd && edit.range.lowerBound == line.start
            if insertsOnEmptyLine && line.start > 0 {
                line = LineSpan.containing(line.start - 1, in: original)
            }
            guard line.start < line.contentEnd, insertsOnEmptyLine || edit.range.upperBound <= line.contentEnd else { return nil }
            lines.append(line)
            afterLine.append(insertsOnEmptyLine)
        }
        let wanted = lines.map { original[$0.content] }
        guard let oldStarts = TextEditRebase.uniqueLineStarts(of: wanted, in: original),
              let newStarts = TextEditRebase.uniqueLineStarts(of: wanted, in: current) else { return nil }
        var result: [TextEdit] = []
        for (k, edit) in enumerated() {
            // The line found once in the old bytes must be this edit's own line.
            guard oldStarts[k] == lines[k].start else { return nil }
            if afterLine[k] {
                let end = LineSpan.containing(newStarts[k], in: current).end
                result.append(TextEdit(range: end..<end, replacement: edit.replacement))
                continue
            }
            let shift = newStarts[k] - lines[k].start
            result.append(TextEdit(range: (edit.range.lowerBound + shift)..<(edit.range.upperBound + shift), replacement: edit.replacement))
        }
        return result
    }
}

enum TextEditRebase {
    /// Both end with the same non-empty last line, its ending included.
    static func sameLastLine(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        let last = LineSpan.containing(a.count - 1, in: a)
        let length = last.end - last.start
        return length <= b.count && a[last.start...].elementsEqual(b[(b.count - length)...])
            && (b.count == length || ASCII.isLineEnd(b[b.count - length - 1]))
    }

    /// For each wanted line text, where the one whole line with exactly that text starts in `bytes`;
    /// nil if any of them occurs zero times or more than once. One pass over the lines.
    static func uniqueLineStarts(of wanted: [ArraySlice<UInt8>], in bytes: [UInt8]) -> [Int]? {
        var found = [Int](repeating: -1, count: wanted.count)
        var duplicate = false
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count && !duplicate {
                let line = LineSpan.at(start, in: buffer)
                let length = line.contentEnd - line.start
                for (k, text) in wanted.enumerated() where text.count == length && text.first == buffer[line.start] {
                    if text.elementsEqual(buffer[line.content]) {
                        if found[k] >= 0 && found[k] != line.start { duplicate = true }
                        found[k] = line.start
                    }
                }
                start = line.end
            }
        }
        guard !duplicate, !found.contains(-1) else { return nil }
        return found
    }
}
