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

/// Finds line ends 64 bytes at a time: a bitmask of the block's LF and CR bytes (four vector
/// compares), whose set bits are the line ends, so a line costs a bit scan rather than a search
/// call. LF, CRLF and a lone CR all end a line. Finding LFs with `findByte`, one call a line, and
/// CRs with a second search was 25M instructions of the 120M scan of the 6.65 MB benchmark file;
/// the masks take about a third of that.
package struct LineSplitter {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the 64-byte block `bits` describes, or -1.
    private var block = -1
    /// The LF and CR bytes of that block, bit `i` for byte `block + i`.
    private var bits: UInt64 = 0

    package init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    package mutating func line(at start: Int) -> LineSpan {
        let n = bytes.count
        guard start < n else { return LineSpan(start: start, contentEnd: n, end: n) }
        let found = end(from: start)
        guard found < n else { return LineSpan(start: start, contentEnd: n, end: n) }
        if bytes[found] == ASCII.cr {
            let end = (found + 1 < n && bytes[found + 1] == ASCII.lf) ? found + 2 : found + 1
            return LineSpan(start: start, contentEnd: found, end: end)
        }
        return LineSpan(start: start, contentEnd: found, end: found + 1)
    }

    /// The first LF or CR at or after `start` (below the count), or the count.
    @inline(__always) private mutating func end(from start: Int) -> Int {
        var blockStart = start & ~63
        if blockStart != block { load(blockStart) }
        var found = bits & (~0 << UInt64(start & 63))
        while found == 0 {
            blockStart += 64
            guard blockStart < bytes.count else { return bytes.count }
            load(blockStart)
            found = bits
        }
        return blockStart + found.trailingZeroBitCount
    }

    private mutating func load(_ blockStart: Int) {
        block = blockStart
        if blockStart + 64 <= bytes.count, let base = bytes.baseAddress {
            let p = UnsafeRawPointer(base + blockStart)
            bits = matchBits(p.loadUnaligned(as: SIMD16<UInt8>.self), ASCII.lf, ASCII.cr)
                | matchBits(p.loadUnaligned(fromByteOffset: 16, as: SIMD16<UInt8>.self), ASCII.lf, ASCII.cr) << 16
                | matchBits(p.loadUnaligned(fromByteOffset: 32, as: SIMD16<UInt8>.self), ASCII.lf, ASCII.cr) << 32
                | matchBits(p.loadUnaligned(fromByteOffset: 48, as: SIMD16<UInt8>.self), ASCII.lf, ASCII.cr) << 48
        } else {
            bits = 0
            var i = blockStart
            while i < bytes.count {
                if bytes[i] == ASCII.lf || bytes[i] == ASCII.cr { bits |= 1 << UInt64(i - blockStart) }
                i += 1
            }
        }
    }
}

/// Counting and finding line ending bytes, 32 bytes a step. The count adds each compare's 0xFF
/// (-1) lanes into byte counters, widened every 255 steps before they could overflow: a quarter of
/// an instruction a byte. (A first SIMD loop, years ago, went through a generic path the compiler
/// scalarised at 16 instructions a byte, and a SWAR popcount needs the POPCNT instruction, which
/// the baseline x86-64 target does not assume: 3.7 instructions a byte.)
package enum LineFeeds {
    package static func count(in bytes: UnsafeRawBufferPointer) -> Int {
        guard var p = bytes.baseAddress else { return 0 }
        let end = p + bytes.count
        var total = 0
        let lf = SIMD32<UInt8>(repeating: ASCII.lf)
        while end - p >= 32 {
            var counters = SIMD32<UInt8>(repeating: 0)
            var steps = min(255, (end - p) / 32)
            while steps > 0 {
                counters &-= unsafeBitCast(p.loadUnaligned(as: SIMD32<UInt8>.self) .== lf, to: SIMD32<UInt8>.self)
                p += 32
                steps -= 1
            }
            total += Int(SIMD32<UInt16>(truncatingIfNeeded: counters).wrappedSum())
        }
        while p < end {
            if p.load(as: UInt8.self) == ASCII.lf { total += 1 }
            p += 1
        }
        return total
    }

    package static func containsCR(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { $0.baseAddress.map { findByte(ASCII.cr, in: $0, count: bytes.count) != nil } ?? false }
    }
}
