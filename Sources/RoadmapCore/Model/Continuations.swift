/// The continuation lines of goals' paragraphs (`- [ ] Learn Docker` followed by `  and Compose`),
/// as byte ranges of their text, kept in document order.
///
/// Two flat arrays instead of a `[Int: [Range<Int>]]`: the scanner meets continuation lines in
/// goal order, so lookup is a binary search; and a dictionary of arrays cost an allocation per goal
/// and run-time type metadata on every start.
package struct Continuations: Sendable {
    package private(set) var goals: [Int32] = []
    private var ranges: [Range<Int>] = []

    /// Adds a line of `goal`; goals come in nondecreasing order (a checked invariant).
    mutating func append(_ range: Range<Int>, of goal: Int32) {
        goals.append(goal)
        ranges.append(range)
    }

    /// Adds the lines of `other`'s goals `goals`, numbered `goalOffset` further on, their bytes
    /// `byteOffset` further on: a part of the document parsed on its own, or cut from such a
    /// parse (`TrackingChunks`).
    mutating func append(_ other: Continuations, goals wanted: Range<Int>, goalOffset: Int, byteOffset: Int) {
        let run = sortedRun(of: other.goals.lazy.map { Int($0) }, from: wanted.lowerBound, to: wanted.upperBound)
        // No reserveCapacity: called once a chunk, an exact reservation each time would copy
        // the arrays once a chunk.
        for k in run {
            goals.append(Int32(truncatingIfNeeded: Int(other.goals[k]) + goalOffset))
            ranges.append((other.ranges[k].lowerBound + byteOffset)..<(other.ranges[k].upperBound + byteOffset))
        }
    }

    /// How many continuation lines there are, of every goal.
    var lineCount: Int { ranges.count }
    /// Every continuation line's range, in document order.
    var lineRanges: [Range<Int>] { ranges }

    /// The same lines, each range moved by `move` (`Roadmap.keepingGoalsAndHeadings`).
    func moving(_ move: (Range<Int>) -> Range<Int>) -> Continuations {
        var moved = self
        moved.ranges = ranges.map(move)
        return moved
    }

    /// The continuation lines of `goal`, nil when it has none.
    subscript(goal: Int) -> ArraySlice<Range<Int>>? {
        let run = sortedRun(of: goals.lazy.map { Int($0) }, from: goal, to: goal + 1)
        return run.isEmpty ? nil : ranges[run]
    }

    /// For a pass over all goals in order: each goal's lines without a binary search (which was
    /// 5% of `status` when the schedule looked up every goal's lines).
    package struct Walk {
        let continuations: Continuations
        private var next = 0

        package init(_ continuations: Continuations) { self.continuations = continuations }

        /// The lines of `goal`; goals must be asked in increasing order.
        package mutating func lines(of goal: Int) -> ArraySlice<Range<Int>> {
            let goals = continuations.goals
            while next < goals.count && Int(goals[next]) < goal { next += 1 }
            var end = next
            while end < goals.count && Int(goals[end]) == goal { end += 1 }
            defer { next = end }
            return continuations.ranges[next..<end]
        }
    }
}
