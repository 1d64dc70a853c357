extension History {
    /// What happened on or after `date`: points, completions and metric values before it left
    /// out (pace and forecast, which look back from today, stay as they are).
    public func since(_ date: CivilDate) -> History {
        var copy = self
        copy.points = points.filter { $0.date >= date }
        copy.completions = completions.filter { $0.date >= date }
        copy.metrics = metrics.map { MetricSeries(name: $0.name, target: $0.target, values: $0.values.filter { $0.date >= date }) }
        copy.sections = sections.map { SectionSeries(name: $0.name, points: $0.points.filter { $0.date >= date }) }
        copy.counts = counts.map { MetricSeries(name: $0.name, target: $0.target, values: $0.values.filter { $0.date >= date }) }
        copy.spent = spent.filter { $0.date >= date }
        return copy
    }

    /// Time spent per week (Monday to Sunday), each week named by its Monday; weeks without a
    /// change left out.
    public var spentPerWeek: [TimeSpent] {
        History.summed(spent) { CivilDate(daysSinceEpoch: History.week(of: $0) * 7 - 3) }
    }

    /// Time spent per month, each named by its first day; months without a change left out.
    public var spentPerMonth: [TimeSpent] {
        History.summed(spent) { CivilDate(year: $0.year, month: $0.month, day: 1)! }
    }

    /// Minutes spent from `date` on (through today): what a review says of the month.
    public func spent(since date: CivilDate) -> Int {
        spent.filter { $0.date >= date }.reduce(0) { $0 + $1.minutes }
    }

    /// Each count's value on the last day before `date` (nil: it had none yet) and its last value.
    public func countsMoved(since date: CivilDate) -> [(series: MetricSeries, before: Double?, now: Double)] {
        counts.compactMap { series in
            guard let now = series.values.last?.value else { return nil }
            let before = series.values.last { $0.date < date }?.value
            return before == now ? nil : (series, before, now)
        }
    }

    private static func summed(_ days: [TimeSpent], by period: (CivilDate) -> CivilDate) -> [TimeSpent] {
        var result: [TimeSpent] = []
        for day in days {
            let start = period(day.date)
            if let last = result.last, last.date == start {
                result[result.count - 1] = TimeSpent(date: start, minutes: last.minutes + day.minutes)
            } else {
                result.append(TimeSpent(date: start, minutes: day.minutes))
            }
        }
        return result.filter { $0.minutes != 0 }
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
