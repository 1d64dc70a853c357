/// Where a list item sits in the bytes, as `add` needs it: the bytes before its marker, the
/// marker, the column its content starts at, and the last line that belongs to it.
struct ListItemLine {
    enum Kind: Equatable { case bullet(UInt8), ordered(UInt8) }
    let span: LineSpan
    /// What comes before the marker: indentation, and `> ` inside a block quote.
    let leading: Range<Int>
    let kind: Kind
    /// For an ordered item, its number.
    let number: Int?
    /// The marker's bytes and the spaces after it.
    let marker: Range<Int>
    let spacing: Range<Int>

    /// The item whose marker starts after `leading` bytes on `span`, if the line is one.
    static func read(_ span: LineSpan, leadingCount: Int, in bytes: [UInt8]) -> ListItemLine? {
        let start = span.start + leadingCount
        guard start < span.contentEnd else { return nil }
        var pos = start
        let kind: Kind
        var number: Int?
        let first = bytes[pos]
        if first == ASCII.minus || first == ASCII.star || first == ASCII.plus {
            kind = .bullet(first)
            pos += 1
        } else {
            var value = 0
            while pos < span.contentEnd, pos - start < 9, ASCII.isDigit(bytes[pos]) {
                value = value * 10 + Int(bytes[pos] - ASCII.zero)
                pos += 1
            }
            guard pos > start, pos < span.contentEnd, bytes[pos] == ASCII.dot || bytes[pos] == ASCII.rightParen else { return nil }
            kind = .ordered(bytes[pos])
            number = value
            pos += 1
        }
        guard pos == span.contentEnd || ASCII.isSpaceOrTab(bytes[pos]) else { return nil }
        var after = pos
        while after < span.contentEnd && ASCII.isSpaceOrTab(bytes[after]) { after += 1 }
        return ListItemLine(span: span, leading: span.start..<start, kind: kind, number: number, marker: start..<pos, spacing: pos..<after)
    }

    /// The item line of a goal: its marker is the last one before the box.
    static func of(goal: Goal, in bytes: [UInt8]) -> ListItemLine? {
        let span = bytes.withUnsafeBufferPointer { LineSpan.at(goal.lineRange.lowerBound, in: $0) }
        var i = goal.boxRange.lowerBound
        while i > span.start && ASCII.isSpaceOrTab(bytes[i - 1]) { i -= 1 }
        while i > span.start && !ASCII.isSpaceOrTab(bytes[i - 1]) && bytes[i - 1] != ASCII.greater { i -= 1 }
        return read(span, leadingCount: i - span.start, in: bytes)
    }

    /// The column the item's content starts at (tabs to the next multiple of 4); past four
    /// spaces after the marker, the content starts one column after it (CommonMark §5.2).
    func contentColumn(in bytes: [UInt8]) -> Int {
        let afterMarker = Self.column(of: marker.upperBound, from: span.start, in: bytes)
        let afterSpaces = Self.column(of: spacing.upperBound, from: span.start, in: bytes)
        return afterSpaces - afterMarker > 4 || spacing.upperBound == span.contentEnd ? afterMarker + 1 : afterSpaces
    }

    static func column(of offset: Int, from start: Int, in bytes: [UInt8]) -> Int {
        var column = 0
        for i in start..<offset { column = bytes[i] == ASCII.tab ? (column / 4 + 1) * 4 : column + 1 }
        return column
    }
}

extension Roadmap {
    func line(at start: Int) -> LineSpan {
        bytes.withUnsafeBufferPointer { LineSpan.at(start, in: $0) }
    }

    func isBlank(_ span: LineSpan) -> Bool {
        bytes[span.start..<span.contentEnd].allSatisfy(ASCII.isSpaceOrTab)
    }

    func indentation(_ span: LineSpan) -> Int {
        var end = span.start
        while end < span.contentEnd && ASCII.isSpaceOrTab(bytes[end]) { end += 1 }
        return ListItemLine.column(of: end, from: span.start, in: bytes)
    }

    /// Where the text of the next heading after `section` starts (the end of the file if none):
    /// an item never reaches past it.
    func offsetOfHeading(after section: Int) -> Int {
        guard section + 1 < sections.count else { return bytes.count }
        return LineSpan.containing(sections[section + 1].titleRange.lowerBound, in: bytes).start
    }

    /// The last non-blank line of the item on `item`: its goals' continuation lines, and every
    /// line indented to its content, up to `bound`.
    func lastLine(of item: ListItemLine, goal: Int?, bound: Int) -> LineSpan {
        var last = item.span
        if let goal {
            var end = goals[goal].lineRange.upperBound
            var i = goal
            repeat {
                end = max(end, continuations[i]?.last?.upperBound ?? goals[i].lineRange.upperBound)
                i += 1
            } while i < goals.count && (goals[i].parentIndex ?? -1) >= goal
            last = LineSpan.containing(max(end - 1, goals[goal].lineRange.lowerBound), in: bytes)
        }
        let column = item.contentColumn(in: bytes)
        var cursor = last
        while cursor.end < bound {
            let next = line(at: cursor.end)
            if !isBlank(next) {
                guard indentation(next) >= column else { break }
                last = next
            }
            cursor = next
        }
        return last
    }
}
