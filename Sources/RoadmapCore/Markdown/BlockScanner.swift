/// The CommonMark block-structure algorithm (spec appendix "A parsing strategy", as cmark
/// implements it), run over bytes one line at a time. It keeps a stack of open containers
/// (block quotes and list items) and one open leaf (paragraph, code, HTML), and decides for every
/// line whether it continues, lazily continues, closes or opens blocks.
///
/// It exists so that goal recognition agrees with GitHub: a `- [ ]` line inside a fence, an
/// indented code block, an HTML block or a paragraph continuation is not a goal.
package struct BlockScanner {
    typealias Container = OpenContainer
    typealias Leaf = OpenLeaf

    // The state below is internal rather than private for the short path in SimpleLines.swift,
    // which decides plain lines with it; nothing else in the module touches it.
    var containers: [Container] = []
    var leaf = Leaf.none
    /// The goal whose first paragraph is the open paragraph, or -1.
    var paragraphGoal: Int32 = -1
    /// Where the open paragraph's first line starts, for setext headings.
    var paragraphText: Range<Int> = 0..<0
    var paragraphLine = 0
    /// The open paragraph turned out to be a GFM table (header and delimiter rows).
    var paragraphIsTable = false
    var goalDepth = 0
    var quoteDepth = 0
    private var breakSpoilers = ThematicBreak.Spoilers()
    /// Whether lines go through `scanSimpleLine` first. Off only in the test that checks that both
    /// ways give the same result.
    private var usesSimpleLines = true
    private var simpleLinesTaken = 0

    // The sink is a generic argument of the methods, not a stored property of a generic scanner:
    // a generic scanner's type metadata was built at run time on every start.

    /// Scans `bytes` whole with a fresh scanner.
    /// Returns how many lines the simple-line path decided.
    @discardableResult
    package static func scan<Sink: BlockSink>(_ bytes: [UInt8], into sink: inout Sink, simpleLines: Bool = true) -> Int {
        var scanner = BlockScanner()
        scanner.usesSimpleLines = simpleLines
        bytes.withUnsafeBufferPointer { scanner.scan($0, into: &sink) }
        return scanner.simpleLinesTaken
    }

    /// Scans the whole buffer. A leading UTF-8 byte-order mark is skipped, as cmark does.
    mutating func scan<Sink: BlockSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        var number = 1
        var lines = LineSplitter(bytes)
        while start < bytes.count {
            let span = lines.line(at: start)
            if usesSimpleLines && scanSimpleLine(bytes, span, number: number, &sink) {
                simpleLinesTaken += 1
            } else {
                scanLine(LineCursor(bytes: bytes, line: span), number: number, &sink)
            }
            start = span.end
            number += 1
        }
    }

    var isInParagraph: Bool { if case .paragraph = leaf { return true } else { return false } }

    private mutating func scanLine<Sink: BlockSink>(_ start: LineCursor, number: Int, _ sink: inout Sink) {
        var cursor = start
        var matched = 0

        // 1. Which open containers does this line continue?
        matching: while matched < containers.count {
            cursor.findNonspace()
            switch containers[matched].kind {
            case .blockQuote:
                guard cursor.indent <= 3 && cursor.byte(at: cursor.firstNonspace) == ASCII.greater else { break matching }
                cursor.advance(cursor.indent + 1, columns: true)
                if ASCII.isSpaceOrTab(cursor.byte(at: cursor.offset)) { cursor.advance(1, columns: true) }
            case let .listItem(markerOffset, padding):
                if cursor.indent >= markerOffset + padding {
                    cursor.advance(markerOffset + padding, columns: true)
                } else if cursor.isBlank && containers[matched].hasChild {
                    cursor.advanceToNonspace()
                } else {
                    break matching
                }
            }
            matched += 1
        }
        let allMatched = matched == containers.count
        cursor.findNonspace()

        // 2. Does the open leaf continue? Code and HTML take the line whole.
        var paragraphContinues = false
        if allMatched {
            switch leaf {
            case let .fencedCode(fence, fenceOffset):
                if fence.isClosed(by: cursor) {
                    leaf = .none
                    report(.fence, cursor, number, &sink)
                } else {
                    var skip = fenceOffset
                    while skip > 0 && ASCII.isSpaceOrTab(cursor.byte(at: cursor.offset)) {
                        cursor.advance(1, columns: true)
                        skip -= 1
                    }
                    report(.code, cursor, number, &sink)
                }
                return
            case .indentedCode:
                if cursor.indent >= 4 || cursor.isBlank {
                    report(cursor.isBlank ? .blank : .code, cursor, number, &sink)
                    return
                }
                leaf = .none
            case let .html(kind):
                if !(kind.endsAtBlankLine && cursor.isBlank) {
                    if kind.isEnded(by: cursor) { leaf = .none }
                    report(.html, cursor, number, &sink)
                    return
                }
                leaf = .none
            case .paragraph:
                paragraphContinues = !cursor.isBlank
            case .none:
                break
            }
        }

        // 3. Open new blocks: quotes and list items nest; a leaf start ends the loop.
        var tipIsParagraph = isInParagraph
        var containerIsParagraph = allMatched && paragraphContinues
        var opened = false
        var startsListItem = false
        while true {
            cursor.findNonspace()
            let indented = cursor.indent >= 4
            let first = cursor.byte(at: cursor.firstNonspace)
            // Dispatch on the first byte, as Ink does: most lines are text and need no reader at all.
            let mayStartBlock = !indented && ASCII.mayStartBlock(first)
            if mayStartBlock && first == ASCII.greater {
                beginBlock(closing: matched)
                cursor.advance(cursor.indent + 1, columns: true)
                if ASCII.isSpaceOrTab(cursor.byte(at: cursor.offset)) { cursor.advance(1, columns: true) }
                containers.append(Container(kind: .blockQuote))
                quoteDepth += 1
            } else if mayStartBlock && first == ASCII.hash, let heading = ATXHeading.read(at: cursor) {
                beginBlock(closing: matched)
                if containers.isEmpty { sink.heading(level: heading.level, text: heading.text, line: number) }
                report(.heading, cursor, number, &sink)
                return
            } else if mayStartBlock && (first == ASCII.backtick || first == ASCII.tilde), let fence = CodeFence.readOpening(at: cursor) {
                beginBlock(closing: matched)
                leaf = .fencedCode(fence, fenceOffset: cursor.firstNonspace - cursor.offset)
                report(.fence, cursor, number, &sink)
                return
            } else if mayStartBlock && first == ASCII.less, let html = HTMLBlock.readStart(at: cursor, canBeOtherTag: !containerIsParagraph) {
                beginBlock(closing: matched)
                leaf = html.isEnded(by: cursor) ? .none : .html(html)
                report(.html, cursor, number, &sink)
                return
            } else if mayStartBlock && containerIsParagraph && !paragraphIsTable && (first == ASCII.equals || first == ASCII.minus),
                      let level = SetextUnderline.read(at: cursor) {
                if containers.isEmpty { sink.heading(level: level, text: paragraphText, line: paragraphLine) }
                leaf = .none
                paragraphGoal = -1
                report(.setextUnderline, cursor, number, &sink)
                return
            } else if mayStartBlock && (first == ASCII.star || first == ASCII.minus || first == ASCII.underscore)
                        && !breakSpoilers.ruleOut(cursor) && ThematicBreak.isThematicBreak(cursor) {
                beginBlock(closing: matched)
                report(.thematicBreak, cursor, number, &sink)
                return
            } else if mayStartBlock && first != ASCII.underscore, let marker = ListMarker.read(at: cursor, interruptsParagraph: containerIsParagraph) {
                let markerOffset = cursor.indent
                cursor.advance(cursor.firstNonspace + marker.width - cursor.offset, columns: false)
                let afterMarker = cursor
                while cursor.column - afterMarker.column <= 5 && ASCII.isSpaceOrTab(cursor.byte(at: cursor.offset)) {
                    cursor.advance(1, columns: true)
                }
                let spaces = cursor.column - afterMarker.column
                let padding: Int
                if spaces >= 5 || spaces < 1 || cursor.offset >= cursor.end {
                    padding = marker.width + 1
                    cursor = afterMarker
                    if spaces > 0 { cursor.advance(1, columns: true) }
                } else {
                    padding = marker.width + spaces
                }
                beginBlock(closing: matched)
                containers.append(Container(kind: .listItem(markerOffset: markerOffset, padding: padding)))
                startsListItem = true
            } else if indented && !tipIsParagraph && !cursor.isBlank {
                beginBlock(closing: matched)
                cursor.advance(4, columns: true)
                leaf = .indentedCode
                report(.code, cursor, number, &sink)
                return
            } else {
                break
            }
            opened = true
            matched = containers.count
            paragraphContinues = false
            containerIsParagraph = false
            tipIsParagraph = false
        }

        cursor.findNonspace()
        finishLine(cursor, number, matched: matched, opened: opened, paragraphContinues: paragraphContinues,
                   startsListItem: startsListItem, &sink)
    }

    /// 4. The rest of the line is text: a lazy continuation, a continuation, or a new paragraph;
    /// or the line is blank. `matched` counts the containers the line continues or opened.
    mutating func finishLine<Sink: BlockSink>(_ cursor: LineCursor, _ number: Int, matched: Int, opened: Bool,
                                              paragraphContinues: Bool, startsListItem: Bool, _ sink: inout Sink) {
        if !opened && !paragraphContinues && isInParagraph && !cursor.isBlank {
            reportText(cursor, number, continues: true, startsListItem: false, &sink)
            return
        }
        closeUnmatched(matched)
        if cursor.isBlank {
            leaf = .none
            paragraphGoal = -1
            report(.blank, cursor, number, startsListItem: startsListItem, &sink)
            return
        }
        if paragraphContinues {
            if number == paragraphLine + 1 && !paragraphIsTable {
                paragraphIsTable = TableStart.isTable(cursor.bytes, header: paragraphText,
                                                      delimiter: cursor.firstNonspace..<cursor.end)
            }
            reportText(cursor, number, continues: true, startsListItem: false, &sink)
            return
        }
        openParagraph(cursor, number, &sink)
        reportText(cursor, number, continues: false, startsListItem: startsListItem, &sink)
    }

    /// A new paragraph; if it is the first block of a list item and starts with `[c] `, the item is a goal.
    mutating func openParagraph<Sink: BlockSink>(_ cursor: LineCursor, _ number: Int, _ sink: inout Sink) {
        leaf = .paragraph
        paragraphText = cursor.firstNonspace..<cursor.end
        paragraphLine = number
        paragraphIsTable = false
        paragraphGoal = -1
        guard let item = containers.last, case .listItem = item.kind, !item.hasChild else {
            addChild()
            return
        }
        addChild()
        guard let marker = TaskMarker.read(at: cursor.firstNonspace, in: cursor) else { return }
        var parent: Int32 = -1
        var k = containers.count - 2
        while k >= 0 && parent < 0 {
            parent = containers[k].goal
            k -= 1
        }
        let index = sink.task(marker, line: number, span: cursor.line, parentGoal: parent,
                              depth: goalDepth, quoted: quoteDepth > 0)
        containers[containers.count - 1].goal = index
        goalDepth += 1
        paragraphGoal = index
    }

    /// A new block starts: unmatched containers and the open leaf close, and the innermost
    /// container gains a child.
    mutating func beginBlock(closing matched: Int) {
        closeUnmatched(matched)
        leaf = .none
        paragraphGoal = -1
        addChild()
    }

    private mutating func addChild() {
        if !containers.isEmpty { containers[containers.count - 1].hasChild = true }
    }

    /// Closes the containers the line did not continue (and with them the open leaf).
    mutating func closeUnmatched(_ matched: Int) {
        if matched < containers.count {
            while containers.count > matched {
                let container = containers.removeLast()
                if container.goal >= 0 { goalDepth -= 1 }
                if case .blockQuote = container.kind { quoteDepth -= 1 }
            }
            leaf = .none
            paragraphGoal = -1
        }
    }

    mutating func reportText<Sink: BlockSink>(_ cursor: LineCursor, _ number: Int, continues: Bool, startsListItem: Bool, _ sink: inout Sink) {
        guard sink.wantsEveryLine || (continues && paragraphGoal >= 0) else { return }
        sink.line(LineFacts(role: .paragraph, number: number, span: cursor.line, contentStart: cursor.firstNonspace,
                            containerDepth: containers.count, startsListItem: startsListItem,
                            continuesParagraph: continues, goal: paragraphGoal, inQuote: quoteDepth > 0))
    }

    mutating func report<Sink: BlockSink>(_ role: LineFacts.Role, _ cursor: LineCursor, _ number: Int, startsListItem: Bool = false, _ sink: inout Sink) {
        guard sink.wantsEveryLine else { return }
        sink.line(LineFacts(role: role, number: number, span: cursor.line, contentStart: cursor.offset,
                            containerDepth: containers.count, startsListItem: startsListItem,
                            continuesParagraph: false, goal: -1, inQuote: quoteDepth > 0))
    }
}

// Outside the generic scanner on purpose: nested in it they were generic types too, and their
// metadata (an array's element type) was built at run time on every start, a sixth of a small
// `status`.

/// An open block quote or list item.
struct OpenContainer {
    enum Kind { case blockQuote, listItem(markerOffset: Int, padding: Int) }
    var kind: Kind
    var hasChild = false
    var goal: Int32 = -1
}

/// The open leaf block, if any.
enum OpenLeaf {
    case none
    case paragraph
    case fencedCode(CodeFence, fenceOffset: Int)
    case indentedCode
    case html(HTMLBlock)
}
