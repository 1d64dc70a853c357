import Testing
@testable import RoadmapKit
@testable import RoadmapStorage

/// What `history` and the report say about the past from the ✅ dates alone, where there is no
/// git history (`HistoryBuilder` with no replay).
struct DoneDateHistoryTests {
    static let text = """
    # Plan

    **Start Date:** 2026-01-05

    ## 6-Month Goals

    - [x] A ✅ 2026-01-20
    - [x] B ✅ 2026-01-20
    - [x] C ✅ 2026-02-03
    - [x] D, ticked by hand
    - [ ] E
    - [ ] F
    - [-] G, cancelled

    ## 1-Year Goals

    - [x] H ✅ 2026-03-01
    - [ ] I
    - [x] J ✅ 2027-05-01
    """

    func history(_ text: String = text, today: String = "2026-03-02") -> History {
        HistoryBuilder.build(PlanSchedule(Plan(single: Roadmap(parsing: Array(text.utf8)), path: "plan.md"), today: CivilDate(iso: today)!),
                             replay: nil, unavailable: "not a git repository")
    }

    @Test func completionsAreCountedPerDayFromTheirDates() {
        let h = history()
        #expect(h.completions == [
            .init(date: CivilDate(iso: "2026-01-20")!, count: 2),
            .init(date: CivilDate(iso: "2026-02-03")!, count: 1),
            .init(date: CivilDate(iso: "2026-03-01")!, count: 1),
        ])  // J's date is after today: not counted yet
    }

    @Test func pointsClimbOnTheDatesToTodayWhereUndatedGoalsJoin() {
        let h = history()
        // Counted: 9 goals (G is cancelled); done today: 6 (A B C D H J), of which 4 dated by today
        // (D has no date, J's is after today).
        #expect(h.points.first == .init(date: CivilDate(iso: "2026-01-20")!, done: 2, total: 9))
        #expect(h.points.map(\.done) == [2, 3, 4, 6])
        #expect(h.points.last == .init(date: CivilDate(iso: "2026-03-02")!, done: 6, total: 9))
        #expect(h.source == .datesOnly(reason: "not a git repository"))
    }

    @Test func paceIsGoalsPerWeekOverTheLastFourAndTwelveWeeks() {
        let h = history()
        // The last 28 days, 2026-02-03 to 2026-03-02, hold C and H; the last 84 days all four dated goals.
        #expect(h.pace.weeks4 == 2.0 / 4)
        #expect(h.pace.weeks12 == 4.0 / 12)
    }

    @Test func forecastPerHorizonAtTheRecentPace() {
        let h = history()
        let six = h.forecast.first { $0.section == "6-Month Goals" }
        #expect(six?.remaining == 2)
        #expect(six?.due == CivilDate(iso: "2026-07-05"))
        // 2 goals at 0.5 a week: 4 weeks, 28 days after today.
        #expect(six?.expected == CivilDate(iso: "2026-03-30"))
        #expect(six?.status == .onTrack)
        let year = h.forecast.first { $0.section == "1-Year Goals" }
        #expect(year?.remaining == 1)
        #expect(year?.status == .onTrack)
    }

    @Test func lateWhenThePaceMissesTheDueDate() {
        let h = history(today: "2026-06-30")
        let six = h.forecast.first { $0.section == "6-Month Goals" }
        // No completion in the last 12 weeks: no pace, so late with no expected date.
        #expect(six?.expected == nil)
        #expect(six?.status == .late)
    }

    @Test func anEmptyRoadmapHasAnEmptyHistory() {
        let h = history("# Nothing yet\n", today: "2026-03-02")
        #expect(h.completions.isEmpty)
        #expect(h.forecast.isEmpty)
        #expect(h.pace == .init(weeks4: 0, weeks12: 0, done: 0, days: 0))
    }

    @Test func aPlanAcrossFilesCountsEveryFile() {
        let root = "# Guide\n\n**Start Date:** 2026-01-05\n\n- [ ] [Phase 1](p1.md) (Months 1-2)\n"
        let phase = "# Phase 1\n\n- [x] Read ✅ 2026-01-10\n- [ ] Write\n"
        let plan = Plan(root: Roadmap(parsing: Array(root.utf8)), path: "README.md") { path in
            path == "p1.md" ? .success(Array(phase.utf8)) : .failure(StorageError(path: path, message: "missing"))
        }
        let h = HistoryBuilder.build(PlanSchedule(plan, today: CivilDate(iso: "2026-01-12")!), replay: nil)
        #expect(h.completions == [.init(date: CivilDate(iso: "2026-01-10")!, count: 1)])
        #expect(h.points.last?.total == 3)
    }
}
