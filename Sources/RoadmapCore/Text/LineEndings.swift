/// Which line ending new text gets: the one the file already uses where the text goes. One rule
/// for every writer (the review log, a field added below the title, Adjustments Needed text), so
/// a CRLF file never gains a bare LF line.
extension LineEnding {
    /// The ending of the line that ends at `position` (or the last line before it that has one),
    /// else the file's first ending, else LF.
    public static func before(_ position: Int, in bytes: [UInt8]) -> LineEnding {
        var p = min(position, bytes.count)
        while p > 0 && !ASCII.isLineEnd(bytes[p - 1]) { p -= 1 }
        if p > 0 {
            if bytes[p - 1] == ASCII.lf { return p > 1 && bytes[p - 2] == ASCII.cr ? .crlf : .lf }
            return .cr
        }
        return first(in: bytes)
    }

    /// The file's first line ending; LF for a file of one line.
    public static func first(in bytes: [UInt8]) -> LineEnding {
        guard let first = bytes.firstIndex(where: ASCII.isLineEnd) else { return .lf }
        if bytes[first] == ASCII.lf { return .lf }
        return first + 1 < bytes.count && bytes[first + 1] == ASCII.lf ? .crlf : .cr
    }

    /// The line ending's bytes (`
    /// `, `\r
    /// ` or `\r`).
    public var bytes: [UInt8] { Array(rawValue.utf8) }
}
