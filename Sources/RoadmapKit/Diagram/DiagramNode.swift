/// One box of `roadmap diagram`: a section, or a linked file, with its goals' progress. A node
/// with children is drawn as a subgraph around them.
public struct DiagramNode: Sendable {
    /// The section's title, or the linked file's label.
    public var title: String
    /// Its goals and those of everything below it.
    public var goals: Tally
    /// Runs alongside its marked neighbours (see `ParallelMarker`).
    package var isParallel: Bool
    /// The nodes below it, in reading order.
    public var children: [DiagramNode]

    /// How far the node is: all its goals done, some done or in progress, or none started.
    public enum Progress: String, Sendable { case done, active, todo }

    /// Done when every counted goal is done, active when some are, else to do.
    public var progress: Progress {
        if goals.counted > 0 && goals.done == goals.counted { return .done }
        return goals.done > 0 || goals.inProgress > 0 ? .active : .todo
    }

    /// The nodes for a plan: each file's sections with goals, down to `depth` heading levels
    /// below the file's top (0: files only), and each linked file as a node of its own, wherever
    /// its linking goal is, holding its sections again from the top. A plan with nothing to show
    /// at that depth is one node.
    public static func tree(_ plan: Plan, depth: Int) -> [DiagramNode] {
        let builder = DiagramBuilder(outline: PlanOutline(plan, start: .belowTitle), depth: depth)
        let top = builder.nodes(inside: nil)
        return top.isEmpty ? [DiagramNode(title: plan.label(ofFile: 0), goals: plan.tally, isParallel: false, children: [])] : top
    }
}

/// Draws the outline with the diagram's own cut: `depth` counts headings from each file's top, so
/// a linked file shows as many levels as the root; below the last level, the files linked from
/// anywhere inside a section are its children.
private struct DiagramBuilder {
    let outline: PlanOutline
    let depth: Int

    /// What a file holds (the root's for nil).
    func nodes(inside file: Int?) -> [DiagramNode] {
        guard depth > 0 else { return outline.linkedFiles(inside: file).map(node(linkedFile:)) }
        return outline.children(of: file).compactMap { node($0, levels: depth) }
    }

    func node(_ entry: Int, levels: Int) -> DiagramNode? {
        switch outline.entries[entry].item {
        case .file:
            return node(linkedFile: entry)
        case let .section(file, section):
            let goals = outline.entries[entry].goals
            guard goals.total > 0 else { return nil }
            let title = outline.title(of: entry)
            let children = levels > 1
                ? outline.children(of: entry).compactMap { node($0, levels: levels - 1) }
                : outline.linkedFiles(inside: entry).map(node(linkedFile:))
            let intro = outline.plan.files[file].roadmap.intro(ofSection: section)
            let parallel = ParallelMarker.isMarked(title) || ParallelMarker.isMarked(intro)
            return DiagramNode(title: title, goals: goals, isParallel: parallel, children: children)
        }
    }

    func node(linkedFile entry: Int) -> DiagramNode {
        let plan = outline.plan
        let linkText = outline.entries[entry].linkedFile.flatMap { plan.files[$0].linkedFrom }.map { plan.files[$0.file].roadmap.text(of: $0.goal) } ?? ""
        return DiagramNode(title: outline.title(of: entry), goals: outline.entries[entry].goals,
                           isParallel: ParallelMarker.isMarked(linkText), children: nodes(inside: entry))
    }
}
