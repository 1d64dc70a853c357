import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// `start` or `cancel` on a done goal (a stale id does it easily) drops its ✅ date: it says so,
/// with the command that puts it back (issue 25, item 7).
@Suite struct DroppedDoneDateTests {
    static let text = "# R\n\n## G\n\n- [x] Alpha ✅ 2026-11-01\n- [ ] Beta\n"

    @Test(arguments: [("start", "Started"), ("cancel", "Cancelled")])
    func startOrCancelSaysTheDateIsGone(command: String, verb: String) throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        let result = h.run([command, "1"])
        #expect(result.status == .success)
        #expect(result.stdout.contains("\(verb) #1 Alpha"))
        #expect(result.stdout.contains("#1 was done on 2026-11-01; its ✅ date is gone (to put it back: roadmap check 1 --date 2026-11-01)"), "\(result.stdout)")
        #expect(h.run(["check", "1", "--date", "2026-11-01"]).status == .success)
        #expect(try h.read("roadmap.md") == Self.text)
    }

    /// The revert of that cancel puts ` ✅ date` back where ` ❌ date` comes out: undo used to stop on
    /// "overlapping text edits".
    @Test(arguments: ["start", "cancel"])
    func undoGivesTheDateBack(command: String) throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        let vars = ["XDG_STATE_HOME": h.directory.path + "/state"]
        #expect(h.run([command, "1"], variables: vars).status == .success)
        #expect(h.run(["undo"], variables: vars).status == .success)
        #expect(try h.read("roadmap.md") == Self.text)
    }

    @Test func anOpenGoalSaysNothingOfADate() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        #expect(!h.run(["start", "2"]).stdout.contains("✅"))
    }

    // Reopen, then check again the same day: the journal knows the date the reopen took off, and
    // check without --date puts it back rather than dating the goal today (2026-11-22 here).

    @Test(arguments: ["start", "cancel", "uncheck", "reopen"])
    func checkingAgainTheSameDayPutsTheDateBack(command: String) throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        let vars = ["XDG_STATE_HOME": h.directory.path + "/state"]
        #expect(h.run([command, "1"], variables: vars).status == .success)
        let result = h.run(["check", "1"], variables: vars)
        #expect(result.status == .success)
        #expect(result.stdout.contains("#1 gets back ✅ 2026-11-01, the date roadmap took off it earlier today"), "\(result.stdout)")
        #expect(try h.read("roadmap.md") == Self.text)
    }

    @Test func laterChangesByRoadmapDoNotHideTheDate() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        let vars = ["XDG_STATE_HOME": h.directory.path + "/state"]
        #expect(h.run(["start", "1"], variables: vars).status == .success)
        #expect(h.run(["add", "Gamma", "--in", "G"], variables: vars).status == .success)
        #expect(h.run(["check", "2"], variables: vars).status == .success)
        #expect(h.run(["check", "1"], variables: vars).status == .success)
        #expect(try h.read("roadmap.md") == "# R\n\n## G\n\n- [x] Alpha ✅ 2026-11-01\n- [x] Beta ✅ 2026-11-22\n- [ ] Gamma\n")
    }

    @Test func anExplicitDateOrAHandEditWins() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        let vars = ["XDG_STATE_HOME": h.directory.path + "/state"]
        #expect(h.run(["start", "1"], variables: vars).status == .success)
        #expect(h.run(["check", "1", "--date", "2026-11-20"], variables: vars).status == .success)
        #expect(try h.read("roadmap.md").contains("- [x] Alpha ✅ 2026-11-20\n"))
        // Reopened again, then edited by hand: the journal no longer says what the goal is.
        #expect(h.run(["start", "1"], variables: vars).status == .success)
        try h.write("roadmap.md", try h.read("roadmap.md") + "\nA note.\n")
        let result = h.run(["check", "1"], variables: vars)
        #expect(!result.stdout.contains("gets back"))
        #expect(try h.read("roadmap.md").contains("- [x] Alpha ✅ 2026-11-22\n"))
    }

    @Test func aReopenOnAnEarlierDayIsNotUndone() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        let vars = ["XDG_STATE_HOME": h.directory.path + "/state"]
        #expect(h.run(["start", "1"], variables: vars).status == .success)
        // The journal's entry, moved two days back: the goal was reopened then, and done again today.
        let state = h.directory.appendingPathComponent("state")
        let journals = try #require(FileManager.default.enumerator(atPath: state.path)).compactMap { $0 as? String }
            .map { state.appendingPathComponent($0) }.filter { !$0.hasDirectoryPath && (try? String(contentsOf: $0, encoding: .utf8))?.contains("start") == true }
        let journal = try #require(journals.first)
        // After the header, one line per entry, its time first (written with a leading 0).
        var lines = try String(contentsOf: journal, encoding: .utf8).components(separatedBy: "\n")
        let entry = try #require(lines.firstIndex { $0.contains("\tstart,1\t") })
        let time = try #require(Int(lines[entry].prefix { $0.isNumber }))
        lines[entry] = String(time - 2 * 86_400) + lines[entry].drop { $0.isNumber }
        try lines.joined(separator: "\n").write(to: journal, atomically: true, encoding: .utf8)
        #expect(h.run(["check", "1"], variables: vars).status == .success)
        #expect(try h.read("roadmap.md").contains("- [x] Alpha ✅ 2026-11-22\n"))
    }
}
