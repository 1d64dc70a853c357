/// Links and images to local files that do not exist (`[Phase 2](phase-2.md)` with no such
/// file). URLs, anchors, absolute paths and placeholders that name no file (`[Blog](link)`)
/// are not checked; neither is anything inside code.
enum MissingLinks {
    /// - Parameter skipping: pass over lines without a `](` unread (false only to test that).
    static func findings(_ input: LintInput, skipping: Bool = true) -> [LintFinding] {
        let bytes = input.roadmap.bytes
        var found: [LintFinding] = []
        for facts in input.textLines {
            // Most lines link nothing, and `targets` reads a byte at a time: a link's destination
            // follows `](`, found sixteen bytes a step (half of this check's time on a large file
            // went to lines without one).
            if skipping && !holdsLinkStart(bytes, facts.contentStart..<facts.span.contentEnd) { continue }
            for target in targets(bytes, facts.contentStart..<facts.span.contentEnd) where !input.exists(target) {
                found.append(LintFinding(line: facts.number, kind: .missingLink, message: "link to '\(target)' points nowhere"))
            }
        }
        return found
    }

    /// Whether `bytes[range]` holds `](`, which every link `targets` reads has.
    static func holdsLinkStart(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= 2 else { return false }
        return bytes.withUnsafeBytes { raw in
            var p = raw.baseAddress! + range.lowerBound
            let last = raw.baseAddress! + range.upperBound - 1  // a `]` here has no `(` after it
            while p < last, let found = findByte(ASCII.rightBracket, in: p, count: last - p) {
                if found.load(fromByteOffset: 1, as: UInt8.self) == ASCII.leftParen { return true }
                p = found + 1
            }
            return false
        }
    }

    /// Local targets of the inline links in `range`, code spans skipped.
    static func targets(_ bytes: [UInt8], _ range: Range<Int>) -> [String] {
        var result: [String] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            if b == ASCII.backslash { i += 2; continue }
            if b == ASCII.backtick {
                var run = 0
                while i + run < end && bytes[i + run] == ASCII.backtick { run += 1 }
                i = closingRun(bytes, from: i + run, end: end, length: run) ?? (i + run)
                continue
            }
            if b == ASCII.rightBracket, i + 1 < end, bytes[i + 1] == ASCII.leftParen {
                let (destination, after) = self.destination(bytes, from: i + 2, end: end)
                if let destination, let path = localPath(destination) { result.append(path) }
                i = after
                continue
            }
            i += 1
        }
        return result
    }

    /// The offset after a run of `length` backticks closing a code span, if there is one.
    private static func closingRun(_ bytes: [UInt8], from start: Int, end: Int, length: Int) -> Int? {
        var j = start
        while j < end {
            guard bytes[j] == ASCII.backtick else { j += 1; continue }
            var run = 0
            while j + run < end && bytes[j + run] == ASCII.backtick { run += 1 }
            if run == length { return j + run }
            j += run
        }
        return nil
    }

    /// The destination after `(`: `<…>` or up to whitespace or the balancing `)`.
    private static func destination(_ bytes: [UInt8], from start: Int, end: Int) -> ([UInt8]?, Int) {
        var j = start
        while j < end && ASCII.isSpaceOrTab(bytes[j]) { j += 1 }
        if j < end && bytes[j] == ASCII.less {
            guard let close = bytes[j..<end].firstIndex(of: ASCII.greater) else { return (nil, j) }
            return (Array(bytes[(j + 1)..<close]), close + 1)
        }
        var depth = 0
        var out: [UInt8] = []
        while j < end, !ASCII.isSpaceOrTab(bytes[j]) {
            if bytes[j] == ASCII.leftParen { depth += 1 }
            if bytes[j] == ASCII.rightParen {
                if depth == 0 { break }
                depth -= 1
            }
            out.append(bytes[j])
            j += 1
        }
        return (out, j)
    }

    /// The path a destination names, when it is a relative path to a file.
    private static func localPath(_ raw: [UInt8]) -> String? {
        var path = raw[...]
        if let cut = path.firstIndex(where: { $0 == ASCII.hash || $0 == ASCII.question }) { path = path[..<cut] }
        guard let first = path.first, first != ASCII.slash, !path.contains(ASCII.colon),
              path.contains(ASCII.dot) || path.contains(ASCII.slash),
              let decoded = PercentDecoding.decode(path, strict: false) else { return nil }
        return PathBytes.string(decoded)
    }
}
