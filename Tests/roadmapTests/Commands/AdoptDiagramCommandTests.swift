import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// adopt and diagram as a person runs them.
struct AdoptDiagramCommandTests {
    static let plain = "# Plan\n\n## Year 1 Targets\n- ✅ Pass an exam (Month 3)\n- Lead a team\n\n## Notes\n- keep this\n"

    @Test func adoptDryRunShowsTheDiffAndWritesNothing() throws {
        let h = try CLIHarness(files: ["plan.md": Self.plain])
        let result = h.run(["adopt", "plan.md", "--dry-run"])
        #expect(result.stdout == """
        --- a/plan.md
        +++ b/plan.md
        @@ -1,8 +1,8 @@
         # Plan
         
         ## Year 1 Targets
        -- ✅ Pass an exam (Month 3)
        -- Lead a team
        +- [ ] Pass an exam (Month 3)
        +- [ ] Lead a team
         
         ## Notes
         - keep this

        """)
        #expect(try h.read("plan.md") == Self.plain)
    }

    @Test func adoptWritesAndStatusTracks() throws {
        let h = try CLIHarness(files: ["plan.md": Self.plain])
        let result = h.run(["adopt", "plan.md", "--in", "notes"])
        #expect(result.status == .success)
        #expect(result.stdout == "Adopted 3 goals in plan.md:\n    2  Year 1 Targets\n    1  Notes\nNext: roadmap -f plan.md status\n")
        #expect(h.run(["-f", "plan.md", "status"]).stdout.contains("0/3"))
        let again = h.run(["adopt", "plan.md"])
        #expect(again.status == .success)
        #expect(again.stdout.hasPrefix("Nothing to adopt in plan.md"))
        #expect(h.run(["adopt", "plan.md", "--in", "nowhere"]).status == .failure)
    }

    /// A plan is adopted as a whole, as every other command reads it: plain bullets in a linked
    /// file become goals too, in one change that one `undo` takes back.
    @Test func adoptCoversEveryFileOfAPlan() throws {
        let index = "# Guide\n\n## Phases\n- [ ] [Phase 1](p1.md)\n"
        let phase = "# Phase 1\n\n## Milestones\n- Ship a model\n- Write it up\n"
        let h = try CLIHarness(files: ["roadmap.md": index, "p1.md": phase])
        let state = ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path]
        let dry = h.run(["adopt", "--dry-run"])
        #expect(dry.status == .success, "\(dry.stderr)")
        #expect(dry.stdout.contains("+++ b/p1.md\n") && dry.stdout.contains("+- [ ] Ship a model\n"), "\(dry.stdout)")
        #expect(try h.read("p1.md") == phase)
        let run = h.run(["adopt"], variables: state)
        #expect(run.stdout == "Adopted 2 goals in p1.md:\n    2  Phases › Phase 1 › Milestones\nNext: roadmap status\n", "\(run.stdout)")
        #expect(try h.read("p1.md") == "# Phase 1\n\n## Milestones\n- [ ] Ship a model\n- [ ] Write it up\n")
        #expect(h.run(["status"]).stdout.contains("0/3"))
        #expect(h.run(["adopt", "--in", "nowhere"]).stderr == "error: roadmap.md and 1 linked file: no heading matches 'nowhere'; nothing written\n")
        let undo = h.run(["undo"], variables: state)
        #expect(undo.status == .success, "\(undo.stderr)")
        #expect(try h.read("p1.md") == phase)
        #expect(try h.read("roadmap.md") == index)
    }

    @Test func diagramOfTheInitialisedGuide() throws {
        let h = try CLIHarness()
        #expect(h.run(["init", "devops-to-ai-architect", "--dir", "g"]).status == .success)
        #expect(h.run(["check", "-f", "g", "phase-1-foundation:1", "phase-3-mastery:1"]).status == .success)
        let result = h.run(["diagram", "g"])
        #expect(result.status == .success)
        #expect(result.stdout.hasPrefix("```mermaid\nflowchart TD\n"))
        #expect(result.stdout.contains("n4[\"AI Fundamentals<br/>1/7 · 14%\"]"))
        #expect(result.stdout.contains("class n4,n16 active\n"))
        DiagramChecks.wellFormed(result.stdout)
    }
}

/// The same structural checks as RoadmapKitTests' DiagramTests, for the command's output.
enum DiagramChecks {
    static func wellFormed(_ text: String) {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.filter { $0.hasPrefix("subgraph ") }.count == lines.filter { $0 == "end" }.count)
        let ids = lines.compactMap { line -> String? in
            if line.hasPrefix("subgraph ") { return String(line.dropFirst(9).prefix { $0 != " " }) }
            if line.hasPrefix("n"), !line.contains("-->"), let b = line.firstIndex(of: "[") { return String(line[..<b]) }
            return nil
        }
        #expect(Set(ids).count == ids.count)
        for line in lines where line.contains(" --> ") {
            #expect(line.components(separatedBy: " --> ").allSatisfy(ids.contains))
        }
    }
}
