extension Plan {
    /// The refreshers due on `today` in every file of the plan (`Roadmap.refreshersDue`), in the
    /// same order across files: the longest waiting first, then the shortest interval, then the
    /// plan's reading order. `recall` asks about them; `next` mentions them.
    public func refreshersDue(today: CivilDate) -> [(ref: GoalRef, refresher: Refresher)] {
        var due: [(ref: GoalRef, refresher: Refresher)] = []
        for (file, entry) in files.enumerated() {
            for refresher in entry.roadmap.refreshersDue(today: today) {
                due.append((GoalRef(file: file, goal: refresher.goal), refresher))
            }
        }
        return due.enumerated().sorted { a, b in
            let (x, y) = (a.element.refresher, b.element.refresher)
            if x.due != y.due, let p = x.due, let q = y.due { return p < q }
            if x.interval != y.interval { return x.interval < y.interval }
            return a.offset < b.offset
        }.map(\.element)
    }
}
