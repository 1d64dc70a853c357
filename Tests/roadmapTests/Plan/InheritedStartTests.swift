import Foundation
import Testing
@testable import roadmap

/// A linked file opened alone takes the start date of the index that links it, in every command
/// that shows a due date, as `status` and `next` take it: `history`, `calendar`, `report`,
/// `status --format markdown` and `lint` too.
struct InheritedStartTests {
    static let files = ["roadmap.md": "# Guide\n\n**Start Date:** 2026-01-15\n\n## Phases\n- [ ] [Phase 1](phase-1.md)\n",
                        "phase-1.md": "# Phase 1\n\n## Month 2\n- [ ] Read\n"]
    static let late = ["ROADMAP_TODAY": "2026-04-01"]

    @Test func statusAndNextTakeIt() throws {
        let h = try CLIHarness(files: Self.files)
        #expect(h.run(["-f", "phase-1.md", "status"], variables: Self.late).stdout.contains("Forecast    Month 2"))
        #expect(h.run(["-f", "phase-1.md", "next"], variables: Self.late).stdout.contains("2026-03-15"))
    }

    @Test func historyTakesIt() throws {
        let h = try CLIHarness(files: Self.files)
        let run = h.run(["-f", "phase-1.md", "history", "--json"], variables: Self.late)
        let history = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stderr)")
        let forecast = try #require(history["forecast"] as? [[String: Any]])
        #expect(forecast.map { $0["section"] as? String } == ["Month 2"])
        #expect(forecast.map { $0["due"] as? String } == ["2026-03-15"])
    }

    @Test func exportsTakeIt() throws {
        let h = try CLIHarness(files: Self.files)
        let calendar = h.run(["-f", "phase-1.md", "calendar", "-o", "-"], variables: Self.late).stdout
        #expect(calendar.contains("DTSTART;VALUE=DATE:20260315"), "\(calendar)")
        let markdown = h.run(["-f", "phase-1.md", "status", "--format", "markdown"], variables: Self.late).stdout
        #expect(markdown.contains("**Overdue:** 1 goal"), "\(markdown)")
        let report = h.run(["-f", "phase-1.md", "report", "-o", "-"], variables: Self.late).stdout
        #expect(report.contains("2026-03-15"), "the report names the due date")
    }

    @Test func lintTakesIt() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.files["roadmap.md"]!,
                                       "phase-1.md": "# Phase 1\n\n## Month 1 Checkpoint\n\n**Date:** ____\n\n- [ ] Show it\n"])
        let finding = "phase-1.md:5: warning: Month 1 Checkpoint was due 2026-02-15 and its Date is blank; fill it in when it is held (roadmap review does)\n"
        #expect(h.run(["lint"], variables: Self.late).stdout == finding)
        #expect(h.run(["-f", "phase-1.md", "lint"], variables: Self.late).stdout == finding)
    }
}
