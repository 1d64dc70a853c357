/// Substring search, linear in the text whatever the text and the needle
/// (Knuth–Morris–Pratt), for queries: `String.contains` compared characters from every position,
/// so a long query word against a long goal cost their product. On bytes, or on Characters,
/// whose equality (canonical equivalence) is an equivalence relation, which is all the method
/// needs.
package enum ByteSearch {
    package static func contains<T: Equatable>(_ haystack: [T], _ needle: [T]) -> Bool {
        var steps = 0
        return contains(haystack, needle, steps: &steps)
    }

    /// As `contains(_:_:)`, adding to `steps` the elements it reads: at most the needle's length
    /// (when it fits in the text) plus twice the text's.
    package static func contains<T: Equatable>(_ haystack: [T], _ needle: [T], steps: inout Int) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        // fallback[k]: the length of the longest proper border of needle[0...k].
        var fallback = [Int](repeating: 0, count: needle.count)
        var k = 0
        for i in 1..<needle.count {
            while k > 0 && needle[i] != needle[k] { k = fallback[k - 1] }
            if needle[i] == needle[k] { k += 1 }
            fallback[i] = k
        }
        steps += needle.count
        var matched = 0
        var read = 0
        defer { steps += read }
        for b in haystack {
            read += 1
            while matched > 0 && b != needle[matched] { matched = fallback[matched - 1] }
            if b == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
        }
        return false
    }
}

/// The first `byte` in `count` bytes from `start`, sixteen bytes a step (one vector compare),
/// then eight (SWAR: a word XORed with the byte repeated has a zero byte where they matched). In
/// Swift rather than the C library's `memchr`, so the core needs no C library. The vector step
/// took a 6.65 MB search for a byte that is not there from 0.52 ms to about memchr's; on lines as
/// short as a roadmap's the call's own cost is most of it either way.
@inline(__always) package func findByte(_ byte: UInt8, in start: UnsafeRawPointer, count: Int) -> UnsafeRawPointer? {
    var p = start
    let end = start + count
    let vector = SIMD16<UInt8>(repeating: byte)
    while end - p >= 16 {
        if any(p.loadUnaligned(as: SIMD16<UInt8>.self) .== vector) { break }
        p += 16
    }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let pattern = UInt64(byte) &* ones
    while end - p >= 8 {
        let word = p.loadUnaligned(as: UInt64.self).littleEndian ^ pattern
        let found = (word &- ones) & ~word & 0x8080_8080_8080_8080
        if found != 0 { return p + (found.trailingZeroBitCount >> 3) }
        p += 8
    }
    while p < end {
        if p.load(as: UInt8.self) == byte { return p }
        p += 1
    }
    return nil
}

/// Bit `i` set where byte `i` of `v` is `a` or `b`. The compare gives 0xFF or 0 per byte; the low
/// bits of eight bytes are gathered by one multiplication each (the "pack bits" trick), since the
/// standard library has no movemask. Without the trick, through `replacing(with:where:)` and
/// `wrappedSum()`, the compiler kept it scalar: 1,700 instructions a 64-byte block, not 40.
@inline(__always) func matchBits(_ v: SIMD16<UInt8>, _ a: UInt8, _ b: UInt8) -> UInt64 {
    let isA = unsafeBitCast(v .== SIMD16<UInt8>(repeating: a), to: SIMD16<UInt8>.self)
    let isB = unsafeBitCast(v .== SIMD16<UInt8>(repeating: b), to: SIMD16<UInt8>.self)
    let halves = unsafeBitCast((isA | isB) & SIMD16<UInt8>(repeating: 1), to: SIMD2<UInt64>.self)
    let gather: UInt64 = 0x0102_0408_1020_4080
    return ((halves[0] &* gather) >> 56) | (((halves[1] &* gather) >> 56) << 8)
}

/// Whether `byte` occurs in `range` of `bytes`: `findByte`, sixteen bytes a step. For checks that
/// every goal's text goes through (a count needs a `/`): `ArraySlice.contains` read one byte a
/// step with a bounds check each, 20M instructions on the 100,000 goals of the benchmark's L file.
@inline(__always) package func containsByte(_ byte: UInt8, _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    firstOffset(of: byte, in: bytes, range) != nil
}

/// The first offset of `byte` in `range` of `bytes`, or nil: `findByte` on an array's range.
@inline(__always) package func firstOffset(of byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int? {
    bytes.withUnsafeBytes { raw in
        let lower = max(range.lowerBound, 0), upper = min(range.upperBound, raw.count)
        guard let base = raw.baseAddress, lower < upper,
              let found = findByte(byte, in: base + lower, count: upper - lower) else { return nil }
        return found - UnsafeRawPointer(base)
    }
}

/// The first offset in `start..<end` whose byte is `a` or `b`, or nil. Eight bytes a step: the word
/// XORed with each byte repeated has a zero byte where they match, and the zero-byte test's lowest
/// set bit is exact (a borrow only sets bits above a real zero), so the lower of the two is the
/// first match.
@inline(__always) package func findEitherByte(_ a: UInt8, _ b: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
    let end = min(end, buffer.count)
    var i = max(start, 0)
    guard let base = buffer.baseAddress, i < end else { return nil }
    let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
    let patternA = ones &* UInt64(a), patternB = ones &* UInt64(b)
    while end - i >= 8 {
        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
        let x = w ^ patternA, y = w ^ patternB
        let found = ((x &- ones) & ~x | (y &- ones) & ~y) & highs
        if found != 0 { return i + found.trailingZeroBitCount >> 3 }
        i += 8
    }
    while i < end {
        if base[i] == a || base[i] == b { return i }
        i += 1
    }
    return nil
}
