extension TextEdit {
    /// The edits that turn the bytes in `range` into `text`, one per run of lines that differ
    /// (longest common subsequence of whole lines, endings included). Rewriting a block this way
    /// touches only the lines that change, so a diff shows just those and every other byte stays.
    /// Meant for small blocks: it takes time proportional to the product of the line counts.
    package static func lineEdits(replacing range: Range<Int>, in bytes: [UInt8], with text: [UInt8]) -> [TextEdit] {
        let old = lines(of: bytes, range)
        let new = lines(of: text, 0..<text.count)
        let n = old.count, m = new.count
        func same(_ i: Int, _ j: Int) -> Bool { bytes[old[i]].elementsEqual(text[new[j]]) }
        // common[i][j]: the longest common run of lines of old[i...] and new[j...].
        var common = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                common[i][j] = same(i, j) ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var edits: [TextEdit] = []
        var i = 0, j = 0
        var pending: (start: Int, end: Int, text: [UInt8])?
        func flush() {
            if let p = pending { edits.append(TextEdit(range: p.start..<p.end, replacement: p.text)) }
            pending = nil
        }
        while i < n || j < m {
            if i < n && j < m && same(i, j) {
                flush()
                i += 1
                j += 1
            } else if j < m && (i == n || common[i][j + 1] >= common[i + 1][j]) {
                let at = i < n ? old[i].lowerBound : range.upperBound
                if pending == nil { pending = (at, at, []) }
                pending!.text += text[new[j]]
                j += 1
            } else {
                if pending == nil { pending = (old[i].lowerBound, old[i].lowerBound, []) }
                pending!.end = old[i].upperBound
                i += 1
            }
        }
        flush()
        return edits
    }

    /// Lines of `range`, each with its ending.
    private static func lines(of bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var i = start
        while i < range.upperBound {
            if bytes[i] == ASCII.lf || (bytes[i] == ASCII.cr && !(i + 1 < range.upperBound && bytes[i + 1] == ASCII.lf)) {
                result.append(start..<(i + 1))
                start = i + 1
            }
            i += 1
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }
}
