/// Moving edits computed on one version of a file onto a newer version (an editor saved the file
/// between our read and our write, or another `roadmap` process wrote first).
///
/// The rule is deliberately narrow, so a re-applied edit can never land somewhere unintended:
/// every edit must lie within one line's text; that line's exact bytes must occur exactly once as a
/// whole line in the old version and exactly once in the new one. The edit then moves with its line.
/// Anything else (the line was changed, removed, or duplicated) gives nil: the caller refuses.
extension Array where Element == TextEdit {
    public func rebased(from original: [UInt8], onto current: [UInt8]) -> [TextEdit]? {
        if original == current { return self }
        var lines: [LineSpan] = []
        for edit in self {
            let line = LineSpan.containing(edit.range.lowerBound, in: original)
            guard line.start < line.contentEnd, edit.range.upperBound <= line.contentEnd else { return nil }
            lines.append(line)
        }
        let wanted = lines.map { original[$0.start..<$0.contentEnd] }
        guard let oldStarts = TextEditRebase.uniqueLineStarts(of: wanted, in: original),
              let newStarts = TextEditRebase.uniqueLineStarts(of: wanted, in: current) else { return nil }
        var result: [TextEdit] = []
        for (k, edit) in enumerated() {
            // The line found once in the old bytes must be this edit's own line.
            guard oldStarts[k] == lines[k].start else { return nil }
            let shift = newStarts[k] - lines[k].start
            result.append(TextEdit(range: (edit.range.lowerBound + shift)..<(edit.range.upperBound + shift), replacement: edit.replacement))
        }
        return result
    }
}

enum TextEditRebase {
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
                    if text.elementsEqual(buffer[line.start..<line.contentEnd]) {
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
