/// A goal that stands for another file: its text is, or starts with, a link to a local markdown
/// file (`- [ ] [Phase 1: Foundation](phase-1-foundation.md) (Months 1-6)`). Such a goal is where a
/// `Plan` hangs the linked file's goals.
enum LocalLink {
    /// The decoded target of a link at the start of `range` (after up to two emphasis markers),
    /// without `#fragment` or `?query`; nil unless it names a relative `.md` or `.markdown` file.
    static func target(in bytes: [UInt8], _ range: Range<Int>) -> String? {
        var i = range.lowerBound
        let end = range.upperBound
        var emphasis = 0
        while emphasis < 2 && i < end && (bytes[i] == ASCII.star || bytes[i] == ASCII.underscore) {
            i += 1
            emphasis += 1
        }
        guard i < end, bytes[i] == ASCII.leftBracket, let close = closingBracket(bytes, from: i, end: end),
              close + 1 < end, bytes[close + 1] == ASCII.leftParen else { return nil }
        guard let raw = destination(bytes, from: close + 2, end: end) else { return nil }
        return localMarkdownPath(raw)
    }

    /// The `]` that closes the label opened at `open`, skipping escapes and nested brackets.
    private static func closingBracket(_ bytes: [UInt8], from open: Int, end: Int) -> Int? {
        var depth = 0
        var j = open
        while j < end {
            switch bytes[j] {
            case ASCII.backslash: j += 1
            case ASCII.leftBracket: depth += 1
            case ASCII.rightBracket:
                depth -= 1
                if depth == 0 { return j }
            default: break
            }
            j += 1
        }
        return nil
    }

    /// The link destination after `(`: `<...>`, or bytes up to whitespace or the balancing `)`.
    private static func destination(_ bytes: [UInt8], from start: Int, end: Int) -> [UInt8]? {
        var j = start
        while j < end && ASCII.isSpaceOrTab(bytes[j]) { j += 1 }
        var out: [UInt8] = []
        if j < end && bytes[j] == ASCII.less {
            j += 1
            while j < end && bytes[j] != ASCII.greater {
                if bytes[j] == ASCII.backslash && j + 1 < end { j += 1 }
                out.append(bytes[j])
                j += 1
            }
            return j < end ? out : nil
        }
        var parens = 0
        while j < end {
            let b = bytes[j]
            if ASCII.isSpaceOrTab(b) { break }
            if b == ASCII.leftParen { parens += 1 }
            if b == ASCII.rightParen {
                if parens == 0 { break }
                parens -= 1
            }
            if b == ASCII.backslash && j + 1 < end { j += 1 }
            out.append(bytes[j])
            j += 1
        }
        return j < end ? out : nil
    }

    /// Keeps relative paths to markdown files; URLs (anything with a `:`), absolute paths and
    /// same-file anchors are not files of the plan.
    private static func localMarkdownPath(_ raw: [UInt8]) -> String? {
        var path = raw[...]
        if let cut = path.firstIndex(where: { $0 == ASCII.hash || $0 == ASCII.question }) { path = path[..<cut] }
        guard let first = path.first, first != ASCII.slash, !path.contains(ASCII.colon) else { return nil }
        let decoded = percentDecoded(path)
        let lower = decoded.map(ASCII.lowercased)
        guard lower.count > 3 && (lower.hasSuffix(".md") || lower.hasSuffix(".markdown")) else { return nil }
        // A name is bytes: `ph%FF.md` names `ph\xFF.md` (`PathBytes`).
        return PathBytes.string(decoded)
    }

    private static func percentDecoded(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        PercentDecoding.decode(bytes, strict: false)!
    }
}

extension Array where Element == UInt8 {
    func hasSuffix(_ text: String) -> Bool {
        let suffix = Array(text.utf8)
        return count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}

extension Roadmap {
    /// The file a goal links to, as written (relative to this file's directory), when the goal's
    /// text starts with a link to a local markdown file.
    public func localLinkTarget(ofGoal index: Int) -> String? {
        LocalLink.target(in: bytes, goals[index].textRange)
    }

    /// Whether any goal links to a local markdown file. A byte check per goal, so a single-file
    /// roadmap pays next to nothing for the multi-file feature.
    public var hasLocalLinks: Bool {
        goals.indices.contains { index in
            let start = goals[index]._text
            guard Int(start) < bytes.count else { return false }
            let first = bytes[Int(start)]
            guard first == ASCII.leftBracket || first == ASCII.star || first == ASCII.underscore else { return false }
            return localLinkTarget(ofGoal: index) != nil
        }
    }
}
