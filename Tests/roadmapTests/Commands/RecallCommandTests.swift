import Foundation
import Testing
import RoadmapKit
@testable import roadmap

/// `roadmap recall` (issue 27): the refreshers due are asked about on a terminal only, each
/// answer rewrites only the date on the goal's line, in either syntax, as one undoable change.
final class RecallCommandTests {
    static let text = """
    # Plan

    ## Basics
    - [x] Learn Go 🔄 2026-11-20 ✅ 2026-11-01
    - [x] Learn Git [recall:: 2026-11-22] [completion:: 2026-11-21]
    - [x] Learn Make ✅ 2026-11-10
    - [ ] Learn Rust

    ## Archive <!-- recall: off -->
    - [x] Learn Perl 🔄 2026-11-01 ✅ 2026-01-01

    """

    let h: CLIHarness
    var state: [String: String] { ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path] }

    init() throws { h = try CLIHarness(files: ["roadmap.md": Self.text]) }
    deinit { try? FileManager.default.removeItem(at: h.directory) }

    func run(_ arguments: [String], input: [String]? = nil, today: String? = nil) -> CLIHarness.Result {
        var variables = state
        if let today { variables["ROADMAP_TODAY"] = today }
        return h.run(arguments, variables: variables, input: input)
    }
    var file: String { (try? h.read("roadmap.md")) ?? "" }

    @Test func withoutATerminalNothingIsAskedOrWritten() {
        let result = run(["recall"])
        #expect(result.status == .failure)
        #expect(result.stdout == "#1 Learn Go: due 2026-11-20 (2 days ago), every 16 days\n#2 Learn Git: due 2026-11-22 (today), every 1 day\n", "\(result.stdout)")
        #expect(result.stderr.contains("standard input is not a terminal, so 'still solid?' was not asked about 2 goals; nothing written"), "\(result.stderr)")
        #expect(!result.stdout.contains("still solid?") && !result.stderr.contains("[Y/n/s/q]"))
        #expect(file == Self.text)
    }

    @Test func yesWritesOnlyTheDatesAsOneUndoableChange() {
        let result = run(["recall", "--yes"])
        #expect(result.status == .success, "\(result.stderr)")
        let after = Self.text.replacing("🔄 2026-11-20", with: "🔄 2026-12-27").replacing("[recall:: 2026-11-22]", with: "[recall:: 2026-11-25]")
        #expect(file == after)
        #expect(result.stdout == "#1 Learn Go: solid, next refresher 2026-12-27 (in 35 days)\n#2 Learn Git: solid, next refresher 2026-11-25 (in 3 days)\n", "\(result.stdout)")
        #expect(run(["recall"]).stdout == "No refreshers due on 2026-11-22.\n")
        #expect(run(["undo"]).status == .success)
        #expect(file == Self.text)
        #expect(run(["redo"]).status == .success)
        #expect(file == after)
    }

    @Test func aTerminalIsAskedOnStandardError() {
        let result = run(["recall"], input: ["y", "n", "y"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(result.stderr.contains("#1 Learn Go: due 2026-11-20 (2 days ago), every 16 days"), "\(result.stderr)")
        #expect(result.stderr.contains("still solid? [Y/n/s/q]") && result.stderr.contains("reopen it to learn it again? [y/N]"))
        #expect(!result.stdout.contains("still solid?"))
        #expect(file.contains("- [x] Learn Go 🔄 2026-12-27 ✅ 2026-11-01\n"), "\(file)")
        #expect(file.contains("- [ ] Learn Git [recall:: 2026-11-23]\n"), "\(file)")
        #expect(result.stdout.contains("#2 Learn Git: not solid, reopened; again tomorrow (2026-11-23)"), "\(result.stdout)")
        // Skipped and stopped: nothing written for either.
        let fresh = try! CLIHarness(files: ["roadmap.md": Self.text])
        #expect(fresh.run(["recall"], variables: state, input: ["s", "q"]).status == .success)
        #expect(try! fresh.read("roadmap.md") == Self.text)
        try? FileManager.default.removeItem(at: fresh.directory)
    }

    @Test func dryRunShowsTheDiff() {
        let result = run(["recall", "--yes", "--dry-run"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(result.stdout.contains("-- [x] Learn Go 🔄 2026-11-20 ✅ 2026-11-01\n-- [x] Learn Git [recall:: 2026-11-22] [completion:: 2026-11-21]\n+- [x] Learn Go 🔄 2026-12-27 ✅ 2026-11-01\n+- [x] Learn Git [recall:: 2026-11-25] [completion:: 2026-11-21]\n"), "\(result.stdout)")
        #expect(file == Self.text)
    }

    @Test func json() {
        let listed = run(["recall", "--json"])
        #expect(listed.status == .success)
        #expect(listed.stdout.hasPrefix(##"{"today":"2026-11-22","refreshers":[{"id":"#1","file":"roadmap.md","line":4,"text":"Learn Go","due":"2026-11-20","interval":16,"answer":null,"next":null}"##), "\(listed.stdout)")
        #expect(file == Self.text)
        let answered = run(["recall", "--json", "--yes"])
        #expect(answered.stdout.contains(#""answer":"solid","next":"2026-12-27"}"#), "\(answered.stdout)")
        #expect(run(["recall", "--json"], today: "2026-11-23").stdout == "{\"today\":\"2026-11-23\",\"refreshers\":[]}\n")
    }

    @Test func aGoalNeverAskedAboutIsAskedByName() {
        let result = run(["recall", "make", "--yes"])
        #expect(result.status == .success, "\(result.stderr)")
        // 12 days since ✅ stand for the 7-day step: solid moves it to 16.
        #expect(file.contains("- [x] Learn Make 🔄 2026-12-08 ✅ 2026-11-10\n"), "\(file)")
        let open = run(["recall", "rust", "--yes"])
        #expect(open.status == .failure && open.stderr.contains("roadmap.md:7: goal #4 is not done"), "\(open.stderr)")
    }

    @Test func offStopsItForAGoalAndAHeadingForItsSection() {
        #expect(run(["recall", "--off", "go"]).status == .success)
        #expect(file.contains("- [x] Learn Go 🔄 off ✅ 2026-11-01\n"), "\(file)")
        #expect(run(["recall", "--off", "git"]).status == .success)
        #expect(file.contains("- [x] Learn Git [recall:: off] [completion:: 2026-11-21]\n"), "\(file)")
        // Perl's date is long past, but its heading switches refreshers off.
        #expect(run(["recall"]).stdout == "No refreshers due on 2026-11-22.\n")
        #expect(run(["recall", "--off"]).status == .usage)
    }

    @Test func lintNamesAnUnreadableDate() {
        try! h.write("roadmap.md", Self.text.replacing("🔄 2026-11-20", with: "🔄 2026-11-31"))
        let result = run(["lint"])
        #expect(result.stdout.contains("roadmap.md:4:") && result.stdout.contains("'2026-11-31' is not a refresher date"), "\(result.stdout)")
    }

    @Test func nextMentionsTheRefreshersDue() {
        let result = run(["next"])
        #expect(result.stdout.contains("Refreshers due (2)\n  "), "\(result.stdout)")
        #expect(result.stdout.contains("still solid? roadmap recall"), "\(result.stdout)")
        #expect(!run(["next"], today: "2026-11-19").stdout.contains("Refreshers due"))
    }

    /// `next --json` carries the refreshers due as items with `reason` "refresher" and
    /// `recallDue`, the day each was due; none before their day.
    @Test func nextJSONListsTheRefreshersDue() {
        let json = run(["next", "--json"]).stdout
        #expect(json.contains(#""reason":"refresher","id":"1","text":"Learn Go 🔄 2026-11-20""#), "\(json)")
        #expect(json.contains(#""recallDue":"2026-11-20""#) && json.contains(#""recallDue":"2026-11-22""#), "\(json)")
        #expect(!run(["next", "--json"], today: "2026-11-19").stdout.contains("refresher"))
    }

    /// A year of simulated days with relative --today: a goal learned on 2026-01-01, asked first
    /// the next day and answered solid whenever due, comes back on the schedule's steps.
    @Test func aYearOfDays() {
        try! h.write("roadmap.md", "# Plan\n- [x] Learn Go ✅ 2026-01-01\n")
        #expect(run(["recall", "go", "--yes"], today: "2026-01-02").status == .success)
        var asked: [String] = []
        for n in 1...365 {
            let result = run(["recall", "--yes", "--today", "+\(n)d"], today: "2026-01-02")
            if !result.stdout.hasPrefix("No refreshers due") { asked.append(String(result.stdout.prefix(while: { $0 != ":" })) + " \(n)") }
        }
        #expect(asked == ["#1 Learn Go 3", "#1 Learn Go 10", "#1 Learn Go 26", "#1 Learn Go 61", "#1 Learn Go 141", "#1 Learn Go 321"], "\(asked)")
        #expect(file == "# Plan\n- [x] Learn Go 🔄 2027-11-19 ✅ 2026-01-01\n", "\(file)")
        // A "no" brings it back to a day.
        #expect(run(["recall", "go"], input: ["n", "n"], today: "2026-12-01").status == .success)
        #expect(file == "# Plan\n- [x] Learn Go 🔄 2026-12-02 ✅ 2026-01-01\n", "\(file)")
    }
}
