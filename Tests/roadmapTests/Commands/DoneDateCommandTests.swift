import Testing
@testable import roadmap
import RoadmapKit

/// Issue 13's repro: a goal whose whole text is its done date crashed `uncheck` and `review`.
struct DoneDateCommandTests {
    @Test func tickAnEmptyGoalThenUntickAndReview() throws {
        let h = try CLIHarness(files: ["e.md": "- [ ] \n"])
        #expect(h.run(["-f", "e.md", "check", "1", "--today", "2026-12-01"]).status == .success)
        #expect(try h.read("e.md") == "- [x] ✅ 2026-12-01\n")
        for arguments in [["review", "--dry-run"], ["review", "--yes", "--dry-run"]] {
            let review = h.run(["-f", "e.md"] + arguments + ["--today", "2026-12-20"])
            #expect(review.status == .success && review.stdout.contains("Progress: 1/1"), "\(arguments): \(review.stderr)")
        }
        #expect(h.run(["-f", "e.md", "uncheck", "1"]).status == .success)
        #expect(try h.read("e.md") == "- [ ] \n")
    }

    /// Written by hand, as Obsidian daily notes do.
    @Test func untickADateWrittenByHand() throws {
        let h = try CLIHarness(files: ["e.md": "- [x] ✅ 2025-07-07\n"])
        #expect(h.run(["-f", "e.md", "review", "--yes", "--today", "2025-07-20"]).status == .success)
        let untick = h.run(["-f", "e.md", "uncheck", "1"])
        #expect(untick.status == .success, "\(untick.stderr)")
        #expect(try h.read("e.md").hasPrefix("- [ ] \n"))
    }

    @Test func untickLeavesADateInTheMiddle() throws {
        let h = try CLIHarness(files: ["e.md": "- [x] shipped v1 ✅ 2025-01-01 then v2 later\n"])
        #expect(h.run(["-f", "e.md", "uncheck", "1"]).status == .success)
        #expect(try h.read("e.md") == "- [ ] shipped v1 ✅ 2025-01-01 then v2 later\n")
    }
}

/// Issue 13: a start date near the calendar's end crashed status, next, review and status --json.
struct CalendarEndCommandTests {
    @Test(arguments: [["status"], ["status", "--json"], ["next"], ["next", "--json"], ["list", "--json"], ["review", "--dry-run"]])
    func startNearYear9999(_ command: [String]) throws {
        let h = try CLIHarness(files: ["plan.md": """
        # Plan
        **Start Date:** 9999-10-01

        - [ ] goal (Month 3)
        - [ ] Week 1000000000000 in the text

        ## 3-Month Checkpoint

        - [ ] review
        """])
        let run = h.run(["-f", "plan.md"] + command + ["--today", "9999-11-01"])
        #expect(run.status == .success, "\(command): \(run.stderr)")
        #expect(run.stderr == "warning: plan.md: 2 due dates would fall after 9999-12-31; they are left out\n", "\(command)")
    }
}
