/// The start of a GFM table (GFM §4.10): a header row and a delimiter row (`|---|:-:|`) with the
/// same number of cells. The scanner needs to know only this much: a table is not a paragraph, so
/// a `---` line under it is a thematic break, not a setext underline.
enum TableStart {
    /// Whether `header` then `delimiter` (line content ranges) begin a table.
    static func isTable(_ bytes: UnsafeBufferPointer<UInt8>, header: Range<Int>, delimiter: Range<Int>) -> Bool {
        guard let count = delimiterCells(bytes, delimiter) else { return false }
        return headerCells(bytes, header) == count
    }

    /// Cells of a delimiter row: each `:?-+:?`, separated by `|`, outer pipes optional.
    static func delimiterCells(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var (i, end) = trimmed(bytes, range)
        guard i < end else { return nil }
        if bytes[i] == ASCII.pipe { i += 1 }
        if end > i && bytes[end - 1] == ASCII.pipe { end -= 1 }
        var cells = 0
        while i <= end {
            while i < end && ASCII.isSpaceOrTab(bytes[i]) { i += 1 }
            if i < end && bytes[i] == ASCII.colon { i += 1 }
            let dashes = i
            while i < end && bytes[i] == ASCII.minus { i += 1 }
            guard i > dashes else { return nil }
            if i < end && bytes[i] == ASCII.colon { i += 1 }
            while i < end && ASCII.isSpaceOrTab(bytes[i]) { i += 1 }
            cells += 1
            if i == end { return cells }
            guard bytes[i] == ASCII.pipe else { return nil }
            i += 1
        }
        return cells
    }

    /// Cells of a header row: split on pipes not escaped by a backslash, outer pipes optional.
    static func headerCells(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var (i, end) = trimmed(bytes, range)
        if i < end && bytes[i] == ASCII.pipe { i += 1 }
        if end > i && bytes[end - 1] == ASCII.pipe && (end - 2 < i || bytes[end - 2] != ASCII.backslash) { end -= 1 }
        var cells = 1
        while i < end {
            if bytes[i] == ASCII.backslash { i += 2; continue }
            if bytes[i] == ASCII.pipe { cells += 1 }
            i += 1
        }
        return cells
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (Int, Int) {
        var i = range.lowerBound, end = range.upperBound
        while i < end && ASCII.isSpaceOrTab(bytes[i]) { i += 1 }
        while end > i && ASCII.isSpaceOrTab(bytes[end - 1]) { end -= 1 }
        return (i, end)
    }
}
