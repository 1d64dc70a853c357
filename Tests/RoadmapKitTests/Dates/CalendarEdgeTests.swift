import Testing
@testable import RoadmapKit

/// Issue 13: `**Start Date:** 9999-10-01` with `(Month 3)` or a `3-Month Checkpoint` trapped in
/// the date arithmetic (a force-unwrap past year 9999). No date arithmetic can trap: a due date
/// past 9999-12-31 is none, and the schedule counts them for a warning.
struct CalendarEdgeTests {
    static let last = CivilDate(iso: "9999-12-31")!
    static let first = CivilDate(iso: "0001-01-01")!

    @Test func arithmeticStaysInTheCalendar() {
        for days in [1, 30, 1_000_000, Int.max, Int.min, -1_000_000] {
            #expect((Self.first...Self.last).contains(Self.last.adding(days: days)))
            #expect((Self.first...Self.last).contains(Self.first.adding(days: days)))
        }
        for months in [1, 12, Int.max / 2, Int.max, Int.min] {
            #expect((Self.first...Self.last).contains(Self.last.adding(months: months)))
        }
        #expect(CivilDate(daysSinceEpoch: Int.max) == Self.last && CivilDate(daysSinceEpoch: Int.min) == Self.first)
        #expect(Self.last.checkedAdding(days: 1) == nil && Self.last.checkedAdding(months: 1) == nil)
        #expect(Self.last.adding(days: -1).description == "9999-12-30")
    }

    @Test func horizonsPastTheCalendarAreNotDue() {
        let start = CivilDate(iso: "9999-10-01")!
        #expect(Horizon(.month, 3).due(from: start) == nil)
        #expect(Horizon(.month, 2).due(from: start)?.description == "9999-12-01")
        for unit in Horizon.Unit.allCases {
            #expect(Horizon(unit, Int.max).due(from: start) == nil)
        }
    }

    @Test func scheduleCountsWhatFallsPastTheCalendar() {
        let schedule = Schedule(TrackingFixtures.tracking("""
        # Plan
        **Start Date:** 9999-10-01

        - [ ] goal (Month 3)
        - [ ] soon (Month 1)
        - [ ] Week 1000000000000 of text

        ## 3-Month Checkpoint
        - [ ] review
        """), today: CivilDate(iso: "9999-12-20")!)
        #expect(schedule.goalDue[0] == nil)
        #expect(schedule.goalDue[1]?.description == "9999-11-01")
        #expect(schedule.checkpointDue == [nil])
        #expect(schedule.goalDue[3] == nil, "the checkpoint's goal takes its date, which is none")
        #expect(schedule.datesPastTheCalendar == 2, "the goal's and the checkpoint's")
        #expect(schedule.warning == "2 due dates would fall after 9999-12-31; they are left out")
        let plan = PlanSchedule(Plan(single: schedule.tracking.roadmap, path: "roadmap.md", tracking: schedule.tracking), today: schedule.today)
        _ = NextReport(plan)
        _ = Review(plan, log: ReviewLog(schedule.tracking.roadmap))
    }
}
