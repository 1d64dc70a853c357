/// The continuation lines of goals' paragraphs (`- [ ] Learn Docker` followed by `  and Compose`),
/// as byte ranges of their text, kept in document order.
///
/// Two flat arrays instead of a `[Int: [Range<Int>]]`: the scanner meets continuation lines in
/// goal order, so lookup is a binary search; and a dictionary of arrays cost an allocation per goal
/// and run-time type metadata on every start.
struct Continuations: Sendable {
    private(set) var goals: [Int32] = []
    private var ranges: [Range<Int>] = []

    /// Adds a line of `goal`; goals come in nondecreasing order (a checked invariant).
    mutating func append(_ range: Range<Int>, of goal: Int32) {
        goals.append(goal)
        ranges.append(range)
    }

    /// The continuation lines of `goal`, nil when it has none.
    subscript(goal: Int) -> ArraySlice<Range<Int>>? {
        var low = 0, high = goals.count
        while low < high {
            let mid = (low + high) / 2
            if Int(goals[mid]) < goal { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < goals.count && Int(goals[end]) == goal { end += 1 }
        return end > low ? ranges[low..<end] : nil
    }
}
