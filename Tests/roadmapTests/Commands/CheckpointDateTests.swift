import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// Filling a checkpoint's Date (as `review` does) says when it was held; its late goals stay late.
@Suite struct CheckpointDateTests {
    func careerRoadmap() throws -> CLIHarness {
        let h = try CLIHarness.careerRoadmap()
        #expect(h.run(["set", "Start Date", "2026-01-15"]).status == .success)
        return h
    }

    let today = ["ROADMAP_TODAY": "2026-07-15"]

    @Test func reviewFillingTheDateKeepsItsGoalsLate() throws {
        let h = try careerRoadmap()
        let before = h.run(["next"], variables: today).stdout
        #expect(before.contains("2026-04-15  91d late ⚑ 3-Month Checkpoint"))
        #expect(before.contains("2026-04-15  91d late #58 [ ] Core skills practiced every week"))
        #expect(h.run(["review", "--yes"], variables: today).status == .success)
        #expect(try h.read("career-roadmap.md").contains("### 3-Month Checkpoint\n\n**Date:** 2026-07-15\n"))
        let after = h.run(["next"], variables: today).stdout
        #expect(after.contains("2026-04-15  91d late ⚑ 3-Month Checkpoint"), "\(after)")
        #expect(after.contains("2026-04-15  91d late #58 [ ] Core skills practiced every week"))
        let status = h.run(["status"], variables: today).stdout
        #expect(status.contains("3-Month Checkpoint, due 2026-04-15 (overdue by 91 days), held 2026-07-15 (91 days late)"), "\(status)")
    }

    @Test func aDateToComeReschedulesAndStatusSaysSo() throws {
        let h = try careerRoadmap()
        let june = ["ROADMAP_TODAY": "2026-06-20"]
        #expect(h.run(["set", "3-Month Checkpoint > Date", "2026-07-01"]).status == .success)
        let status = h.run(["status"], variables: june).stdout
        #expect(status.contains("3-Month Checkpoint, due 2026-07-01 (in 11 days; rescheduled from 2026-04-15)"), "\(status)")
        let next = h.run(["next", "--all"], variables: june).stdout
        #expect(next.contains("2026-07-01    in 11d ⚑ 3-Month Checkpoint  (0/3 done)"), "\(next)")
        #expect(next.contains("2026-07-01    in 11d #58 [ ] Core skills practiced every week"))
        #expect(!next.contains("late #58"))
    }
}
