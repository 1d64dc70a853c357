/// One box of `roadmap diagram`: a section, or a linked file, with its goals' progress. A node
/// with children is drawn as a subgraph around them.
public struct DiagramNode: Sendable {
    public var title: String
    public var goals: Tally
    /// Runs alongside its marked neighbours (see `ParallelMarker`).
    package var isParallel: Bool
    public var children: [DiagramNode]

    /// How far the node is: all its goals done, some done or in progress, or none started.
    public enum Progress: String, Sendable { case done, active, todo }

    public var progress: Progress {
        if goals.counted > 0 && goals.done == goals.counted { return .done }
        return goals.done > 0 || goals.inProgress > 0 ? .active : .todo
    }

    /// The nodes for a plan: each file's sections with goals, down to `depth` heading levels
    /// below the file's top (0: files only), and each linked file as a node of its own, wherever
    /// its linking goal is, holding its sections again from the top. A plan with nothing to show
    /// at that depth is one node.
    public static func tree(_ plan: Plan, depth: Int) -> [DiagramNode] {
        let builder = DiagramBuilder(plan: plan, depth: depth)
        let top = builder.items(ofFile: 0)
        return top.isEmpty ? [DiagramNode(title: plan.label(ofFile: 0), goals: plan.tally, isParallel: false, children: [])] : top
    }
}

private struct DiagramBuilder {
    let plan: Plan
    let depth: Int

    func items(ofFile file: Int) -> [DiagramNode] {
        guard depth > 0 else { return plan.linkedFiles(inFile: file, under: 0).map(node(linkedFile:)) }
        return plan.startItems(ofFile: file).compactMap { node($0, levels: depth) }
    }

    func node(_ item: Plan.Item, levels: Int) -> DiagramNode? {
        switch item {
        case let .file(file):
            return node(linkedFile: file)
        case let .section(file, section):
            let goals = plan.tally(ofFile: file, section: section)
            guard goals.total > 0 else { return nil }
            let roadmap = plan.files[file].roadmap
            let title = PlainText.of(roadmap.bytes, roadmap.sections[section].titleRange)
            let children = levels > 1
                ? plan.items(inFile: file, section: section).compactMap { node($0, levels: levels - 1) }
                : plan.linkedFiles(inFile: file, under: section).map(node(linkedFile:))
            let parallel = ParallelMarker.isMarked(title) || ParallelMarker.isMarked(roadmap.intro(ofSection: section))
            return DiagramNode(title: title, goals: goals, isParallel: parallel, children: children)
        }
    }

    func node(linkedFile file: Int) -> DiagramNode {
        let linkText = plan.files[file].linkedFrom.map { plan.files[$0.file].roadmap.text(of: $0.goal) } ?? ""
        return DiagramNode(title: plan.label(ofFile: file), goals: plan.tally(ofFile: file),
                           isParallel: ParallelMarker.isMarked(linkText), children: items(ofFile: file))
    }
}
