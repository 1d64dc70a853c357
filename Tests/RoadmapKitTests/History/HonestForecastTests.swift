import Testing
@testable import RoadmapKit

/// Issue 25, item 13: no forecast from one tick; a range, not a day; lateness said as it is.
@Suite struct HonestForecastTests {
    func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// One horizon due 2026-07-15 with `left` goals open.
    func forecast(_ done: [String], left: Int = 10, today: String) -> History.Forecast {
        var text = "# Plan\n**Start Date:** 2026-01-15\n\n## 6-Month Goals\n"
        for day in done { text += "- [x] done ✅ \(day)\n" }
        for k in 0..<left { text += "- [ ] open \(k)\n" }
        let schedule = Schedule(Tracking(Roadmap(parsing: Array(text.utf8))), today: date(today))
        let pace = History.Pace(History.Completion.counting(done.map(date)), today: date(today))
        return Forecasting(schedule: schedule).forecast(pace: pace, today: date(today))[0]
    }

    @Test func oneTickIsNotEnoughToForecast() {
        let f = forecast(["2026-03-01"], today: "2026-03-01")
        #expect(f.status == .notEnoughDone)
        #expect(f.expected == nil && f.expectedLatest == nil)
        #expect(f.outlook == "not enough done yet to forecast (3 goals over 2 weeks)")
    }

    @Test func threeInTwoDaysIsNotEnoughEither() {
        #expect(forecast(["2026-03-01", "2026-03-02", "2026-03-02"], today: "2026-03-02").status == .notEnoughDone)
    }

    @Test func enoughEvidenceGivesARange() {
        // 3 in the last 4 weeks, 6 in the last 12: 0.75 and 0.5 goals a week.
        let done = ["2026-01-20", "2026-01-25", "2026-02-01", "2026-03-10", "2026-03-20", "2026-03-28"]
        let f = forecast(done, left: 3, today: "2026-04-01")
        #expect(f.expected == date("2026-04-29"), "3 at 0.75 a week: 28 days")
        #expect(f.expectedLatest == date("2026-05-13"), "3 at 0.5 a week: 42 days")
        #expect(f.status == .onTrack)
        #expect(f.outlook == "expected 2026-04-29 – 2026-05-13 · on track")
    }

    @Test func latenessIsRoundedHonestly() {
        #expect(History.Forecast.lateness(days: 1) == "1 day late")
        #expect(History.Forecast.lateness(days: 16) == "16 days late")
        #expect(History.Forecast.lateness(days: 55) == "55 days late")
        #expect(History.Forecast.lateness(days: 115) == "16 weeks late")
        #expect(History.Forecast.lateness(days: 812) == "116 weeks late")
    }
}
