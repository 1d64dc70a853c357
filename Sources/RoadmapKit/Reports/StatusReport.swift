/// What `roadmap status` shows, as data: no terminal codes, no layout. One file is a plan of one;
/// a linked file is a row under the section whose goal links it, with its own sections below.
public struct StatusReport: Sendable {
    /// One line of the report: a section or a linked file, its depth and its goals' tally.
    public struct Row: Sendable {
        /// The section's title, or the linked file's label.
        public let title: String
        /// 1 for the top rows, 2 below them, and so on.
        public let depth: Int
        /// The goals under the row, those of its sub-rows included.
        public let goals: Tally
        /// The linked file this row stands for, when it is one.
        public let file: Int?
        /// The section or linked file it is (what `PlanHours.hours(of:)` takes).
        public let item: Plan.Item
    }

    /// The plan's name: its root's title, else the root file's name (`Plan.label(ofFile:)`).
    public let title: String
    /// Every goal of the plan, counted.
    public let goals: Tally
    /// Rows down to the depth asked for, in reading order, those with no goals left out.
    public let rows: [Row]
    /// Goals marked in progress, in reading order.
    public let inProgress: [GoalRef]
    /// The first open goal in reading order, passing over a linking goal while its file still has
    /// open goals (the work is in the file).
    public let next: GoalRef?

    /// - Parameter depth: how many levels of headings (and linked files) to show below the title.
    public init(_ plan: Plan, depth: Int) {
        title = plan.label(ofFile: 0)
        goals = plan.tally
        let outline = PlanOutline(plan, start: .belowTitle, depth: depth)
        var rows: [Row] = []
        var index = 0
        while index < outline.entries.count {
            let entry = outline.entries[index]
            // A section without goals is left out with everything inside it. A linked file shows
            // even when it holds no goals: it is a part of the plan.
            guard entry.linkedFile != nil || entry.goals.total > 0 else {
                index = entry.end
                continue
            }
            rows.append(Row(title: outline.title(of: index), depth: entry.depth, goals: entry.goals, file: entry.linkedFile, item: entry.item))
            index += 1
        }
        self.rows = rows
        let order = plan.goalsInOrder
        inProgress = order.filter { plan.state(of: $0) == .inProgress }
        next = order.first { ref in
            guard plan.state(of: ref) == .open else { return false }
            guard let file = plan.linkedFile(of: ref) else { return true }
            let inside = plan.tally(ofFile: file)
            return inside.done == inside.counted
        }
    }
}
