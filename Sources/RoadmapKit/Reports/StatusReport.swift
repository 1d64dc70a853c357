/// What `roadmap status` shows, as data: no terminal codes, no layout.
public struct StatusReport: Sendable {
    public struct Row: Sendable {
        public let sectionIndex: Int
        public let title: String
        /// 1 for the top sections shown, 2 below them, and so on.
        public let depth: Int
        public let line: Int
        public let goals: Tally
    }

    public let title: String?
    public let goals: Tally
    /// Sections down to the depth asked for, in document order, those with no goals left out.
    public let rows: [Row]
    public let inProgress: [Int]
    /// The first open goal in document order.
    public let next: Int?

    /// - Parameter depth: how many levels of headings to show below the title.
    public init(_ roadmap: Roadmap, depth: Int) {
        title = roadmap.title
        goals = roadmap.tally
        var rows: [Row] = []
        func visit(_ index: Int, _ level: Int) {
            let section = roadmap.sections[index]
            guard level <= depth, section.goals.total > 0 else { return }
            rows.append(Row(sectionIndex: index, title: PlainText.of(roadmap.bytes, section.titleRange), depth: level,
                            line: section.line, goals: section.goals))
            for child in section.children { visit(child, level + 1) }
        }
        for top in roadmap.topSections { visit(top, 1) }
        self.rows = rows
        inProgress = roadmap.goals.indices.filter { roadmap.goals[$0].state == .inProgress }
        next = roadmap.goals.firstIndex { $0.state == .open }
    }
}

extension Roadmap {
    /// The sections a report starts from: below the title when one level-1 heading holds all the
    /// others (the usual `# Title` document), else the top-level headings.
    public var topSections: [Int] {
        let top = sections[0].children
        if top.count == 1, sections[top[0]].level == 1, sections[0].ownGoals.total == 0 {
            let below = sections[top[0]].children
            if sections[top[0]].ownGoals.total == 0 && !below.isEmpty { return below }
        }
        return top
    }
}
