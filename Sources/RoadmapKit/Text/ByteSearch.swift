/// Substring search, linear in the text whatever the text and the needle
/// (Knuth–Morris–Pratt), for queries: `String.contains` compared characters from every position,
/// so a long query word against a long goal cost their product. On bytes, or on Characters,
/// whose equality (canonical equivalence) is an equivalence relation, which is all the method
/// needs.
enum ByteSearch {
    static func contains<T: Equatable>(_ haystack: [T], _ needle: [T]) -> Bool {
        var steps = 0
        return contains(haystack, needle, steps: &steps)
    }

    /// As `contains(_:_:)`, adding to `steps` the elements it reads: at most the needle's length
    /// (when it fits in the text) plus twice the text's.
    static func contains<T: Equatable>(_ haystack: [T], _ needle: [T], steps: inout Int) -> Bool {
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
