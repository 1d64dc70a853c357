/// How a line ends. Line endings are data: they are reported, never normalised.
public enum LineEnding: String, Sendable {
    case lf = "\n", crlf = "\r\n", cr = "\r", none = ""
}

/// One physical line of a byte buffer: `start..<contentEnd` is the text, `contentEnd..<end` the ending.
public struct LineSpan: Equatable, Sendable {
    public var start: Int
    public var contentEnd: Int
    public var end: Int

    public func ending(in bytes: [UInt8]) -> LineEnding {
        switch end - contentEnd {
        case 0: return .none
        case 2: return .crlf
        default: return bytes[contentEnd] == ASCII.cr ? .cr : .lf
        }
    }
}

extension LineSpan {
    /// The line starting at `start`: LF, CRLF and a lone CR all end a line (as CommonMark says).
    @inline(__always)
    static func at(_ start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> LineSpan {
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == ASCII.lf { return LineSpan(start: start, contentEnd: i, end: i + 1) }
            if b == ASCII.cr {
                let end = (i + 1 < n && bytes[i + 1] == ASCII.lf) ? i + 2 : i + 1
                return LineSpan(start: start, contentEnd: i, end: end)
            }
            i += 1
        }
        return LineSpan(start: start, contentEnd: n, end: n)
    }

    /// The line that contains `offset`.
    static func containing(_ offset: Int, in bytes: [UInt8]) -> LineSpan {
        var start = offset
        while start > 0 {
            let previous = bytes[start - 1]
            if previous == ASCII.lf { break }
            if previous == ASCII.cr { break }
            start -= 1
        }
        return bytes.withUnsafeBufferPointer { LineSpan.at(start, in: $0) }
    }
}
