/// The lines most roadmaps are made of, decided without the general algorithm of `scanLine`:
/// text, blank lines, bullet items (`- [ ] …`) and ordered items (`1. [ ] …`, since issue 28: a
/// tenth of the benchmark's lines) at the top level or inside list items, indented with spaces. Why: on the benchmark's 10,000-goal file `scanLine` spent about 900 instructions
/// a line, nearly all of it on what these lines never need (tab columns, quotes, code and HTML
/// leaves, a cursor copied at every step).
///
/// It must decide exactly as `scanLine` would: a test runs both over the corpus and over
/// generated documents and compares every event. So it returns false, having changed nothing,
/// for any line it is not sure of: a tab in the indentation, an open quote, code or HTML block,
/// or a line that could start a heading, fence, HTML block, quote, break, setext underline,
/// ordered item interrupting a paragraph, empty item or item holding code.
extension BlockScanner {
    mutating func scanSimpleLine<Sink: BlockSink>(_ bytes: UnsafeBufferPointer<UInt8>, _ line: LineSpan,
                                                  number: Int, _ sink: inout Sink) -> Bool {
        guard quoteDepth == 0 else { return false }
        let inParagraph: Bool
        switch leaf {
        case .none: inParagraph = false
        case .paragraph: inParagraph = true
        default: return false
        }
        let end = line.contentEnd
        var first = line.start
        while first < end && bytes[first] == ASCII.space { first += 1 }
        if first < end && bytes[first] == ASCII.tab { return false }
        let isBlank = first == end

        // With no quote open every container is a list item, and with spaces only, columns are
        // bytes: item k continues when the line is indented to its content column at least.
        var matched = 0
        var position = line.start
        while matched < containers.count {
            guard case let .listItem(markerOffset, padding) = containers[matched].kind else { return false }
            if first - position >= markerOffset + padding {
                position += markerOffset + padding
            } else if isBlank && containers[matched].hasChild {
                position = first
            } else {
                break
            }
            matched += 1
        }
        let paragraphContinues = !isBlank && inParagraph && matched == containers.count
        let indent = first - position
        if !isBlank && indent < 4 && ASCII.mayStartBlock(bytes[first]) {
            let start = SimpleStart(bytes, first, end, continuesParagraph: paragraphContinues)
            guard start.isSure else { return false }
            if let content = start.bulletContent {
                beginBlock(closing: matched)
                containers.append(Container(kind: .listItem(markerOffset: indent, padding: content - first)))
                finishLine(LineCursor(bytes: bytes, line: line, spacesTo: content, firstNonspace: content), number,
                           matched: containers.count, opened: true, paragraphContinues: false, startsListItem: true, &sink)
                return true
            }
        } else if !isBlank && indent >= 4 && !inParagraph {
            return false  // indented code
        }
        finishLine(LineCursor(bytes: bytes, line: line, spacesTo: position, firstNonspace: first), number,
                   matched: matched, opened: false, paragraphContinues: paragraphContinues, startsListItem: false, &sink)
        return true
    }
}

/// A line whose first non-space byte could start a block, looked at closely enough to tell the
/// easy cases: no block starts after all (`**Name:**`, `--flag`, `2024 plan`), or a list item (`-`,
/// `*`, `+`, or up to nine digits and `.` or `)`, then one to four spaces) whose content starts no
/// block either.
private struct SimpleStart {
    /// Sure it is text, or a list item with plain content.
    private(set) var isSure = false
    /// Where a list item's content starts.
    private(set) var bulletContent: Int?

    /// `continuesParagraph`: the line would otherwise continue the open paragraph, where only an
    /// ordered item numbered 1, with content, may start.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Int, _ end: Int, continuesParagraph: Bool) {
        let b = bytes[first]
        if (b == ASCII.minus || b == ASCII.star || b == ASCII.plus) && first + 1 < end && bytes[first + 1] == ASCII.space {
            var content = first + 1
            while content < end && bytes[content] == ASCII.space { content += 1 }
            // Five spaces or more make code inside the item; a tab, columns; nothing, an empty item.
            guard content < end, content - first <= 5, bytes[content] != ASCII.tab else { return }
            // Plain content also rules out a break (`- - -`) and a setext underline for the line.
            isSure = Self.startsNoBlock(bytes, content, end)
            bulletContent = content
        } else if ASCII.isDigit(b) {
            // As `ListMarker.read` decides: at most nine digits; in a paragraph only an item
            // numbered 1 may start; then the delimiter, then whitespace or the end of the line.
            var delimiter = first
            var value = 0
            while delimiter < end && delimiter - first < 9 && ASCII.isDigit(bytes[delimiter]) {
                value = value * 10 + Int(bytes[delimiter] - ASCII.zero)
                delimiter += 1
            }
            if continuesParagraph && value != 1 {
                isSure = true  // `2. x` continues the paragraph
                return
            }
            guard delimiter < end, bytes[delimiter] == ASCII.dot || bytes[delimiter] == ASCII.rightParen else {
                // No delimiter after the digits (`2024 plan`, ten digits): no list item, so text.
                isSure = delimiter < end
                return
            }
            let after = delimiter + 1
            guard after < end, ASCII.isWhitespace(bytes[after]) else {
                // `3.5 hours`: text; `3.` alone is an empty item, left to the general path.
                isSure = after < end
                return
            }
            guard bytes[after] == ASCII.space else { return }
            var content = after
            while content < end && bytes[content] == ASCII.space { content += 1 }
            guard content < end, content - after <= 4, bytes[content] != ASCII.tab else { return }
            isSure = Self.startsNoBlock(bytes, content, end)
            bulletContent = content
        } else {
            isSure = Self.startsNoBlock(bytes, first, end)
        }
    }

    /// True when no block can start at `i`, a non-space byte: not a block character, or a break
    /// or setext character followed by something else than more of it (`**bold**`, `-->`, `==`).
    private static func startsNoBlock(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let c = bytes[i]
        guard ASCII.mayStartBlock(c) else { return true }
        switch c {
        case ASCII.minus, ASCII.star, ASCII.plus:
            // Any whitespace after a bullet character makes a list item (cmark counts form feeds too).
            guard i + 1 < end, !ASCII.isWhitespace(bytes[i + 1]) else { return false }
        case ASCII.underscore, ASCII.equals:
            break
        default:
            return false
        }
        var j = i + 1
        while j < end {
            let b = bytes[j]
            if b != c && b != ASCII.space && b != ASCII.tab { return true }
            j += 1
        }
        return false
    }
}
