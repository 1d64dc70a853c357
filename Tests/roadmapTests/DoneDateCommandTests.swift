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
