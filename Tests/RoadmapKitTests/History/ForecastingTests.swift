import Testing
@testable import RoadmapKit
@testable import RoadmapStorage

/// Pace, forecasts and streaks from dated completions.
struct ForecastingTests {
    func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    @Test func paceCountsTheWeeksThatEndToday() {
        let completions = History.Completion.counting(["2026-11-22", "2026-10-26", "2026-10-25", "2026-08-31", "2026-08-30"].map(date))
        let pace = History.Pace(completions, today: date("2026-11-22"))
        #expect(pace.weeks4 == 0.5)          // 11-22 and 10-26; 10-25 is 28 days back, outside
        #expect(pace.weeks12 == 4.0 / 12)    // 08-31 is the 84th day back, 08-30 the 85th
        #expect(pace.recent == 0.5)
        #expect(History.Pace(weeks4: 0, weeks12: 0.25).recent == 0.25)
    }

    @Test func horizonsAreDoneOnTrackOrLateAndWaitForThoseDueBefore() {
        let text = "# P\n\n**Start Date:** 2026-01-15\n\n## 6-Month Goals\n\n- [x] a\n- [ ] b\n\n## 1-Year Goals\n\n- [ ] c\n- [ ] d\n\n## Notes\n\n- [ ] e\n"
        let schedule = Schedule(Tracking(Roadmap(parsing: Array(text.utf8))), today: date("2026-06-01"))
        let forecasting = Forecasting(schedule: schedule)
        let items = forecasting.forecast(pace: History.Pace(weeks4: 1, weeks12: 1), today: date("2026-06-01"))
        #expect(items.map(\.section) == ["6-Month Goals", "1-Year Goals"])
        #expect(items.map(\.remaining) == [1, 2])
        #expect(items.map { $0.expected?.description } == ["2026-06-08", "2026-06-22"])
        #expect(items.map(\.status) == [.onTrack, .onTrack])
        let slow = forecasting.forecast(pace: History.Pace(weeks4: 0, weeks12: 0.2), today: date("2026-06-01"))
        #expect(slow.map { $0.expected?.description } == ["2026-07-06", "2026-09-14"])   // 35 and 105 days
        #expect(slow.map(\.status) == [.onTrack, .onTrack])
        let late = forecasting.forecast(pace: History.Pace(weeks4: 0, weeks12: 0.05), today: date("2026-06-01"))
        #expect(late.map(\.status) == [.late, .late])
        #expect(late.map { $0.expected?.description } == ["2026-10-19", "2027-07-26"])
        #expect(late.map(\.weeksLate) == [14, 28])  // 96 and 192 days after the due dates
        #expect(forecasting.next(pace: History.Pace(weeks4: 0, weeks12: 0), today: date("2026-06-01"))?.status == .late)
        #expect(forecasting.next(pace: History.Pace(weeks4: 0, weeks12: 0), today: date("2026-06-01"))?.expected == nil)
    }

    /// A linked file's horizon is named where it sits in the plan (the section and goal that
    /// link it), as `status` and `list` show it, not by its file name.
    @Test func aLinkedFilesHorizonIsNamedByItsPlaceInThePlan() {
        let root = "# Guide\n\n**Start Date:** 2026-01-15\n\n## Phases\n\n- [ ] [Phase 2: Depth](p2.md) (Months 7-12)\n"
        let phase = "# Phase 2: Depth (Months 7-12)\n\n- [ ] Read\n- [ ] Write\n\n## Checkpoint: Depth\n\n- [ ] Show it\n"
        let plan = Plan(root: Roadmap(parsing: Array(root.utf8)), path: "roadmap.md") { path in
            path == "p2.md" ? .success(Array(phase.utf8)) : .failure(StorageError(path: path, message: "missing"))
        }
        let schedule = PlanSchedule(plan, today: date("2026-06-01"))
        let items = Forecasting(plan: plan, schedules: schedule.files).forecast(pace: History.Pace(weeks4: 1, weeks12: 1), today: date("2026-06-01"))
        // The checkpoint is due when the phase's span ends (issue 25, item 11).
        #expect(items.map(\.section) == ["Phases > Phase 2: Depth (Months 7-12)", "Phases > Phase 2: Depth (Months 7-12) > Checkpoint: Depth"])
        #expect(!items.map(\.section).contains { $0.hasPrefix("p2") }, "\(items.map(\.section))")
    }

    @Test func weeklyStreaksRunMondayToSunday() {
        let dates = ["2026-10-05", "2026-10-13", "2026-10-25", "2026-11-09", "2026-11-16", "2026-11-17"].map(date)
        let history = History(points: [], completions: History.Completion.counting(dates), pace: History.Pace(weeks4: 0, weeks12: 0),
                              forecast: [], metrics: [], source: .datesOnly(reason: ""))
        #expect(history.weeklyStreaks(today: date("2026-11-22")) == (longest: 3, current: 2))
        #expect(history.weeklyStreaks(today: date("2026-11-24")) == (longest: 3, current: 2))
        #expect(history.weeklyStreaks(today: date("2026-12-01")) == (longest: 3, current: 0))
    }

    @Test func completionsInTheLast52Weeks() {
        let dates = ["2025-11-23", "2025-11-24", "2026-11-22", "2026-11-22", "2026-11-23"].map(date)
        let history = History(points: [], completions: History.Completion.counting(dates), pace: History.Pace(weeks4: 0, weeks12: 0),
                              forecast: [], metrics: [], source: .datesOnly(reason: ""))
        // After the day 52 weeks back, up to today: not that day, not tomorrow.
        #expect(history.completedInLast52Weeks(today: date("2026-11-22")) == 3)
    }

    @Test func editsOnStampedBytesMoveBackOntoTheOriginal() {
        let original = Array("- [x] a\n- [ ] b\nend".utf8)
        let stamp = [TextEdit(range: 7..<7, replacement: " ✅ 2026-01-01")]
        let stamped = stamp.applied(to: original)
        let later = [TextEdit(range: (stamped.count - 3)..<stamped.count, replacement: "END"), TextEdit(range: 26..<27, replacement: "x")]
        let combined = later.after(insertions: stamp)!
        #expect(String(decoding: combined.applied(to: original), as: UTF8.self) == String(decoding: later.applied(to: stamped), as: UTF8.self))
        #expect([TextEdit(range: 9..<10, replacement: "!")].after(insertions: stamp) == nil)
    }
}
