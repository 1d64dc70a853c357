import RoadmapKit

/// Roadmap's own marks in a terminal's colours: a tally's bar and a goal's box.
extension Style {
    /// A progress bar: done, then in progress, then the rest.
    func bar(_ tally: Tally, width: Int) -> String {
        let counted = max(tally.counted, 1)
        let done = tally.counted == 0 ? 0 : tally.done * width / counted
        let active = min(width - done, tally.inProgress * width / counted)
        return green(String(repeating: "█", count: done)) + yellow(String(repeating: "▓", count: active))
            + dim(String(repeating: "░", count: width - done - active))
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
