/// A unified diff (`diff -u` format) of what a set of edits would do, for `--dry-run`.
/// Built from the edits themselves, so it needs no general diff algorithm: each edit's lines
/// before and after, with up to `context` unchanged lines around, neighbouring hunks merged.
public enum UnifiedDiff {
    /// A new file of `bytes` at `path`, as a unified diff from nothing (`--- /dev/null`), as
    /// `git diff` shows a file added: what `init --dry-run` prints.
    public static func creating(_ bytes: [UInt8], path: String) -> String {
        let diff = render([], [TextEdit(range: 0..<0, replacement: bytes)], path: path)
        return "--- /dev/null" + diff.dropFirst("--- a/\(path)".count)
    }

    /// `edits` applied to `bytes` as a unified diff of `path` (what `--dry-run` prints); empty
    /// without edits.
    public static func render(_ bytes: [UInt8], _ edits: [TextEdit], path: String, context: Int = 3) -> String {
        guard !edits.isEmpty else { return "" }
        let lines = lineStarts(bytes)
        func lineIndex(of offset: Int) -> Int {
            var low = 0, high = lines.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if lines[mid] <= offset { low = mid } else { high = mid - 1 }
            }
            return low
        }
        func lineEnd(_ i: Int) -> Int { i + 1 < lines.count ? lines[i + 1] : bytes.count }
        func lineStart(_ i: Int) -> Int { i < lines.count ? lines[i] : bytes.count }
        /// The lines an edit changes. Whole lines inserted between two lines (or after the last)
        /// change none: they are `(k, k - 1)`, before line k, so the line after shows as context.
        func span(_ edit: TextEdit) -> (first: Int, last: Int) {
            let at = edit.range.lowerBound
            if edit.range.isEmpty, !bytes.isEmpty, at == 0 || ASCII.isLineEnd(bytes[at - 1]),
               let end = edit.replacement.last, ASCII.isLineEnd(end) {
                let k = at == bytes.count ? lines.count : lineIndex(of: at)
                return (k, k - 1)
            }
            let first = lineIndex(of: at)
            return (first, max(first, lineIndex(of: max(at, edit.range.upperBound - 1))))
        }

        // Group edits whose changed lines (plus context) touch.
        let sorted = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var groups: [[TextEdit]] = []
        var groupLast = -1
        for edit in sorted {
            let (first, last) = span(edit)
            if let _ = groups.last, first - context <= groupLast + context + 1 {
                groups[groups.count - 1].append(edit)
            } else {
                groups.append([edit])
            }
            groupLast = max(groupLast, last, first)
        }

        var out = "--- a/\(path)\n+++ b/\(path)\n"
        var lineShift = 0
        for group in groups {
            // Lines an edit touches, in runs of neighbours; the lines between runs are context, so
            // many small edits (adopt's) read as a diff would show them.
            var runs: [(first: Int, last: Int, edits: [TextEdit])] = []
            for edit in group {
                let (first, last) = span(edit)
                if let previous = runs.last, first <= previous.last + 1 {
                    runs[runs.count - 1].last = max(previous.last, last)
                    runs[runs.count - 1].edits.append(edit)
                } else {
                    runs.append((first, last, [edit]))
                }
            }
            let from = max(0, runs[0].first - context)
            let to = min(lines.count - 1, runs[runs.count - 1].last + context)
            var body = ""
            var oldCount = 0, newCount = 0
            var line = from
            func contextLine(_ i: Int) {
                body += " " + show(Array(bytes[lines[i]..<lineEnd(i)]))
                oldCount += 1
                newCount += 1
            }
            for run in runs {
                while line < run.first { contextLine(line); line += 1 }
                let changedStart = lineStart(run.first), changedEnd = run.last >= run.first ? lineEnd(run.last) : changedStart
                let before = Array(bytes[changedStart..<changedEnd])
                let shifted = run.edits.map { TextEdit(range: ($0.range.lowerBound - changedStart)..<($0.range.upperBound - changedStart), replacement: $0.replacement) }
                let oldLines = split(before), newLines = split(shifted.applied(to: before))
                for l in oldLines { body += "-" + show(l) }
                for l in newLines { body += "+" + show(l) }
                oldCount += oldLines.count
                newCount += newLines.count
                line = run.last + 1
            }
            while line <= to { contextLine(line); line += 1 }
            // An empty side names the line before it, as `diff -u` does (`@@ -1,0 +2,1 @@`).
            let oldStart = from + (oldCount == 0 ? 0 : 1), newStart = from + lineShift + (newCount == 0 ? 0 : 1)
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n" + body
            lineShift += newCount - oldCount
        }
        return out
    }

    /// Where each line starts (LF, CRLF and a lone CR end lines), found with `findByte`.
    private static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            var lines = LineSplitter(buffer)
            var start = 0
            while start < buffer.count {
                let end = lines.line(at: start).end
                if end < buffer.count { starts.append(end) }
                start = end
            }
        }
        return starts
    }

    private static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var start = 0
        bytes.withUnsafeBufferPointer { buffer in
            while start < buffer.count {
                let span = LineSpan.at(start, in: buffer)
                result.append(Array(buffer[span.start..<span.end]))
                start = span.end
            }
        }
        return result
    }

    /// A diff line shows the text without its ending, then `\n`; a missing final newline is marked
    /// as `diff` does, and CR of a CRLF line shows as `^M` would confuse, so it is left out.
    private static func show(_ line: [UInt8]) -> String {
        var content = line[...]
        let hadNewline = content.last == ASCII.lf || content.last == ASCII.cr
        while let last = content.last, last == ASCII.lf || last == ASCII.cr { content = content.dropLast() }
        let text = String(decoding: content, as: UTF8.self) + "\n"
        return hadNewline ? text : text + "\\ No newline at end of file\n"
    }
}

extension UnifiedDiff {
    /// A change to several files of a plan (`edits[f]` for file `f`): each file's diff, in the
    /// plan's order, files without edits left out.
    public static func render(_ edits: [[TextEdit]], in plan: Plan) -> String {
        zip(plan.files, edits).filter { !$0.1.isEmpty }.map { render($0.0.roadmap.bytes, $0.1, path: $0.0.path) }.joined()
    }
}
