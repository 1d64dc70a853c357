/// A plan as a reader meets it: every section of every file, each linked file under the section
/// whose goal links it (where that goal is, among the subsections), its sections below it, all in
/// document order and each with its goals rolled up. The one walk that `status`, `status --json`,
/// the markdown summary, the diagram and the HTML report render from, so they cannot disagree on
/// what sits where; each keeps only its own cut (how deep, whether sections without goals show).
///
/// Entries are flat, in reading order, each knowing where its inside ends: a 100,000-level nest of
/// headings is walked without recursion, and a renderer skips a subtree by jumping to its `end`.
public struct PlanOutline: Sendable {
    /// Where each file's entries begin.
    public enum Start: Sendable {
        /// Every heading, a file's title included: the `--json` contract, which says what the
        /// file holds.
        case everyHeading
        /// Below a file's title heading when that one level-1 heading holds everything
        /// (`Roadmap.topSections`): the page or the linking goal already names the file, and a
        /// reader should not see it twice.
        case belowTitle
    }

    public struct Entry: Sendable, Equatable {
        /// A section of a file, or a linked file (the goal linking it stands for it).
        public let item: Plan.Item
        /// 1 for the top entries, one more inside each section or linked file.
        public let depth: Int
        /// Its goals with those of every file linked inside it.
        public let goals: Tally
        /// The index after its last entry: those inside it are `index + 1 ..< end`.
        public fileprivate(set) var end: Int

        /// The linked file this entry stands for, when it is one.
        public var linkedFile: Int? { if case let .file(file) = item { file } else { nil } }
    }

    public let plan: Plan
    public let entries: [Entry]

    public init(_ plan: Plan, start: Start) {
        self.plan = plan
        let links = Self.linksBySection(plan)
        func inside(_ file: Int, _ section: Int) -> [Plan.Item] {
            let sections = plan.files[file].roadmap.sections
            let headings = sections[section].children.map { (sections[$0].line, Plan.Item.section(file: file, section: $0)) }
            return (headings + (links[file][section] ?? [])).sorted { $0.0 < $1.0 }.map(\.1)
        }
        func top(ofFile file: Int) -> [Plan.Item] {
            let roadmap = plan.files[file].roadmap
            let below = roadmap.topSections
            guard start == .belowTitle, below != roadmap.sections[0].children,
                  let title = below.first.flatMap({ roadmap.sections[$0].parentIndex }) else { return inside(file, 0) }
            // Files linked above the title come first, as they are read (none, while `topSections`
            // asks the part above the title to hold no goals).
            return (links[file][0] ?? []).map(\.1) + inside(file, title)
        }
        // Depth first with an explicit stack; an entry's end is known when the next entry at its
        // depth or above it begins.
        var entries: [Entry] = []
        var open: [Int] = []
        var stack = top(ofFile: 0).reversed().map { ($0, 1) }
        while let (item, depth) = stack.popLast() {
            while let last = open.last, entries[last].depth >= depth {
                entries[open.removeLast()].end = entries.count
            }
            open.append(entries.count)
            switch item {
            case let .section(file, section):
                entries.append(Entry(item: item, depth: depth, goals: plan.tally(ofFile: file, section: section), end: 0))
                stack += inside(file, section).reversed().map { ($0, depth + 1) }
            case let .file(file):
                entries.append(Entry(item: item, depth: depth, goals: plan.tally(ofFile: file), end: 0))
                stack += top(ofFile: file).reversed().map { ($0, depth + 1) }
            }
        }
        for index in open { entries[index].end = entries.count }
        self.entries = entries
    }

    /// Per file, per section: the files its own goals link, with the linking goal's line. Built
    /// once from each file's `linkedFrom`, so the walk does not search the links per section.
    private static func linksBySection(_ plan: Plan) -> [[Int: [(Int, Plan.Item)]]] {
        var links = [[Int: [(Int, Plan.Item)]]](repeating: [:], count: plan.files.count)
        for file in plan.files.indices {
            guard let ref = plan.files[file].linkedFrom else { continue }
            let goal = plan.files[ref.file].roadmap.goals[ref.goal]
            links[ref.file][goal.sectionIndex, default: []].append((goal.line, .file(file)))
        }
        return links
    }

    /// The entries directly inside `entry`, or the top entries for nil.
    public func children(of entry: Int?) -> [Int] {
        var result: [Int] = []
        var index = entry.map { $0 + 1 } ?? 0
        let end = entry.map { entries[$0].end } ?? entries.count
        while index < end {
            result.append(index)
            index = entries[index].end
        }
        return result
    }

    /// The linked files inside `entry` (the root file's for nil), through its
    /// subsections but not into those files: what the diagram draws below its deepest section.
    public func linkedFiles(inside entry: Int?) -> [Int] {
        var result: [Int] = []
        var index = entry.map { $0 + 1 } ?? 0
        let end = entry.map { entries[$0].end } ?? entries.count
        while index < end {
            if case .file = entries[index].item {
                result.append(index)
                index = entries[index].end
            } else {
                index += 1
            }
        }
        return result
    }

    /// A section's heading, or the linking goal's text for a file, as plain words.
    public func title(of entry: Int) -> String {
        switch entries[entry].item {
        case let .section(file, section):
            let roadmap = plan.files[file].roadmap
            return PlainText.of(roadmap.bytes, roadmap.sections[section].titleRange)
        case let .file(file):
            return plan.label(ofFile: file)
        }
    }
}
