import Foundation
import Testing
import RoadmapKit
@testable import roadmap

/// `roadmap undo` and `roadmap log`, in-process, with the journal in a temporary state directory.
final class UndoLogTests {
    static let text = "# Plan\n\n## Skills\n- [ ] Learn Docker basics\n- [ ] Learn Kubernetes\n- [x] Learn Git\n"

    let h: CLIHarness
    var state: [String: String] { ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path] }

    init() throws {
        h = try CLIHarness(files: ["career-roadmap.md": Self.text])
    }

    deinit {
        try? FileManager.default.removeItem(at: h.directory)
    }

    func run(_ arguments: [String], _ extra: [String: String] = [:]) -> CLIHarness.Result {
        h.run(arguments, variables: state.merging(extra) { $1 })
    }

    @Test func undoRevertsTheNewestChangeThenTheOneBefore() throws {
        #expect(run(["check", "1"]).status == .success)
        #expect(run(["check", "kubernetes", "--no-date"]).status == .success)
        #expect(run(["uncheck", "3"]).status == .success)
        // Each entry: `YYYY-MM-DD HH:MM  command  lines`, then its goals; newest first.
        let log = run(["log"]).stdout.split(separator: "\n").map { $0.first == " " ? String($0) : String($0.dropFirst(16)) }
        #expect(log == [
            "  roadmap uncheck 3  line 6", "    Learn Git (goal 3 at the time)",
            "  roadmap check kubernetes --no-date  line 5", "    Learn Kubernetes (goal 2 at the time)",
            "  roadmap check 1  line 4", "    Learn Docker basics (goal 1 at the time)",
        ])
        let undo = run(["undo"])
        #expect(undo.status == .success && undo.stderr.isEmpty)
        #expect(undo.stdout.hasPrefix("Undid 'roadmap uncheck 3' of ") && undo.stdout.hasSuffix(": Learn Git (goal 3 at the time)\n"))
        #expect(try h.read("career-roadmap.md") == "# Plan\n\n## Skills\n- [x] Learn Docker basics ✅ 2026-11-22\n- [x] Learn Kubernetes\n- [x] Learn Git\n")
        #expect(run(["undo"]).status == .success)
        #expect(run(["undo"]).status == .success)
        #expect(try h.read("career-roadmap.md") == Self.text)
        let nothing = run(["undo"])
        #expect(nothing.status == .failure)
        #expect(nothing.stderr == "error: career-roadmap.md: nothing to undo; the journal has no change roadmap made to this file\n")
        #expect(run(["log"]).stdout == "No changes recorded for career-roadmap.md yet.\n")
    }

    /// An insert shifts the numbers below it: the journal names the goal `add` wrote, by its text
    /// and the number it had then, not the goal that stood in its place (issue 25, item 6).
    @Test func logAndUndoNameTheGoalAnAddWrote() throws {
        try h.write("career-roadmap.md", "# Plan\n\n## Skills\n- [ ] Alpha\n  - [ ] Alpha one\n- [ ] Beta\n")
        #expect(run(["add", "Alpha two", "--under", "1"]).status == .success)
        #expect(try h.read("career-roadmap.md") == "# Plan\n\n## Skills\n- [ ] Alpha\n  - [ ] Alpha one\n  - [ ] Alpha two\n- [ ] Beta\n")
        #expect(run(["check", "4"]).status == .success)
        let log = run(["log"]).stdout.split(separator: "\n").filter { $0.hasPrefix("    ") }
        #expect(log == ["    Beta (goal 4 at the time)", "    Alpha two (goal 3 at the time)"], "\(log)")
        #expect(run(["undo"]).stdout.hasSuffix(": Beta (goal 4 at the time)\n"))
        let undo = run(["undo"])
        #expect(undo.stdout.hasSuffix(": Alpha two (goal 3 at the time)\n"), "\(undo.stdout)")
        #expect(run(["redo"]).stdout.hasSuffix(": Alpha two (goal 3 at the time)\n"))
    }

    /// A review writes several edits in one change (a tick, the Date, a cell, the log entry):
    /// one journal entry, and one undo gives the file back byte for byte.
    @Test func undoRevertsAWholeReview() throws {
        try h.write("career-roadmap.md", ReviewSample.text)
        let review = run(["review", "--yes", "--metric", "Python=45", "--note", "Good month"])
        #expect(review.status == .success, "\(review.stderr)")
        #expect(try h.read("career-roadmap.md") != ReviewSample.text)
        let log = run(["log"]).stdout
        #expect(log.components(separatedBy: "roadmap review").count == 2, "\(log)")
        #expect(run(["undo"]).status == .success)
        #expect(try h.read("career-roadmap.md") == ReviewSample.text)
    }

    @Test func dryRunShowsTheDiffAndWritesNothing() throws {
        _ = run(["check", "2"])
        let checked = try h.read("career-roadmap.md")
        let dry = run(["undo", "--dry-run"])
        #expect(dry.status == .success)
        #expect(dry.stdout == """
        --- a/career-roadmap.md
        +++ b/career-roadmap.md
        @@ -2,5 +2,5 @@
         
         ## Skills
         - [ ] Learn Docker basics
        -- [x] Learn Kubernetes ✅ 2026-11-22
        +- [ ] Learn Kubernetes
         - [x] Learn Git

        """)
        #expect(try h.read("career-roadmap.md") == checked)
        #expect(run(["log", "--json"]).stdout.contains("\"undoable\":true"))
    }

    @Test func refusesWhenTheFileChangedSince() throws {
        _ = run(["check", "1"])
        let edited = try h.read("career-roadmap.md") + "- [ ] Added by hand\n"
        try h.write("career-roadmap.md", edited)
        let undo = run(["undo"])
        #expect(undo.status == .failure)
        #expect(undo.stderr.hasPrefix("error: career-roadmap.md: changed since roadmap's last change to it ('roadmap check 1' of "))
        #expect(undo.stderr.hasSuffix("); undoing that would lose the later edits, so nothing was written\n"))
        #expect(undo.stderr.split(separator: "\n").count == 1)
        #expect(try h.read("career-roadmap.md") == edited)
        #expect(run(["log"]).stdout.hasPrefix("career-roadmap.md has changed since the newest entry, so 'roadmap undo' would refuse.\n"))
    }

    @Test func logJSON() throws {
        _ = run(["check", "1", "2", "--no-date"])
        let json = run(["log", "--json"]).stdout
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["file"] as? String == "career-roadmap.md")
        #expect(object?["undoable"] as? Bool == true)
        let entries = object?["entries"] as? [[String: Any]]
        #expect(entries?.count == 1)
        #expect(entries?.first?["command"] as? [String] == ["check", "1", "2", "--no-date"])
        #expect(entries?.first?["goals"] as? [String] == ["#1 Learn Docker basics", "#2 Learn Kubernetes"])
        #expect(entries?.first?["lines"] as? [Int] == [4, 5])
    }

    @Test func journalFailureOnlyWarns() throws {
        // The state directory is a file: the journal cannot be created, the change is still made.
        try h.write("not-a-directory", "")
        let result = h.run(["check", "1"], variables: ["XDG_STATE_HOME": h.directory.appendingPathComponent("not-a-directory").path])
        #expect(result.status == .success)
        #expect(result.stdout.hasPrefix("Checked #1 Learn Docker basics"))
        #expect(result.stderr.hasPrefix("warning: career-roadmap.md was changed, but the journal was not: "))
        #expect(result.stderr.hasSuffix("; 'roadmap undo' cannot revert this\n"))
        #expect(try h.read("career-roadmap.md").contains("- [x] Learn Docker basics"))
    }

    @Test func noStateDirectoryMeansNoJournalAndSaysSo() throws {
        let check = h.run(["check", "1"])
        #expect(check.status == .success && check.stderr.isEmpty)
        let undo = h.run(["undo"])
        #expect(undo.status == .failure)
        #expect(undo.stderr == "error: no journal: neither XDG_STATE_HOME nor HOME is set\n")
        #expect(h.run(["undo"], variables: ["HOME": h.directory.path]).stderr.contains("nothing to undo"))
    }

    @Test func undoesAChangeJournalledWithSHA256ByVersion01() throws {
        #expect(run(["check", "1", "--no-date"]).status == .success)
        let after = try h.read("career-roadmap.md")
        // Rewrite the entry as 0.1 wrote it: SHA-256 of the whole file instead of xxh64.
        let directory = h.directory.appendingPathComponent("state/roadmap/journal")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: directory.path).first)
        let journal = directory.appendingPathComponent(name)
        var text = try String(contentsOf: journal, encoding: .utf8)
        for content in [Self.text, after] {
            let bytes = Array(content.utf8)
            #expect(text.contains(ContentHash.of(bytes)))
            text = text.replacingOccurrences(of: ContentHash.of(bytes), with: SHA256.hex(bytes))
        }
        try text.write(to: journal, atomically: true, encoding: .utf8)
        let undo = run(["undo"])
        #expect(undo.status == .success, "\(undo.stderr)")
        #expect(try h.read("career-roadmap.md") == Self.text)
    }

    @Test func nothingChangedIsNotJournalled() throws {
        _ = run(["check", "3"])  // already done
        #expect(run(["log"]).stdout == "No changes recorded for career-roadmap.md yet.\n")
    }

    @Test func journalKeepsTheNewestFifty() throws {
        var text = "# Many\n"
        for n in 1...60 { text += "- [ ] goal \(n)\n" }
        try h.write("career-roadmap.md", text)
        for n in 1...60 { _ = run(["check", "\(n)", "--no-date"]) }
        let log = run(["log"]).stdout.split(separator: "\n")
        #expect(log.count == 100)
        #expect(log.first?.hasSuffix("roadmap check 60 --no-date  line 61") == true)
        #expect(log[98].hasSuffix("roadmap check 11 --no-date  line 12"))
    }
}
