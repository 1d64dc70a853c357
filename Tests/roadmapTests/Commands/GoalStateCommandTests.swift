import Testing
@testable import roadmap

/// start, cancel, reopen, check --date, id lists and ranges, and what a tick says about the
/// goals around it (issue 14), on one file and across files.
struct GoalStateCommandTests {
    static let text = """
    # Plan

    ## Skills
    - [ ] Docker
    - [ ] Kubernetes
      - [ ] pods
      - [ ] deployments
    - [x] Linux ✅ 2026-10-01
    - [?] Rust
    - [ ] Go

    """

    func run(_ arguments: [String], _ text: String = Self.text) throws -> (CLIHarness.Result, String) {
        let h = try CLIHarness(files: ["roadmap.md": text])
        let result = h.run(arguments)
        return (result, try h.read("roadmap.md"))
    }

    @Test func startCancelReopen() throws {
        let (start, started) = try run(["start", "docker"])
        #expect(start.stdout == "Started #1 Docker\n1/7 done (14%)\n")
        #expect(started.contains("- [/] Docker\n"))
        let (cancel, cancelled) = try run(["cancel", "7"])
        #expect(cancel.status == .success)
        #expect(cancelled.contains("- [-] Go ❌ 2026-11-22\n"), "cancel writes the date as Obsidian Tasks does (issue 26)")
        #expect(cancel.stdout.hasSuffix("1/6 done (16%)\n"), "cancelled goals leave the denominator: \(cancel.stdout)")
        let (reopen, reopened) = try run(["reopen", "5", "6"])
        #expect(reopen.status == .success, "a custom state needs no --force to reopen: \(reopen.stderr)")
        #expect(reopened.contains("- [ ] Linux\n") && reopened.contains("- [ ] Rust\n"), "the done date goes too")
        let (custom, _) = try run(["start", "6"])
        #expect(custom.status == .failure && custom.stderr.contains("use --force"))
        let (again, unchanged) = try run(["start", "docker"], Self.text.replacing("[ ] Docker", with: "[/] Docker"))
        #expect(again.stdout.hasPrefix("#1 is already in progress: Docker"))
        #expect(unchanged == Self.text.replacing("[ ] Docker", with: "[/] Docker"))
    }

    @Test func checkWithADate() throws {
        let (result, after) = try run(["check", "docker", "--date", "2026-11-20"])
        #expect(result.status == .success)
        #expect(after.contains("- [x] Docker ✅ 2026-11-20\n"))
        let (bad, same) = try run(["check", "docker", "--date", "2026-13-40"])
        #expect(bad.status == .usage && bad.stderr.contains("--date takes YYYY-MM-DD"))
        #expect(same == Self.text)
        #expect(try run(["check", "1", "--date", "2026-11-20", "--no-date"]).0.status == .usage)
    }

    @Test(arguments: [["check", "1", "3", "4"], ["check", "1,3,4"], ["check", "1", "3-4"], ["check", "#1,#3-#4"]])
    func idListsAndRanges(arguments: [String]) throws {
        let (result, after) = try run(arguments)
        #expect(result.status == .success, "\(result.stderr)")
        #expect(after.contains("- [x] Docker ✅") && after.contains("  - [x] pods ✅") && after.contains("  - [x] deployments ✅"))
        #expect(after.contains("- [ ] Kubernetes\n"))
    }

    @Test func rangesThatAreNotIdsStayWords() throws {
        let (result, _) = try run(["check", "9-3"])
        #expect(result.status == .usage && result.stderr.contains("counts down"))
        let (words, after) = try run(["check", "kuber-netes"], Self.text.replacing("Kubernetes", with: "kuber-netes"))
        #expect(words.status == .success && after.contains("- [x] kuber-netes"))
    }

    @Test func aParentWithOpenSubGoalsSaysSo() throws {
        let (result, _) = try run(["check", "2"])
        #expect(result.stdout.contains("#2 has 2 open sub-goals (#3, #4)\n"))
        let (last, _) = try run(["check", "4"], Self.text.replacing("[ ] pods", with: "[x] pods"))
        #expect(last.stdout.contains("#2 Kubernetes can be ticked too: its sub-goals are done\n"))
    }

    @Test func acrossFiles() throws {
        let h = try CLIHarness(files: ["roadmap.md": "# Plan\n- [ ] [Phase 1](p1.md)\n", "p1.md": "# P1\n- [ ] a\n- [ ] b\n- [ ] c\n"])
        #expect(h.run(["check", "p1:1-2", "--date", "2026-11-01"]).status == .success)
        #expect(h.run(["start", "p1:3"]).status == .success)
        #expect(try h.read("p1.md") == "# P1\n- [x] a ✅ 2026-11-01\n- [x] b ✅ 2026-11-01\n- [/] c\n")
        #expect(try h.read("roadmap.md") == "# Plan\n- [ ] [Phase 1](p1.md)\n")
    }

    @Test func hintsKeepTheFileGiven() throws {
        let h = try CLIHarness(files: ["plans/plan.md": "# Plan\n\n- [ ] a (Month 2)\n- [/] b\n- [/] c\n- [/] d\n- [/] e\n- [/] f\n- [/] g\n"])
        let status = h.run(["-f", "plans/plan.md", "status"])
        #expect(status.stdout.contains("Set it with: roadmap -f plans/plan.md set 'Start Date' 2026-11-22"), "\(status.stdout)")
        #expect(status.stdout.contains("more: roadmap -f plans/plan.md list --open"))
        #expect(h.run(["-f", "plans/plan.md", "set", "Start Date", "2026-11-22"]).status == .success, "the hint works as given")
        let positional = h.run(["status", "plans/plan.md"])
        #expect(positional.stdout.contains("more: roadmap -f plans/plan.md list --open"), "\(positional.stdout)")
    }

    @Test func noRoadmapAndNoGoalsSayWhatToDo() throws {
        let h = try CLIHarness(files: ["notes/plan.md": "# Plan\n\n## Goals\n- learn docker\n"])
        let none = h.run(["status"])
        #expect(none.status == .failure && none.stderr.contains("'roadmap init'") && none.stderr.contains("'roadmap templates'"))
        let plain = h.run(["status", "notes/plan.md"])
        #expect(plain.stdout.contains("1 plain list item under goal-like headings can become goals: roadmap adopt notes/plan.md --dry-run"))
    }

    @Test func listJSONTextLeavesTheDoneDateToDoneDate() throws {
        let (result, _) = try run(["list", "--json", "--done"])
        #expect(result.stdout.contains(#""text":"Linux","state":"done""#), "\(result.stdout)")
        #expect(result.stdout.contains(#""doneDate":"2026-10-01""#))
    }

    @Test func aSecondReviewThatChangesNothingSaysSo() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        #expect(h.run(["review", "--yes"]).status == .success)
        let before = try h.read("roadmap.md")
        let again = h.run(["review", "--yes"])
        #expect(again.status == .success)
        #expect(again.stdout.contains("Nothing to change: the 2026-11 review in roadmap.md already says this."), "\(again.stdout)")
        #expect(!again.stdout.contains("Updated the"))
        #expect(try h.read("roadmap.md") == before)
    }
}
