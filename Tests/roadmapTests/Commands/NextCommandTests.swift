import Foundation
import Testing
@testable import roadmap

@Suite struct NextCommandTests {
    @Test func overdueThenSoonThenInProgress() throws {
        let run = try CLIHarness.run(["next", "--no-color"], on: TrackingSample.started, today: "2026-11-22")
        #expect(run.status == .success)
        #expect(run.output == """
        Overdue (5)
          2026-03-15 252d late #2 [/] Docker (Month 2)
          2026-04-15 221d late ⚑ 3-Month Checkpoint  (0/1 done)
          2026-04-15 221d late #5 [ ] First project
          2026-07-15 130d late ⚑ 6-Month Checkpoint
          2026-07-15 130d late #1 [ ] Python basics

        Due in the next 30 days (1)
          2026-12-01     in 9d #3 [ ] Linux

        In progress
          nothing else (1 in progress listed above)

        """)
    }

    @Test func withoutAStartItSaysHowToSetIt() throws {
        let run = try CLIHarness.run(["next"], on: TrackingSample.text, today: "2026-11-22")
        #expect(run.output.hasPrefix("No start date, so only dated goals and checkpoints have due dates. Set it with: roadmap set 'Date Created' 2026-11-22\n"))
        #expect(run.output.contains("Due in the next 30 days (1)\n  2026-12-01     in 9d #3 [ ] Linux"))
        #expect(run.output.contains("In progress (1)\n  no date              #2 [/] Docker (Month 2)"))
    }

    @Test func json() throws {
        let run = try CLIHarness.run(["next", "--json"], on: TrackingSample.started, today: "2026-11-22")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(items.count == 6)
        #expect(items[0]["kind"] as? String == "goal")
        #expect(items[0]["id"] as? String == "2")
        #expect(items[0]["due"] as? String == "2026-03-15")
        #expect(items[0]["overdue"] as? Bool == true)
        #expect(items[0]["reason"] as? String == "overdue")
        #expect(items[1]["kind"] as? String == "checkpoint")
        #expect(items[1]["title"] as? String == "3-Month Checkpoint")
        #expect(items[5]["reason"] as? String == "soon")
        #expect(items[5]["overdue"] as? Bool == false)
    }
}
