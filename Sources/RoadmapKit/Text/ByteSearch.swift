/// Substring search on bytes, linear in the text whatever the text and the needle
/// (Knuth–Morris–Pratt), for queries: `String.contains` compared characters from every position,
/// so a long query word against a long goal cost their product.
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
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
        var matched = 0
        for b in haystack {
            while matched > 0 && b != needle[matched] { matched = fallback[matched - 1] }
            if b == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
        }
        return false
    }
}
