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

    @Test func anOpenGoalSaysNothingOfADate() throws {
        let h = try CLIHarness(files: ["roadmap.md": Self.text])
        #expect(!h.run(["start", "2"]).stdout.contains("✅"))
    }
}
