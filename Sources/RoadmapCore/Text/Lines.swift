/// How a line ends. Line endings are data: they are reported, never normalised.
package enum LineEnding: String, Sendable {
    case lf = "\n", crlf = "\r\n", cr = "\r", none = ""
}

/// One physical line of a byte buffer: `start..<contentEnd` is the text, `contentEnd..<end` the ending.
package struct LineSpan: Equatable, Sendable {
    package var start: Int
    package var contentEnd: Int
    package var end: Int

    /// The line without its ending.
    package var content: Range<Int> { Range(offsets: start, contentEnd) }

    package func ending(in bytes: [UInt8]) -> LineEnding {
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
    package static func at(_ start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> LineSpan {
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
    package static func containing(_ offset: Int, in bytes: [UInt8]) -> LineSpan {
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

/// Finds line ends with `findByte`, which scans eight bytes a step. LF is the common ending;
/// a CR is looked for only where the file has one, so CRLF and lone-CR files split correctly too.
package struct LineSplitter {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The next CR at or after the last position asked about (or `count` when there is none).
    private var nextCR = -1

    package init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    package mutating func line(at start: Int) -> LineSpan {
        let n = bytes.count
        guard let base = bytes.baseAddress, start < n else { return LineSpan(start: start, contentEnd: n, end: n) }
        let lf = find(ASCII.lf, from: start, base)
        if nextCR < start { nextCR = find(ASCII.cr, from: start, base) }
        if nextCR < lf {
            let end = (nextCR + 1 < n && bytes[nextCR + 1] == ASCII.lf) ? nextCR + 2 : nextCR + 1
            return LineSpan(start: start, contentEnd: nextCR, end: end)
        }
        return LineSpan(start: start, contentEnd: lf, end: lf < n ? lf + 1 : n)
    }

    private func find(_ byte: UInt8, from start: Int, _ base: UnsafePointer<UInt8>) -> Int {
        guard let found = findByte(byte, in: base + start, count: bytes.count - start) else { return bytes.count }
        return found - UnsafeRawPointer(base)
    }
}

/// Counting and finding line ending bytes with `findByte`, eight bytes a step (a SIMD loop written
/// with Swift's generic SIMD types was scalarised: 16 instructions a byte).
package enum LineFeeds {
    package static func count(in bytes: UnsafeRawBufferPointer) -> Int {
        guard var p = bytes.baseAddress else { return 0 }
        let end = p + bytes.count
        var total = 0
        while p < end, let found = findByte(ASCII.lf, in: p, count: end - p) {
            total += 1
            p = found + 1
        }
        return total
    }

    package static func containsCR(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { $0.baseAddress.map { findByte(ASCII.cr, in: $0, count: bytes.count) != nil } ?? false }
    }
}
