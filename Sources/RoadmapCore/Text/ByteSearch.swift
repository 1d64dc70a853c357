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

/// The first `byte` in `count` bytes from `start`, eight bytes a step (SWAR: a word XORed with the
/// byte repeated has a zero byte where they matched). In Swift rather than the C library's
/// `memchr`, so the core needs no C library: on the line splitting of ../shared/corpus (6.2 MB,
/// 211k lines, lines short as in a roadmap) it took 3.0 ms against memchr's 2.9; on one long
/// scan (6.2 MB, no match) 0.52 ms against 0.22, which a roadmap never comes near.
@inline(__always) package func findByte(_ byte: UInt8, in start: UnsafeRawPointer, count: Int) -> UnsafeRawPointer? {
    var p = start
    let end = start + count
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
