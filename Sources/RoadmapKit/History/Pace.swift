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
        self.init(weeks4: Double(count(weeks: 4)) / 4, weeks12: Double(count(weeks: 12)) / 12)
    }

    /// The pace forecasts go by: the last 4 weeks', or the last 12 weeks' when nothing was done
    /// in the 4.
    package var recent: Double { weeks4 > 0 ? weeks4 : weeks12 }
}
