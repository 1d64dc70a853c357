/// A plan as a reader meets it: every section of every file, each linked file under the section
/// whose goal links it (where that goal is, among the subsections), its sections below it, all in
/// document order and each with its goals rolled up. The one walk that `status`, `status --json`,
/// the markdown summary, the diagram and the HTML report render from, so they cannot disagree on
/// what sits where; each keeps only its own cut (how deep, whether sections without goals show).
///
/// Entries are flat, in reading order, each knowing where its inside ends: a 100,000-level nest of
/// headings is walked without recursion, and a renderer skips a subtree by jumping to its `end`.
package struct PlanOutline: Sendable {
    /// Where each file's entries begin.
    package enum Start: Sendable {
        /// Every heading, a file's title included: the `--json` contract, which says what the
        /// file holds.
        case everyHeading
        /// Below a file's title heading when that one level-1 heading holds everything
        /// (`Roadmap.topSections`): the page or the linking goal already names the file, and a
        /// reader should not see it twice.
        case belowTitle
    }

    package struct Entry: Sendable, Equatable {
        /// A section of a file, or a linked file (the goal linking it stands for it).
        package let item: Plan.Item
        /// 1 for the top entries, one more inside each section or linked file.
        package let depth: Int
        /// Its goals with those of every file linked inside it.
        package let goals: Tally
        /// The index after its last entry: those inside it are `index + 1 ..< end`.
        package fileprivate(set) var end: Int

        /// The linked file this entry stands for, when it is one.
        package var linkedFile: Int? { if case let .file(file) = item { file } else { nil } }
    }

    /// The plan walked: renderers read titles, lines and files from it.
    package let plan: Plan
    /// Every entry, in reading order.
    package let entries: [Entry]

    /// - Parameter depth: entries deeper than this are not walked (their goals still count in the
    ///   entries above): a view of two levels need not walk ten thousand.
    package init(_ plan: Plan, start: Start, depth: Int? = nil) {
        self.plan = plan
        let links = Self.linksBySection(plan)
        let deepest = depth ?? .max
        // Depth first with an explicit stack of what is still to come, the next entry on top.
        var stack: [(item: Plan.Item, depth: Int)] = []
        let sectionsOfFile = plan.files.map(\.roadmap.sections)
        func push(insideFile file: Int, section: Int, depth: Int) {
            let sections = sectionsOfFile[file]
            guard !links[file].isEmpty, let linked = links[file][section] else {
                // Most sections link no file: their subsections are in document order already.
                for child in sections[section].children.reversed() { stack.append((.section(file: file, section: child), depth)) }
                return
            }
            let headings = sections[section].children.map { (sections[$0].line, Plan.Item.section(file: file, section: $0)) }
            for (_, item) in (headings + linked).sorted(by: { $0.0 > $1.0 }) { stack.append((item, depth)) }
        }
        func push(topOfFile file: Int, depth: Int) {
            let roadmap = plan.files[file].roadmap
            let below = roadmap.topSections
            guard start == .belowTitle, below != roadmap.sections[0].children,
                  let title = below.first.flatMap({ roadmap.sections[$0].parentIndex }) else {
                return push(insideFile: file, section: 0, depth: depth)
            }
            push(insideFile: file, section: title, depth: depth)
            // Files linked above the title come first, as they are read (none, while `topSections`
            // asks the part above the title to hold no goals).
            for (_, item) in (links[file][0] ?? []).reversed() { stack.append((item, depth)) }
        }
        var entries: [Entry] = []
        entries.reserveCapacity(plan.files.reduce(0) { $0 + $1.roadmap.sections.count })
        // Entries whose end is not known yet: it is where the next entry at their depth or above begins.
        var open: [Int] = []
        if deepest >= 1 { push(topOfFile: 0, depth: 1) }
        while let (item, depth) = stack.popLast() {
            while let last = open.last, entries[last].depth >= depth {
                entries[open.removeLast()].end = entries.count
            }
            open.append(entries.count)
            switch item {
            case let .section(file, section):
                entries.append(Entry(item: item, depth: depth, goals: plan.tally(ofFile: file, section: section), end: 0))
                if depth < deepest { push(insideFile: file, section: section, depth: depth + 1) }
            case let .file(file):
                entries.append(Entry(item: item, depth: depth, goals: plan.tally(ofFile: file), end: 0))
                if depth < deepest { push(topOfFile: file, depth: depth + 1) }
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
            if let placement = plan.files[file].placement {
                // A tree's file sits in its folder's section, on the root's line that stands for it.
                links[0][placement.section, default: []].append((placement.line, .file(file)))
                continue
            }
            guard let ref = plan.files[file].linkedFrom else { continue }
            let goal = plan.files[ref.file].roadmap.goals[ref.goal]
            links[ref.file][goal.sectionIndex, default: []].append((goal.line, .file(file)))
        }
        return links
    }

    /// The entries directly inside `entry`, or the top entries for nil, in order.
    package func children(of entry: Int?) -> Children {
        Children(entries: entries, index: entry.map { $0 + 1 } ?? 0, end: entry.map { entries[$0].end } ?? entries.count)
    }

    /// Each entry inside begins where the one before it ends; no array is made, since `--json`
    /// asks every entry of a large file for its children.
    package struct Children: Sequence, IteratorProtocol {
        let entries: [Entry]
        var index: Int
        let end: Int

        package mutating func next() -> Int? {
            guard index < end else { return nil }
            defer { index = entries[index].end }
            return index
        }
    }

    /// The linked files inside `entry` (the root file's for nil), through its
    /// subsections but not into those files: what the diagram draws below its deepest section.
    package func linkedFiles(inside entry: Int?) -> [Int] {
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
    package func title(of entry: Int) -> String {
        switch entries[entry].item {
        case let .section(file, section):
            let roadmap = plan.files[file].roadmap
            return PlainText.of(roadmap.bytes, roadmap.sections[section].titleRange)
        case let .file(file):
            return plan.label(ofFile: file)
        }
    }
}
