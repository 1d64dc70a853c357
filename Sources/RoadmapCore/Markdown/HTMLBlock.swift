/// The seven kinds of HTML block start (CommonMark §4.6), with the block tag list of the spec
/// version cmark-gfm 0.29 implements. Task lines inside an HTML block are not goals.
package enum HTMLBlock: Equatable {
    /// `<script`, `<pre`, `<style`: ends at the matching closing tag. (`<textarea` joined them in
    /// CommonMark 0.30; in 0.29 and cmark-gfm it is an ordinary tag, `otherTag` when alone.)
    case rawText
    /// `<!--`: ends at `-->`.
    case comment
    /// `<?`: ends at `?>`.
    case processingInstruction
    /// `<!X`: ends at `>`.
    case declaration
    /// `<![CDATA[`: ends at `]]>`.
    case cdata
    /// A known block tag: ends at a blank line.
    case blockTag
    /// Any other complete tag alone on its line: ends at a blank line; cannot interrupt a paragraph.
    case otherTag

    package static func readStart(at cursor: LineCursor, canBeOtherTag: Bool) -> HTMLBlock? {
        guard cursor.indent < 4 else { return nil }
        let s = cursor.firstNonspace
        guard cursor.byte(at: s) == ASCII.less else { return nil }
        let next = cursor.byte(at: s + 1)
        if next == ASCII.bang {
            if matches("<!--", cursor, s) { return .comment }
            if matches("<![CDATA[", cursor, s) { return .cdata }
            if ASCII.isLetter(cursor.byte(at: s + 2)) && cursor.byte(at: s + 2) < 0x61 { return .declaration }
            return nil
        }
        if next == ASCII.question { return .processingInstruction }
        let closing = next == ASCII.slash
        let nameStart = closing ? s + 2 : s + 1
        var nameEnd = nameStart
        while nameEnd < cursor.end && (ASCII.isLetter(cursor.bytes[nameEnd]) || ASCII.isDigit(cursor.bytes[nameEnd])) {
            nameEnd += 1
        }
        let name = lowercasedName(cursor, nameStart..<nameEnd)
        let after = cursor.byte(at: nameEnd)
        if !closing && rawTextTags.contains(name) && (ASCII.isWhitespace(after) || after == ASCII.greater) {
            return .rawText
        }
        if blockTags.contains(name) {
            if ASCII.isWhitespace(after) || after == ASCII.greater
                || (after == ASCII.slash && cursor.byte(at: nameEnd + 1) == ASCII.greater) {
                return .blockTag
            }
        }
        if canBeOtherTag, let end = CompleteTag.read(cursor, from: s) {
            var i = end
            while i < cursor.end && ASCII.isSpaceOrTab(cursor.bytes[i]) { i += 1 }
            if i == cursor.end { return .otherTag }
        }
        return nil
    }

    /// Whether `cursor`'s line, from its first non-space byte, contains this block's end condition.
    package func isEnded(by cursor: LineCursor) -> Bool {
        switch self {
        case .rawText:
            return contains(["</script>", "</pre>", "</style>"], cursor)
        case .comment: return contains(["-->"], cursor)
        case .processingInstruction: return contains(["?>"], cursor)
        case .declaration: return contains([">"], cursor)
        case .cdata: return contains(["]]>"], cursor)
        case .blockTag, .otherTag: return false
        }
    }

    var endsAtBlankLine: Bool { self == .blockTag || self == .otherTag }

    private static let rawTextTags: Set<String> = ["script", "pre", "style"]
    private static let blockTags: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center",
        "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
        "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "section", "source",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
    ]

    private static func lowercasedName(_ cursor: LineCursor, _ range: Range<Int>) -> String {
        guard range.count <= 12 else { return "" }
        return String(decoding: cursor.bytes[range].map(ASCII.lowercased), as: UTF8.self)
    }

    private static func matches(_ literal: StaticString, _ cursor: LineCursor, _ at: Int) -> Bool {
        let pattern = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for (k, b) in pattern.enumerated() where cursor.byte(at: at + k) != b { return false }
        return true
    }

    private func contains(_ needles: [StaticString], _ cursor: LineCursor) -> Bool {
        var i = cursor.firstNonspace
        while i < cursor.end {
            for needle in needles {
                let count = needle.utf8CodeUnitCount
                if i + count <= cursor.end {
                    var k = 0
                    while k < count && ASCII.lowercased(cursor.bytes[i + k]) == needle.utf8Start[k] { k += 1 }
                    if k == count { return true }
                }
            }
            i += 1
        }
        return false
    }
}

/// A complete open tag `<name attr="v" …/>` or closing tag `</name >` (CommonMark §6.6),
/// returning the offset just past it.
enum CompleteTag {
    static func read(_ cursor: LineCursor, from start: Int) -> Int? {
        var i = start + 1
        let closing = cursor.byte(at: i) == ASCII.slash
        if closing { i += 1 }
        guard ASCII.isLetter(cursor.byte(at: i)) else { return nil }
        while ASCII.isLetter(cursor.byte(at: i)) || ASCII.isDigit(cursor.byte(at: i)) || cursor.byte(at: i) == ASCII.minus {
            i += 1
        }
        if closing {
            while ASCII.isSpaceOrTab(cursor.byte(at: i)) { i += 1 }
            return cursor.byte(at: i) == ASCII.greater ? i + 1 : nil
        }
        while true {
            let beforeSpace = i
            while ASCII.isSpaceOrTab(cursor.byte(at: i)) { i += 1 }
            let c = cursor.byte(at: i)
            if c == ASCII.greater { return i + 1 }
            if c == ASCII.slash { return cursor.byte(at: i + 1) == ASCII.greater ? i + 2 : nil }
            // An attribute needs whitespace before it.
            guard i > beforeSpace, ASCII.isLetter(c) || c == ASCII.underscore || c == ASCII.colon else { return nil }
            i += 1
            while true {
                let b = cursor.byte(at: i)
                guard ASCII.isLetter(b) || ASCII.isDigit(b) || b == ASCII.underscore || b == ASCII.dot
                    || b == ASCII.colon || b == ASCII.minus else { break }
                i += 1
            }
            var j = i
            while ASCII.isSpaceOrTab(cursor.byte(at: j)) { j += 1 }
            guard cursor.byte(at: j) == ASCII.equals else { continue }
            j += 1
            while ASCII.isSpaceOrTab(cursor.byte(at: j)) { j += 1 }
            let quote = cursor.byte(at: j)
            if quote == 0x22 || quote == 0x27 {
                j += 1
                while j < cursor.end && cursor.bytes[j] != quote { j += 1 }
                guard j < cursor.end else { return nil }
                i = j + 1
            } else {
                let valueStart = j
                while j < cursor.end {
                    let b = cursor.bytes[j]
                    if ASCII.isWhitespace(b) || b == 0x22 || b == 0x27 || b == ASCII.equals || b == ASCII.less
                        || b == ASCII.greater || b == ASCII.backtick { break }
                    j += 1
                }
                guard j > valueStart else { return nil }
                i = j
            }
        }
    }
}
