import Testing
@testable import roadmap

/// `start --date` writes the start date `🛫` in the form the line (else the file) uses, or moves
/// the one the goal has; `next --scheduled` and `next --started` keep the goals scheduled or
/// started by today (issue 26).
@Suite struct StartDateCommandTests {
    @Test(arguments: [
        ("- [ ] learn helm 📅 2026-12-20\n", "- [/] learn helm 📅 2026-12-20 🛫 2026-12-01\n"),
        ("- [ ] learn helm [due:: 2026-12-20]\n", "- [/] learn helm [due:: 2026-12-20]  [start:: 2026-12-01]\n"),
        ("- [ ] learn helm 🛫 2026-11-01 ^h\n", "- [/] learn helm 🛫 2026-12-01 ^h\n"),
        ("- [x] learn helm ✅ 2026-11-20\n", "- [/] learn helm 🛫 2026-12-01\n"),
    ])
    func startWithADateWritesIt(_ goal: String, _ expected: String) throws {
        let h = try CLIHarness(files: ["roadmap.md": "# Plan\n\n" + goal])
        let run = h.run(["start", "1", "--date", "2026-12-01", "--today", "2026-12-07"])
        #expect(run.status == .success, "\(run.stderr)")
        #expect(try h.read("roadmap.md") == "# Plan\n\n" + expected)
    }

    @Test func startWithoutADateWritesNone() throws {
        let h = try CLIHarness(files: ["roadmap.md": "# Plan\n\n- [ ] learn helm\n"])
        #expect(h.run(["start", "1"]).status == .success)
        #expect(try h.read("roadmap.md") == "# Plan\n\n- [/] learn helm\n")
    }

    @Test func nextScheduledAndStarted() throws {
        let text = """
        # Plan
        - [ ] plan the trip ⏳ 2026-11-20 📅 2026-11-30
        - [ ] pack 📅 2026-11-30
        - [/] learn spanish 🛫 2026-11-01 📅 2026-12-10

        """
        let scheduled = try CLIHarness.run(["next", "--scheduled"], on: text).output
        #expect(scheduled.contains("plan the trip") && !scheduled.contains("pack") && !scheduled.contains("spanish"), "\(scheduled)")
        let started = try CLIHarness.run(["next", "--started"], on: text).output
        #expect(started.contains("spanish") && !started.contains("pack") && !started.contains("plan the trip"), "\(started)")
    }
}
