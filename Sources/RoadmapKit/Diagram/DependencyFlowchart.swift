/// `diagram --goals`: the goals linked by Obsidian Tasks dependencies (`⛔` naming a `🆔`) as a
/// mermaid flowchart, an edge from each goal to each goal that waits for it, so the chart reads
/// in the order the work can be done (issue 26). Only linked goals are drawn, in plan order; each
/// is styled as the section chart styles its nodes: done (or cancelled), active (in progress), todo.
public enum DependencyFlowchart {
    /// The flowchart of `plan`'s dependencies.
    public static func render(_ plan: Plan) -> String {
        let links = TaskDependencies(plan)
        var linked = Set<GoalRef>()
        for (ref, ids) in links.waitsFor {
            let others = ids.flatMap { links.goalsByID[$0] ?? [] }
            guard !others.isEmpty else { continue }
            linked.insert(ref)
            linked.formUnion(others)
        }
        var text = "```mermaid\nflowchart LR\n"
        guard !linked.isEmpty else { return text + "    %% no goal waits for another (⛔)\n```\n" }
        var ids: [GoalRef: String] = [:]
        var classes: [(String, DiagramNode.Progress)] = []
        for ref in plan.goalsInOrder where linked.contains(ref) {
            let id = "g\(ids.count + 1)"
            ids[ref] = id
            let label = plan.displayID(ref) + " " + PlainText.of(plan.files[ref.file].roadmap.text(of: ref.goal, withoutFields: true))
            text += "    \(id)[\"\(MermaidLabel.escaped(label))\"]\n"
            switch plan.state(of: ref) {
            case .done, .cancelled: classes.append((id, .done))
            case .inProgress: classes.append((id, .active))
            default: classes.append((id, .todo))
            }
        }
        for ref in plan.goalsInOrder {
            guard let to = ids[ref] else { continue }
            var drawn = Set<String>()
            for other in (links.waitsFor[ref] ?? []).flatMap({ links.goalsByID[$0] ?? [] }) {
                guard let from = ids[other], drawn.insert(from).inserted else { continue }
                text += "    \(from) --> \(to)\n"
            }
        }
        text += "    classDef done fill:#2e7d32,stroke:#1b5e20,color:#ffffff\n"
        text += "    classDef active fill:#f9a825,stroke:#f57f17,color:#000000\n"
        text += "    classDef todo fill:#eceff1,stroke:#90a4ae,color:#000000\n"
        for progress in [DiagramNode.Progress.done, .active, .todo] {
            let named = classes.filter { $0.1 == progress }.map(\.0)
            if !named.isEmpty { text += "    class \(named.joined(separator: ",")) \(progress.rawValue)\n" }
        }
        return text + "```\n"
    }
}
