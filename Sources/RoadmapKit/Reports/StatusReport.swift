/// What `roadmap status` shows, as data: no terminal codes, no layout. One file is a plan of one;
/// a linked file is a row under the section whose goal links it, with its own sections below.
public struct StatusReport: Sendable {
    /// One line of the report: a section or a linked file, its depth and its goals' tally.
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

    /// - Parameter depth: how many levels of headings (and linked files) to show below the title.
    public init(_ plan: Plan, depth: Int) {
        title = plan.root.title
        goals = plan.tally
        var rows: [Row] = []
        // An explicit stack: a 100,000-level nest of headings must not exhaust the call stack.
        var stack = plan.startItems(ofFile: 0).reversed().map { ($0, 1) }
        while let (item, level) = stack.popLast() {
            guard level <= depth else { continue }
            switch item {
            case let .section(file, section):
                let tally = plan.tally(ofFile: file, section: section)
                guard tally.total > 0 else { continue }
                let roadmap = plan.files[file].roadmap
                rows.append(Row(title: PlainText.of(roadmap.bytes, roadmap.sections[section].titleRange), depth: level, goals: tally, file: nil))
                stack += plan.items(inFile: file, section: section).reversed().map { ($0, level + 1) }
            case let .file(file):
                rows.append(Row(title: plan.label(ofFile: file), depth: level, goals: plan.tally(ofFile: file), file: file))
                stack += plan.startItems(ofFile: file).reversed().map { ($0, level + 1) }
            }
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
