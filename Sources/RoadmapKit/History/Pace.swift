extension History.Completion {
    /// One per day with completions, oldest first.
    package static func counting(_ dates: [CivilDate]) -> [History.Completion] {
        var result: [History.Completion] = []
        for date in dates.sorted() {
            if result.last?.date == date {
                result[result.count - 1] = History.Completion(date: date, count: result[result.count - 1].count + 1)
            } else {
                result.append(History.Completion(date: date, count: 1))
            }
        }
        return result
    }

    /// The completion dates of a roadmap's done goals: each one's ` ✅ YYYY-MM-DD`, else the day
    /// `ticked` gives it (from git), else none.
    public static func dates(in roadmap: Roadmap, ticked: [CivilDate?]? = nil) -> [CivilDate] {
        var dates: [CivilDate] = []
        for index in roadmap.goals.indices where roadmap.goals[index].state == .done {
            if let date = roadmap.doneDate(of: index) ?? ticked.flatMap({ index < $0.count ? $0[index] : nil }) { dates.append(date) }
        }
        return dates
    }
}

extension History.Pace {
    /// Goals done per week over the 4 and the 12 weeks that end today (today included).
    public init(_ completions: [History.Completion], today: CivilDate) {
        func count(weeks: Int) -> Int {
            let first = today.adding(days: -7 * weeks + 1)
            return completions.reduce(0) { $0 + ($1.date >= first && $1.date <= today ? $1.count : 0) }
        }
        let first12 = today.adding(days: -7 * 12 + 1)
        let first = completions.filter { $0.date >= first12 && $0.date <= today }.map(\.date).min()
        self.init(weeks4: Double(count(weeks: 4)) / 4, weeks12: Double(count(weeks: 12)) / 12, done: count(weeks: 12),
                  days: first.map { $0.days(until: today) } ?? 0)
    }

    /// The pace forecasts go by: the last 4 weeks', or the last 12 weeks' when nothing was done
    /// in the 4.
    package var recent: Double { weeks4 > 0 ? weeks4 : weeks12 }
}

extension History.Pace {
    /// The least evidence a forecast is made from: this many goals done in the last 12 weeks…
    public static let minimumDone = 3
    /// …over at least this many days (issue 25: one tick on day one forecast a date 116 weeks late).
    public static let minimumDays = 14

    /// Whether enough was done, over long enough, to forecast from.
    public var isEnough: Bool { done >= Self.minimumDone && days >= Self.minimumDays }
}

extension History.Forecast {
    /// The forecast in words, the same in every front end: `expected 2026-04-29 – 2026-05-13 ·
    /// on track`, `… · 16 days late`, `not enough done yet to forecast (3 goals over 2 weeks)`,
    /// `no pace yet (nothing dated done in 12 weeks)`, `done`.
    public var outlook: String {
        switch status {
        case .done: return "done"
        case .notEnoughDone:
            return "not enough done yet to forecast (\(History.Pace.minimumDone) goals over \(History.Pace.minimumDays / 7) weeks)"
        case .onTrack, .late:
            guard let expectation else { return "no pace yet (nothing dated done in 12 weeks)" }
            return expectation + " · " + verdict
        }
    }

    /// `expected 2026-04-29 – 2026-05-13` (one day when both paces give it); nil without one.
    public var expectation: String? {
        guard let expected else { return nil }
        return "expected " + (expectedLatest.map { $0 > expected ? "\(expected) – \($0)" : "\(expected)" } ?? "\(expected)")
    }

    /// `on track` or `16 days late`, for a forecast with an expectation.
    public var verdict: String { status == .onTrack ? "on track" : Self.lateness(days: daysLate) }

    /// Lateness as it is: days under eight weeks (`16 days late`, not `3 weeks late`), whole
    /// weeks (to the nearest) from there.
    public static func lateness(days: Int) -> String {
        days < 56 ? Count.of(days, "day") + " late" : Count.of((days + 3) / 7, "week") + " late"
    }
}
