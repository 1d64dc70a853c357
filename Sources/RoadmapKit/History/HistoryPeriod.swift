extension History {
    /// What happened on or after `date`: points, completions and metric values before it left
    /// out (pace and forecast, which look back from today, stay as they are).
    public func since(_ date: CivilDate) -> History {
        var copy = self
        copy.points = points.filter { $0.date >= date }
        copy.completions = completions.filter { $0.date >= date }
        copy.metrics = metrics.map { MetricSeries(name: $0.name, target: $0.target, values: $0.values.filter { $0.date >= date }) }
        copy.sections = sections.map { SectionSeries(name: $0.name, points: $0.points.filter { $0.date >= date }) }
        return copy
    }

    /// The longest run of weeks (Monday to Sunday) with a completion in each, and the run that
    /// ends this week, or last week while this one has none yet.
    public func weeklyStreaks(today: CivilDate) -> (longest: Int, current: Int) {
        let weeks = Set(completions.map { History.week(of: $0.date) })
        var longest = 0, run = 0, previous = Int.min
        for week in weeks.sorted() {
            run = week == previous + 1 ? run + 1 : 1
            longest = max(longest, run)
            previous = week
        }
        var week = History.week(of: today)
        if !weeks.contains(week) { week -= 1 }
        var current = 0
        while weeks.contains(week) { current += 1; week -= 1 }
        return (longest, current)
    }

    /// Goals completed in the 52 weeks up to `today`: after the day 52 weeks back, up to today.
    public func completedInLast52Weeks(today: CivilDate) -> Int {
        let year = today.adding(days: -7 * 52)
        return completions.filter { $0.date > year && $0.date <= today }.reduce(0) { $0 + $1.count }
    }

    /// Weeks since the Monday before 1970-01-01 (a Thursday).
    public static func week(of date: CivilDate) -> Int {
        let days = date.daysSinceEpoch + 3
        return days >= 0 ? days / 7 : (days - 6) / 7
    }
}
