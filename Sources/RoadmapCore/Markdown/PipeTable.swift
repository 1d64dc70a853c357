/// GFM pipe tables (GFM spec §4.10), read line by line: a header row, a delimiter row with as many
/// cells (`|---|:--:|`), then body rows until the paragraph ends.
enum PipeTable {
    /// One cell: `interior` is everything between its pipes, `content` the same without the spaces
    /// around it.
    struct Cell: Equatable, Sendable {
        var interior: Range<Int>
        var content: Range<Int>
    }

    /// The row's cells. A leading and a trailing pipe are optional; `\|` does not split.
    static func cells(in bytes: [UInt8], _ range: Range<Int>) -> [Cell] {
        var cells: [Cell] = []
        forEachCell(in: bytes, range) { cells.append($0) }
        return cells
    }

    /// The row's cells, one call each, left to right: for a caller that keeps them in its own form.
    @inline(__always) static func forEachCell(in bytes: [UInt8], _ range: Range<Int>, _ body: (Cell) -> Void) {
        let line = BoldLabel.trimmed(range, in: bytes)
        guard !line.isEmpty else { return }
        var start = line.lowerBound
        var end = line.upperBound
        if bytes[start] == ASCII.pipe { start += 1 }
        if end > start && bytes[end - 1] == ASCII.pipe && !(end - 2 >= start && bytes[end - 2] == ASCII.backslash) { end -= 1 }
        var cellStart = start
        var i = start
        while i < end {
            let b = bytes[i]
            if b == ASCII.backslash {
                i += 2
                continue
            }
            if b == ASCII.pipe {
                body(cell(Range(offsets: cellStart, i), bytes))
                cellStart = i + 1
            }
            i += 1
        }
        body(cell(Range(offsets: cellStart, max(cellStart, end)), bytes))
    }

    private static func cell(_ interior: Range<Int>, _ bytes: [UInt8]) -> Cell {
        Cell(interior: interior, content: BoldLabel.trimmed(interior, in: bytes))
    }

    /// Whether the line has an unescaped pipe.
    static func hasPipe(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] == ASCII.backslash { i += 2; continue }
            if bytes[i] == ASCII.pipe { return true }
            i += 1
        }
        return false
    }

    /// The number of cells when the line is a delimiter row (`| --- | :-: |`), else nil.
    static func delimiterCellCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        let line = BoldLabel.trimmed(range, in: bytes)
        guard !line.isEmpty, hasPipe(bytes, line) || bytes[line.lowerBound] == ASCII.colon else { return nil }
        var count = 0
        for cell in cells(in: bytes, line) {
            let c = cell.content
            guard !c.isEmpty else { return nil }
            var i = c.lowerBound
            var upper = c.upperBound
            if bytes[i] == ASCII.colon { i += 1 }
            if upper > i && bytes[upper - 1] == ASCII.colon { upper -= 1 }
            guard upper > i else { return nil }
            while i < upper {
                guard bytes[i] == ASCII.minus else { return nil }
                i += 1
            }
            count += 1
        }
        return count
    }
}
