/// A position inside one line, kept both in bytes and in columns, the way CommonMark counts
/// indentation: a tab advances to the next multiple of 4, and a container prefix may consume only
/// part of a tab (`partiallyConsumedTab`). This mirrors cmark's `S_advance_offset`, which is what
/// makes tab-indented lists (`\t\t- [ ] item`) nest the way GitHub shows them.
package struct LineCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    let line: LineSpan
    private(set) var offset: Int
    private(set) var column = 0
    private(set) var partiallyConsumedTab = false

    /// Filled by `findNonspace()`.
    private(set) var firstNonspace = 0
    private(set) var firstNonspaceColumn = 0
    private(set) var indent = 0
    private(set) var isBlank = false

    package init(bytes: UnsafeBufferPointer<UInt8>, line: LineSpan) {
        self.bytes = bytes
        self.line = line
        self.offset = line.start
    }

    /// A cursor at `offset` on a line with only spaces before it, so that columns are bytes, and
    /// its first non-space byte already found: how `scanSimpleLine` hands a line to the reporting
    /// code it shares with the general path.
    package init(bytes: UnsafeBufferPointer<UInt8>, line: LineSpan, spacesTo offset: Int, firstNonspace: Int) {
        self.init(bytes: bytes, line: line)
        self.offset = offset
        column = offset - line.start
        self.firstNonspace = firstNonspace
        firstNonspaceColumn = firstNonspace - line.start
        hasFirstNonspace = true
        indent = firstNonspaceColumn - column
        isBlank = firstNonspace >= line.contentEnd
    }

    var end: Int { line.contentEnd }

    /// The byte at `index`, or LF past the end of the line's text (the line ending stands for EOL).
    @inline(__always) func byte(at index: Int) -> UInt8 {
        index < line.contentEnd ? bytes[index] : ASCII.lf
    }

    /// Finds the first non-space byte at or after the cursor. The result is cached while the cursor
    /// has not passed it (as cmark does), so matching many nested containers on one deeply
    /// indented line stays linear instead of rescanning the indentation for each container.
    mutating func findNonspace() {
        if !hasFirstNonspace || firstNonspace < offset {
            var i = offset
            var col = column
            var charsToTab = 4 - (col % 4)
            while i < line.contentEnd {
                let b = bytes[i]
                if b == ASCII.space {
                    i += 1; col += 1; charsToTab -= 1
                    if charsToTab == 0 { charsToTab = 4 }
                } else if b == ASCII.tab {
                    i += 1; col += charsToTab; charsToTab = 4
                } else {
                    break
                }
            }
            firstNonspace = i
            firstNonspaceColumn = col
            hasFirstNonspace = true
        }
        indent = firstNonspaceColumn - column
        isBlank = firstNonspace >= line.contentEnd
    }
    private var hasFirstNonspace = false

    /// Advances by `count` columns (`columns == true`) or bytes.
    mutating func advance(_ count: Int, columns: Bool) {
        var count = count
        while count > 0 && offset < line.contentEnd {
            if bytes[offset] == ASCII.tab {
                let charsToTab = 4 - (column % 4)
                if columns {
                    partiallyConsumedTab = charsToTab > count
                    let step = min(count, charsToTab)
                    column += step
                    offset += partiallyConsumedTab ? 0 : 1
                    count -= step
                } else {
                    partiallyConsumedTab = false
                    column += charsToTab
                    offset += 1
                    count -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                count -= 1
            }
        }
    }

    mutating func advanceToNonspace() {
        advance(firstNonspace - offset, columns: false)
    }
}
