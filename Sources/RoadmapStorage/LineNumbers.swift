/// Line numbers of offsets, for the journal's "lines" of a change.
extension JournalEntry {
    /// 1-based line numbers of offsets. Without a CR in the file, a line number is one more than
    /// the LFs before the offset, counted with `findByte` alone (the walk by `LineSplitter`, which
    /// also looks for CRs, was 7% of a `check` on a 100,000-goal file); with CRs, lines are walked.
    static func lineNumbers(of offsets: [Int], in bytes: [UInt8]) -> [Int] {
        guard !LineFeeds.containsCR(bytes) else { return lineNumbersByWalking(of: offsets, in: bytes) }
        var result: [Int] = []
        var line = 1, counted = 0
        bytes.withUnsafeBytes { buffer in
            for offset in Set(offsets).sorted() {
                // An offset at the very end is on the last line, even after a final LF.
                let end = min(offset, max(0, bytes.count - 1))
                if end > counted {
                    line += LineFeeds.count(in: UnsafeRawBufferPointer(rebasing: buffer[counted..<end]))
                    counted = end
                }
                if result.last != line { result.append(line) }
            }
        }
        return result
    }

    /// The same, one line at a time (found with `findByte`): LF, CRLF and a lone CR end lines.
    static func lineNumbersByWalking(of offsets: [Int], in bytes: [UInt8]) -> [Int] {
        var result: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            var lines = LineSplitter(buffer)
            var line = 1, start = 0
            for offset in Set(offsets).sorted() {
                while true {
                    let span = lines.line(at: start)
                    if offset < span.end || span.end >= buffer.count { break }
                    start = span.end
                    line += 1
                }
                if result.last != line { result.append(line) }
            }
        }
        return result
    }
}
