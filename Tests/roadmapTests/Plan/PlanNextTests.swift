import Foundation
import Testing
@testable import roadmap

/// `next` across a plan's files: linked files count from the index's start date, and entries
/// carry the plan's ids and their file.
struct PlanNextTests {
    @Test func nextCoversLinkedFilesWithTheirIds() throws {
        let h = try CLIHarness()
        #expect(h.run(["init", "devops-to-ai-architect", "--start", "2026-01-10", "--name", "Ada"]).status == .success)
        let result = h.run(["next", "--json"])
        #expect(result.status == .success)
        let entries = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        let phase = try #require(entries.first { $0["file"] as? String == "phase-1-foundation.md" && $0["kind"] as? String == "goal" })
        // Its checkpoint is due when the phase's span ends (issue 25, item 11), listed first that day.
        let checkpoint = try #require(entries.first { $0["file"] as? String == "phase-1-foundation.md" })
        #expect(checkpoint["kind"] as? String == "checkpoint" && checkpoint["due"] as? String == "2026-07-10")
        #expect((phase["id"] as? String)?.hasPrefix("phase-1-foundation:") == true)
        // Phase 1 is '(Months 1-6)' in its heading: due six months after the index's start.
        #expect(phase["due"] as? String == "2026-07-10")
        #expect(phase["overdue"] as? Bool == true)
        let text = h.run(["next"]).stdout
        #expect(text.contains("phase-1-foundation:1 [ ]"))
    }

    @Test func checkingALinkedGoalTakesItOutOfNext() throws {
        let h = try CLIHarness()
        _ = h.run(["init", "devops-to-ai-architect", "--start", "2026-01-10"])
        #expect(h.run(["check", "phase-1-foundation:1"]).status == .success)
        let entries = try JSONSerialization.jsonObject(with: Data(h.run(["next", "--json", "--all"]).stdout.utf8)) as! [[String: Any]]
        #expect(!entries.contains { $0["id"] as? String == "phase-1-foundation:1" })
    }
}
