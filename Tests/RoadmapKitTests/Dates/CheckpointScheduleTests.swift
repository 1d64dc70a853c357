import Foundation
import Testing
@testable import RoadmapKit

/// A checkpoint's Date says when it was held; it never makes late goals look on time.
@Suite struct CheckpointScheduleTests {
    static func plan(date: String) -> String {
        "# Plan\n**Start Date:** 2026-01-15\n\n## 3-Month Checkpoint\n\n**Date:** \(date)\n\n**Completed:**\n- [ ] Core skills practiced\n- [ ] Two projects\n"
    }

    func schedule(date: String, today: String = "2026-07-15") -> Schedule {
        Schedule(TrackingFixtures.tracking(Self.plan(date: date)), today: CivilDate(iso: today)!)
    }

    @Test func aBlankDateIsDueAtItsMonth() {
        let s = schedule(date: "____")
        #expect(s.checkpointDue[0] == CivilDate(iso: "2026-04-15"))
        #expect(s.goalDue[0] == CivilDate(iso: "2026-04-15") && s.isOverdue(goal: 0))
        #expect(s.isOverdue(checkpoint: 0) && s.held(checkpoint: 0) == nil && s.rescheduled(checkpoint: 0) == nil)
    }

    @Test func holdingItLateKeepsItsGoalsLate() {
        let s = schedule(date: "2026-07-15")
        #expect(s.checkpointDue[0] == CivilDate(iso: "2026-04-15"))
        #expect(s.goalDue[0] == CivilDate(iso: "2026-04-15") && s.isOverdue(goal: 0) && s.isOverdue(goal: 1))
        #expect(s.held(checkpoint: 0) == CivilDate(iso: "2026-07-15"))
        #expect(s.isOverdue(checkpoint: 0) && !s.isComplete(checkpoint: 0))
    }

    @Test func aDateInTheFutureReschedulesIt() {
        let s = schedule(date: "2026-08-01")
        #expect(s.checkpointDue[0] == CivilDate(iso: "2026-08-01") && s.goalDue[0] == CivilDate(iso: "2026-08-01"))
        #expect(s.rescheduled(checkpoint: 0) == CivilDate(iso: "2026-04-15"))
        #expect(!s.isOverdue(checkpoint: 0) && !s.isOverdue(goal: 0) && s.held(checkpoint: 0) == nil)
    }

    @Test func completeWhenItsChecklistIsDone() {
        let done = Self.plan(date: "2026-07-15").replacingOccurrences(of: "- [ ]", with: "- [x]")
        let s = Schedule(TrackingFixtures.tracking(done), today: CivilDate(iso: "2026-07-15")!)
        #expect(s.isComplete(checkpoint: 0) && !s.isOverdue(checkpoint: 0))
        // With nothing to tick, holding it completes it.
        let bare = "# Plan\n**Start Date:** 2026-01-15\n## 3-Month Checkpoint\n**Date:** 2026-07-01\n"
        #expect(Schedule(TrackingFixtures.tracking(bare), today: CivilDate(iso: "2026-07-15")!).isComplete(checkpoint: 0))
    }

    @Test func withoutAPeriodTheDateIsItsDay() {
        let topic = "# Plan\n## Checkpoint: Tools\n**Date:** 2026-05-01\n- [ ] Demo\n"
        let s = Schedule(TrackingFixtures.tracking(topic), today: CivilDate(iso: "2026-07-15")!)
        #expect(s.checkpointDue[0] == CivilDate(iso: "2026-05-01") && s.isOverdue(goal: 0))
    }
}

/// Issue 25, item 11: a checkpoint with no period of its own, inside a heading that names one
/// (`# Phase 1: Foundation (Months 1-6)` … `## Checkpoint: Foundation`), is due at that span's end.
@Suite struct CheckpointInsideASpanTests {
    static let phase = """
    # Phase 1: Foundation (Months 1-6)
    **Start Date:** 2026-01-15

    ## AI Fundamentals
    - [ ] Learn the basics

    ## Checkpoint: Foundation

    **Completed:**
    - [ ] Built a RAG pipeline

    """

    @Test func dueAtTheEndOfTheSpanItSitsIn() {
        let s = Schedule(TrackingFixtures.tracking(Self.phase), today: CivilDate(iso: "2026-08-01")!)
        #expect(s.goalDue[0] == CivilDate(iso: "2026-07-15"))
        #expect(s.checkpointDue[0] == CivilDate(iso: "2026-07-15"))
        #expect(s.goalDue[1] == CivilDate(iso: "2026-07-15"), "its checklist is due with it")
        #expect(s.isOverdue(checkpoint: 0))
    }

    @Test func theBundledPhaseCheckpointsHaveDates() throws {
        let index = "# Plan\n**Start Date:** 2026-01-15\n\n- [ ] [Phase 1](p1.md) (Months 1-6)\n"
        let files = ["p1.md": Self.phase.replacingOccurrences(of: "**Start Date:** 2026-01-15\n", with: "")]
        let plan = Plan(root: Roadmap(parsing: Array(index.utf8)), path: "roadmap.md") { path in
            files[path].map { .success(Array($0.utf8)) } ?? .failure(StorageError(path: path, message: "missing"))
        }
        let schedule = PlanSchedule(plan, today: CivilDate(iso: "2026-08-01")!)
        let checkpoint = try #require(schedule.checkpoints.first)
        #expect(schedule.due(of: checkpoint) == CivilDate(iso: "2026-07-15"))
    }
}
