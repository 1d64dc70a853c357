extension History {
    /// A top section's done and total goals over time (`history --by-section`).
    public struct SectionSeries: Sendable, Equatable {
        /// The section's heading path (or the linked file's label).
        public let name: String
        /// Its done and total goals, oldest first.
        public let points: [Point]
        /// A section's series.
        public init(name: String, points: [Point]) { (self.name, self.points) = (name, points) }
    }
}

extension History {
    /// Sorted by day, stably; of several on one day, the last given.
    static func lastOfEachDay<T>(_ items: [T], date: (T) -> CivilDate) -> [T] {
        let sorted = items.enumerated().sorted { (date($0.element), $0.offset) < (date($1.element), $1.offset) }.map(\.element)
        var result: [T] = []
        for item in sorted {
            if let last = result.last, date(last) == date(item) { result[result.count - 1] = item } else { result.append(item) }
        }
        return result
    }
}

extension History.Point {
    /// One per day (the last of that day), oldest first; none after `today`.
    static func lastOfEachDay(_ points: [History.Point], upTo today: CivilDate) -> [History.Point] {
        History.lastOfEachDay(points.filter { $0.date <= today }, date: \.date)
    }
}
