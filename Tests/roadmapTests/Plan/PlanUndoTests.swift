import Foundation
import Testing
@testable import roadmap

/// A command that edits several files of a plan is one change: one journal entry in the root's
/// journal, undone as one (issue 12).
struct PlanUndoTests {
    static let files = [
        "roadmap.md": "# Plan\n\n**Start Date:** 2026-03-01\n\n- [ ] [Phase 1](p1.md)\n- [ ] index goal\n",
        "p1.md": "# Phase 1\n\n- [ ] linked goal\n",
    ]

    @Test func checkInTwoFilesIsOneEntryUndoneAsOne() throws {
        let h = try CLIHarness(files: Self.files)
        let state = ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path]
        let check = h.run(["check", "2", "p1:1"], variables: state)
        #expect(check.status == .success, "\(check.stderr)")
        #expect(try h.read("roadmap.md").contains("- [x] index goal ✅"))
        #expect(try h.read("p1.md").contains("- [x] linked goal ✅"))
        let log = h.run(["log", "--json"], variables: state)
        let journal = try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as! [String: Any]
        let entries = journal["entries"] as! [[String: Any]]
        #expect(entries.count == 1, "\(log.stdout)")
        #expect((entries.first?["files"] as? [Any])?.count == 2, "\(log.stdout)")
        let undo = h.run(["undo"], variables: state)
        #expect(undo.status == .success, "\(undo.stderr)")
        #expect(try h.read("roadmap.md") == Self.files["roadmap.md"])
        #expect(try h.read("p1.md") == Self.files["p1.md"])
    }

    @Test func aChangeOnlyInALinkedFileIsInTheRootsJournal() throws {
        let h = try CLIHarness(files: Self.files)
        let state = ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path]
        #expect(h.run(["check", "p1:1"], variables: state).status == .success)
        let undo = h.run(["undo"], variables: state)
        #expect(undo.status == .success, "\(undo.stderr)")
        #expect(try h.read("p1.md") == Self.files["p1.md"])
    }
}
