import RoadmapKit

/// Roadmap's own marks in a terminal's colours: a tally's bar and a goal's box.
extension Style {
    /// A progress bar: done, then in progress, then the rest.
    func bar(_ tally: Tally, width: Int) -> String {
        let counted = max(tally.counted, 1)
        // A count's part of a goal fills its share too (issue 27): the bar moves as problems are solved.
        let done = tally.counted == 0 ? 0 : (tally.done * 1_000_000 + tally.partial) * width / (counted * 1_000_000)
        let active = min(width - done, tally.inProgress * width / counted)
        return green(String(repeating: "█", count: done)) + yellow(String(repeating: "▓", count: active))
            + dim(String(repeating: "░", count: width - done - active))
    }

    /// A small bar of a goal's count, `120/300`: full at or over the target.
    func bar(_ count: GoalCount, width: Int) -> String {
        let done = min(width, count.done * width / count.target)
        return green(String(repeating: "█", count: done)) + dim(String(repeating: "░", count: width - done))
    }

    func box(_ state: GoalState, marker: String) -> String {
        switch state {
        case .done: return green("[\(marker)]")
        case .inProgress: return yellow("[\(marker)]")
        case .cancelled: return dim("[\(marker)]")
        case .open: return "[\(marker)]"
        case .other: return cyan("[\(marker)]")
        }
    }
}
