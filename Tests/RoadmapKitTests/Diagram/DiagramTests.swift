import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage
import RoadmapTestSupport

/// diagram: nodes follow the document, parallel sections share neighbours, output is valid mermaid.
@Suite struct DiagramTests {
    static let golden = PackagePaths.kitTests.appendingPathComponent("Golden")

    @Test(arguments: [
        ("Track A, runs in parallel with Track B.", true), ("AI Fundamentals ∥ Infrastructure", true),
        ("Parallel track: cloud", true), ("track b", true), ("Starts once Tracks A and B are done.", false),
        ("Follows AI Tools Integration.", false), ("Fast track", false), ("Tracking costs", false), ("", false),
    ])
    func parallelMarkers(text: String, marked: Bool) {
        #expect(ParallelMarker.isMarked(text) == marked)
    }

    @Test func escapingKeepsLabelsInsideTheirQuotes() {
        #expect(MermaidLabel.escaped("A \"quoted\" <b>#1</b> & `x`") == "A #34;quoted#34; #60;b#62;#35;1#60;/b#62; & #96;x#96;")
    }

    /// The bundled guide as init writes it, read as a plan: the diagram a new user gets.
    static func guidePlan() throws -> Plan {
        let template = try #require(BundledTemplate.named("devops-to-ai-architect"))
        let files = TemplateInstallation(template, fields: []).files
        return Plan(root: Roadmap(parsing: files[0].bytes), path: files[0].path) { path in
            files.first { $0.path == path }.map { .success($0.bytes) } ?? .failure(StorageError(path: path, message: "missing"))
        }
    }

    static func diagram(_ plan: Plan, depth: Int) -> String {
        MermaidFlowchart.render(DiagramNode.tree(plan, depth: depth), title: plan.root.title.map(PlainText.of), goals: plan.tally)
    }

    @Test func guideDiagramMatchesGolden() throws {
        let text = Self.diagram(try Self.guidePlan(), depth: 1)
        let file = Self.golden.appendingPathComponent("diagram-devops-to-ai-architect.md")
        try Golden.update(file, with: text)
        #expect(text == (try String(contentsOf: file, encoding: .utf8)))
    }

    @Test func guidePhasesAndTracksFollowTheDocument() throws {
        let nodes = DiagramNode.tree(try Self.guidePlan(), depth: 1)
        #expect(nodes.map(\.title) == ["Before You Start", "Phases"])
        let phases = nodes[1].children
        #expect(phases.map(\.title) == ["Phase 1: Foundation (Months 1-6)", "Phase 2: Specialization (Months 7-12)", "Phase 3: Mastery (Months 13-18)"])
        #expect(phases[0].children.map(\.isParallel) == [true, true, false, false, false])
        #expect(phases[1].children.map(\.isParallel) == [true, true, true, false, false])
        #expect(phases[2].children.map(\.isParallel) == [true, true, true, false])
    }

    @Test(arguments: BundledTemplate.all.map(\.name), [0, 1, 2, 3])
    func everyDiagramIsWellFormed(template name: String, depth: Int) throws {
        let template = try #require(BundledTemplate.named(name))
        let files = TemplateInstallation(template, fields: []).files
        let plan = Plan(root: Roadmap(parsing: files[0].bytes), path: files[0].path) { path in
            files.first { $0.path == path }.map { .success($0.bytes) } ?? .failure(StorageError(path: path, message: "missing"))
        }
        Self.expectWellFormed(Self.diagram(plan, depth: depth))
    }

    /// Fenced, `subgraph`/`end` balanced, ids unique, and every edge and class names a drawn id.
    static func expectWellFormed(_ text: String) {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first == "```mermaid" && lines.last == "```" && lines[1] == "flowchart TD")
        var open = 0
        var ids: [String] = []
        for line in lines {
            if line.hasPrefix("subgraph ") {
                open += 1
                ids.append(String(line.dropFirst(9).prefix { $0 != " " }))
            } else if line == "end" {
                open -= 1
                #expect(open >= 0)
            } else if let bracket = line.firstIndex(of: "["), line.hasPrefix("n"), !line.contains("-->") {
                ids.append(String(line[..<bracket]))
                #expect(line.hasSuffix("\"]") && line.dropFirst(ids.last!.count + 2).dropLast(2).allSatisfy { $0 != "\"" })
            }
        }
        #expect(open == 0)
        #expect(Set(ids).count == ids.count, "duplicate ids")
        for line in lines where line.contains(" --> ") {
            let ends = line.components(separatedBy: " --> ")
            #expect(ends.count == 2 && ends.allSatisfy(ids.contains), "\(line)")
        }
        for line in lines where line.hasPrefix("class ") {
            let names = line.split(separator: " ")[1].split(separator: ",").map(String.init)
            #expect(names.allSatisfy(ids.contains))
        }
    }

    @Test func progressStylesNodes() {
        var plan = "# P\n## A\n- [x] a\n## B\n- [x] b\n- [ ] c\n## C\n- [/] d\n## D\n- [ ] e\n## E\n- [-] f\n"
        let text = Self.diagram(Plan(single: roadmap(plan), path: "p.md"), depth: 1)
        #expect(text.contains("class n1 done\n"))
        #expect(text.contains("class n2,n3 active\n"))
        #expect(text.contains("class n4,n5 todo\n"))
        plan = "- [ ] only\n"
        let single = Self.diagram(Plan(single: roadmap(plan), path: "p.md"), depth: 1)
        #expect(single.contains("n1[\"p.md<br/>0/1 · 0%\"]"))
        Self.expectWellFormed(single)
    }
}
