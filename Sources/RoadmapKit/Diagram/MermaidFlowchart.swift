/// `roadmap diagram` as text: a mermaid flowchart in a ```` ```mermaid ```` fence, ready to paste
/// into a markdown file GitHub renders.
///
/// Nodes follow the document: siblings are chained in order, except that consecutive siblings
/// marked parallel form one stage and share their predecessor and successor (each node of a stage
/// has an edge to each node of the next). Nodes with children are subgraphs. Each node is styled
/// `done`, `active` (something done or in progress) or `todo` by `classDef`; ids are `n1`, `n2`, …
/// in drawing order, so they are unique and never a mermaid keyword.
public enum MermaidFlowchart {
    /// The mermaid flowchart of `nodes`, titled `title` (the whole roadmap's `goals` beside it).
    public static func render(_ nodes: [DiagramNode], title: String?, goals: Tally) -> String {
        var writer = Writer()
        writer.line("```mermaid")
        writer.line("flowchart TD")
        if let title { writer.line("    %% \(comment(title)): \(goals.done)/\(goals.counted) done") }
        writer.siblings(nodes, indent: "    ")
        writer.line("    classDef done fill:#2e7d32,stroke:#1b5e20,color:#ffffff")
        writer.line("    classDef active fill:#f9a825,stroke:#f57f17,color:#000000")
        writer.line("    classDef todo fill:#eceff1,stroke:#90a4ae,color:#000000")
        for progress in [DiagramNode.Progress.done, .active, .todo] {
            let ids = writer.classes.filter { $0.1 == progress }.map(\.0)
            if !ids.isEmpty { writer.line("    class \(ids.joined(separator: ",")) \(progress.rawValue)") }
        }
        writer.line("```")
        return writer.text
    }

    /// A `%%` comment ends at the line's end; keep it on one line.
    private static func comment(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0 != "\n" && $0 != "\r" }.map(Character.init))
    }

    private struct Writer {
        var text = ""
        var count = 0
        /// Leaf nodes and their style, in drawing order.
        var classes: [(String, DiagramNode.Progress)] = []

        mutating func line(_ s: String) { text += s + "\n" }

        /// Draws the nodes, then the edges between their stages. Returns their ids.
        @discardableResult
        mutating func siblings(_ nodes: [DiagramNode], indent: String) -> [String] {
            var ids: [String] = []
            for node in nodes { ids.append(draw(node, indent: indent)) }
            var stages: [[String]] = []
            for (index, node) in nodes.enumerated() {
                if node.isParallel, index > 0, nodes[index - 1].isParallel {
                    stages[stages.count - 1].append(ids[index])
                } else {
                    stages.append([ids[index]])
                }
            }
            for (from, to) in zip(stages, stages.dropFirst()) {
                for a in from { for b in to { line("\(indent)\(a) --> \(b)") } }
            }
            return ids
        }

        mutating func draw(_ node: DiagramNode, indent: String) -> String {
            count += 1
            let id = "n\(count)"
            let counts = "\(node.goals.done)/\(node.goals.counted) · \(node.goals.percent)%"
            if node.children.isEmpty {
                line("\(indent)\(id)[\"\(MermaidLabel.escaped(node.title))<br/>\(counts)\"]")
                classes.append((id, node.progress))
            } else {
                line("\(indent)subgraph \(id) [\"\(MermaidLabel.escaped(node.title)) · \(counts)\"]")
                siblings(node.children, indent: indent + "    ")
                line("\(indent)end")
            }
            return id
        }
    }
}
