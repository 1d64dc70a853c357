/// The one notion of "close" for everything a person types that matched nothing: a goal word
/// (`dokcer` for `docker`), a field label, a metric, a command, an option, a template. Close means
/// within `limit` edits, a quarter of the typed length and at least one, where swapping two
/// neighbouring characters is one edit, as in a typo (optimal string alignment).
///
/// The distance is only ever computed up to the limit: cells outside the band |i − j| ≤ limit
/// cannot be within it, and a row whose cells all exceed it ends the search. Words longer than
/// `longestWord` are compared by equality only (a typo is in a word one types), so one comparison
/// costs at most about (2 × 16 + 1) × 64 cells, whatever the lengths.
public enum Closeness {
    /// Words longer than this are close only when equal (see above).
    public static let longestWord = 64
    /// The most table cells one comparison computes.
    static let mostCells = (2 * limit(longestWord) + 1) * longestWord

    /// Edits allowed for a word `length` characters long.
    public static func limit(_ length: Int) -> Int { max(1, length / 4) }

    /// Whether `typed` is within `limit(typed's length)` edits of `name`: the one rule for "did you mean".
    public static func isClose(_ typed: String, _ name: String) -> Bool {
        // Past the longest word only equal is close: decided without reading a long text whole,
        // which every one of 20,000 labels did for a 10,000-character `set` label (issue 22).
        let longest = longestWord + 1
        if typed.unicodeScalars.prefix(longest).count == longest || name.unicodeScalars.prefix(longest).count == longest {
            return typed.unicodeScalars.elementsEqual(name.unicodeScalars)
        }
        var work = 0
        return isClose(Array(typed.unicodeScalars), Array(name.unicodeScalars), work: &work)
    }

    /// The name among `names` closest to `typed`, if one is close; the first of equals.
    public static func closest(_ typed: String, among names: [String]) -> String? {
        let a = Array(typed.unicodeScalars)
        var best: (name: String, distance: Int)?
        var work = 0
        for name in names {
            guard let d = distance(a, Array(name.unicodeScalars), limit: limit(a.count), work: &work) else { continue }
            if best == nil || d < best!.distance { best = (name, d) }
        }
        return best?.name
    }

    static func isClose(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], work: inout Int) -> Bool {
        distance(a, b, limit: limit(a.count), work: &work) != nil
    }

    /// The edit distance between `a` and `b` if it is at most `limit`, else nil; adds the cells
    /// it computes to `work`.
    static func distance<T: Equatable>(_ a: [T], _ b: [T], limit: Int, work: inout Int) -> Int? {
        if a == b { return 0 }
        guard abs(a.count - b.count) <= limit, a.count <= longestWord, b.count <= longestWord else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let beyond = limit + 1
        var beforePrevious = [Int](repeating: beyond, count: b.count + 1)
        var previous = (0...b.count).map { Swift.min($0, beyond) }
        var current = [Int](repeating: beyond, count: b.count + 1)
        for i in 1...a.count {
            let low = Swift.max(1, i - limit), high = Swift.min(b.count, i + limit)
            current[0] = Swift.min(i, beyond)
            if low > 1 { current[low - 1] = beyond }
            var rowMinimum = current[0]
            if low <= high {
                for j in low...high {
                    var cell = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] { cell = Swift.min(cell, beforePrevious[j - 2] + 1) }
                    current[j] = Swift.min(cell, beyond)
                    rowMinimum = Swift.min(rowMinimum, current[j])
                }
                work += high - low + 1
            }
            if high < b.count { current[high + 1] = beyond }
            if rowMinimum > limit { return nil }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
