import Foundation
import Testing
@testable import roadmap

/// One journal per plan (issue 25, item 10): a change to any file of a plan, however the file was
/// opened, goes into the plan's journal; undo takes back the newest change anywhere in the plan,
/// in order; redo re-applies what undo took back; log names files from where the person stands.
struct PlanJournalTests {
    static let files = [
        "roadmap.md": "# Plan\n\n**Start Date:** 2026-03-01\n\n- [ ] [Phase 1](phases/p1.md)\n- [ ] index goal\n",
        "phases/p1.md": "# Phase 1\n\n- [ ] linked goal\n- [ ] second linked goal\n",
    ]

    let h: CLIHarness
    var state: [String: String] { ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path] }

    init() throws { h = try CLIHarness(files: Self.files) }

    func run(_ arguments: [String], in directory: String? = nil) -> CLIHarness.Result {
        h.run(arguments, variables: state, in: directory)
    }

    @Test func aLinkedFileOpenedAloneJournalsInThePlan() throws {
        #expect(run(["-f", "phases/p1.md", "check", "1"]).status == .success)
        let undo = run(["undo"])
        #expect(undo.status == .success, "\(undo.stderr)")
        #expect(try h.read("phases/p1.md") == Self.files["phases/p1.md"])
    }

    @Test func undoGoesBackThroughThePlanInOrder() throws {
        #expect(run(["check", "2"]).status == .success)
        #expect(run(["-f", "phases/p1.md", "check", "2"]).status == .success)
        #expect(run(["check", "phases/p1:1"]).status == .success)
        let opened = run(["-f", "phases/p1.md", "log", "--json"])
        let entries = try #require((try JSONSerialization.jsonObject(with: Data(opened.stdout.utf8)) as? [String: Any])?["entries"] as? [Any])
        #expect(entries.count == 3, "the linked file opened alone finds the plan's entries: \(opened.stdout)")
        #expect(run(["-f", "phases/p1.md", "undo"]).status == .success)
        #expect(try h.read("phases/p1.md") == "# Phase 1\n\n- [ ] linked goal\n- [x] second linked goal ✅ 2026-11-22\n")
        #expect(run(["undo"]).status == .success)
        #expect(try h.read("phases/p1.md") == Self.files["phases/p1.md"])
        #expect(try h.read("roadmap.md").contains("- [x] index goal ✅"))
        #expect(run(["undo"]).status == .success)
        #expect(try h.read("roadmap.md") == Self.files["roadmap.md"])
    }

    @Test func redoReappliesWhatUndoTookBack() throws {
        #expect(run(["check", "2"]).status == .success)
        #expect(run(["check", "phases/p1:1"]).status == .success)
        let checked = try h.read("phases/p1.md")
        #expect(run(["undo"]).status == .success)
        #expect(run(["undo"]).status == .success)
        let redo = run(["redo"])
        #expect(redo.status == .success, "\(redo.stderr)")
        #expect(redo.stdout.hasPrefix("Redid 'roadmap check 2' of "))
        #expect(try h.read("roadmap.md").contains("- [x] index goal ✅"))
        #expect(try h.read("phases/p1.md") == Self.files["phases/p1.md"])
        #expect(run(["redo"]).status == .success)
        #expect(try h.read("phases/p1.md") == checked)
        let none = run(["redo"])
        #expect(none.status == .failure)
        #expect(none.stderr.contains("nothing to redo"))
        #expect(run(["undo"]).status == .success, "a redone change is undone again")
        #expect(try h.read("phases/p1.md") == Self.files["phases/p1.md"])
    }

    @Test func redoRefusesWhenTheFileChangedSince() throws {
        #expect(run(["check", "2"]).status == .success)
        #expect(run(["undo"]).status == .success)
        try h.write("roadmap.md", Self.files["roadmap.md"]! + "- [ ] by hand\n")
        let redo = run(["redo"])
        #expect(redo.status == .failure)
        #expect(redo.stderr.contains("changed since"))
        #expect(try h.read("roadmap.md") == Self.files["roadmap.md"]! + "- [ ] by hand\n")
    }

    @Test func aNewChangeEndsWhatCanBeRedone() throws {
        #expect(run(["check", "2"]).status == .success)
        #expect(run(["undo"]).status == .success)
        #expect(run(["check", "phases/p1:1"]).status == .success)
        let redo = run(["redo"])
        #expect(redo.status == .failure)
        #expect(redo.stderr.contains("nothing to redo"))
    }

    @Test func logNamesFilesFromWhereThePersonStands() throws {
        #expect(run(["check", "2", "phases/p1:1"]).status == .success)
        let log = run(["log", "--json"], in: "phases")
        let entries = try #require((try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [String: Any])?["entries"] as? [[String: Any]])
        let files = (entries.first?["files"] as? [[String: Any]])?.compactMap { $0["file"] as? String }
        #expect(files == ["../roadmap.md", "p1.md"], "\(log.stdout)")
    }
}

extension PlanJournalTests {
    @Test func aLinkedFileOpenedAloneNamesTheRootFromHere() throws {
        #expect(run(["check", "2", "phases/p1:1"]).status == .success)
        func files(_ arguments: [String], in directory: String? = nil) throws -> [String]? {
            let log = run(arguments + ["log", "--json"], in: directory)
            let entries = try #require((try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [String: Any])?["entries"] as? [[String: Any]])
            return (entries.first?["files"] as? [[String: Any]])?.compactMap { $0["file"] as? String }
        }
        #expect(try files(["-f", "phases/p1.md"]) == ["roadmap.md", "phases/p1.md"])
        #expect(try files(["-f", "p1.md"], in: "phases") == ["../roadmap.md", "p1.md"])
    }
}
