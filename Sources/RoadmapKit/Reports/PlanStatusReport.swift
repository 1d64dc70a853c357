/// What `roadmap status` shows for a plan across files, as data. Like `StatusReport`, with each
/// linked file as a row under the section whose goal links it, and its sections below that.
public struct PlanStatusReport: Sendable {
    public struct Row: Sendable {
        public let title: String
        /// 1 for the top rows, 2 below them, and so on.
        public let depth: Int
        public let goals: Tally
        /// The linked file this row stands for, when it is one.
        public let file: Int?
    }

    public let title: String?
    public let goals: Tally
    /// Rows down to the depth asked for, in reading order, those with no goals left out.
    public let rows: [Row]
    public let inProgress: [GoalRef]
    /// The first open goal in reading order, passing over a linking goal while its file still has
    /// open goals (the work is in the file).
    public let next: GoalRef?

    public init(_ plan: Plan, depth: Int) {
        title = plan.root.title
        goals = plan.tally
        var rows: [Row] = []
        func visit(_ item: Plan.Item, _ level: Int) {
            guard level <= depth else { return }
            switch item {
            case let .section(file, section):
                let tally = plan.tally(ofFile: file, section: section)
                guard tally.total > 0 else { return }
                let roadmap = plan.files[file].roadmap
                rows.append(Row(title: PlainText.of(roadmap.bytes, roadmap.sections[section].titleRange), depth: level, goals: tally, file: nil))
                for child in plan.items(inFile: file, section: section) { visit(child, level + 1) }
            case let .file(file):
                rows.append(Row(title: plan.label(ofFile: file), depth: level, goals: plan.tally(ofFile: file), file: file))
                for child in plan.startItems(ofFile: file) { visit(child, level + 1) }
            }
        }
        for item in plan.startItems(ofFile: 0) { visit(item, 1) }
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
