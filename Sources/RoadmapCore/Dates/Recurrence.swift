/// A recurrence rule as Obsidian Tasks reads it (`🔁 every week`, `[repeat:: every month on the
/// 1st]`), and the next date it gives: the facts of the plugin's `Recurrence` and `Occurrence`
/// and of the rrule grammar it parses with, written over `CivilDate`. The rules roadmap reads
/// and those it refuses are in docs/recurrence.md; `RecurrenceError` says why a rule is refused.
///
/// How the next date is found, as the plugin finds it:
/// - days and weeks count from the reference date (`every 2 weeks`: 14 days on); weekdays
///   (`every Monday, Friday`, `every weekday`) take the first such day after it, weeks counted
///   from the reference's week (Monday first) when the interval is more than one;
/// - `every N months` and `every N years` keep the day of the month, moved earlier when the
///   month is shorter (Jan 31 → Feb 28, Feb 29 → Feb 28), as the plugin's `nextAfterMonths` does;
/// - a rule that names the day (`on the 31st`, `on the last Friday`) skips the months without it.
public struct Recurrence: Equatable, Sendable {
    /// How often the rule repeats, before its interval.
    public enum Frequency: Equatable, Sendable { case daily, weekly, monthly, yearly }

    /// A day the rule names within its period: a weekday (0 Monday … 6 Sunday), optionally the
    /// nth of the month (1 first, -1 last; 0 every one), or a day of the month (1…31, -1 the last).
    enum Day: Equatable, Sendable {
        case weekday(Int, nth: Int)
        case monthDay(Int)
    }

    /// Daily, weekly, monthly or yearly.
    public let frequency: Frequency
    /// Every how many periods (`every 3 days`: 3).
    public let interval: Int
    /// `when done`: the next date counts from the day the goal is done, not from its own dates.
    public let whenDone: Bool
    /// The days named (`on Friday`, `on the 1st and 15th`); empty when the reference date's day is meant.
    let days: [Day]

    init(frequency: Frequency, interval: Int, whenDone: Bool, days: [Day]) {
        self.frequency = frequency
        self.interval = interval
        self.whenDone = whenDone
        self.days = days
    }

    /// Reads `rule` (`every 2 weeks when done`), or says why roadmap cannot.
    public init(parsing rule: String) throws(RecurrenceError) {
        self = try RecurrenceParser.parse(Array(rule.utf8))
    }

    /// The first date the rule gives after `date` (the reference date, or the completion date
    /// for `when done`), or nil when it gives none within the calendar.
    public func next(after date: CivilDate) -> CivilDate? {
        switch frequency {
        case .daily:
            return date.checkedAdding(days: interval)
        case .weekly:
            return nextWeekly(after: date)
        case .monthly:
            return days.isEmpty ? date.checkedAdding(months: interval) : nextMonthly(after: date)
        case .yearly:
            return date.checkedAdding(months: interval.multipliedReportingOverflow(by: 12).overflow ? Int.max : interval * 12)
        }
    }

    /// The dates of the next occurrence of a goal with `dates`, done on `completedOn`: the
    /// reference date (due, else scheduled, else start) moves to the rule's next date, and the
    /// others keep their distance from it. A goal without dates gets none; nil when the rule
    /// gives no date within the calendar.
    public func next(_ dates: TaskDates, completedOn: CivilDate) -> TaskDates? {
        guard let reference = dates.reference else { return TaskDates() }
        guard let moved = next(after: whenDone ? completedOn : reference) else { return nil }
        func shifted(_ date: CivilDate?) -> CivilDate? {
            date.flatMap { moved.checkedAdding(days: reference.days(until: $0)) }
        }
        return TaskDates(start: shifted(dates.start), scheduled: shifted(dates.scheduled), due: shifted(dates.due))
    }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    static func weekday(of date: CivilDate) -> Int {
        ((date.daysSinceEpoch + 3) % 7 + 7) % 7
    }

    private func nextWeekly(after date: CivilDate) -> CivilDate? {
        let weekdays = days.isEmpty ? [Recurrence.weekday(of: date)]
            : days.compactMap { if case let .weekday(w, _) = $0 { w } else { nil } }.sorted()
        guard let monday = date.checkedAdding(days: -Recurrence.weekday(of: date)) else { return nil }
        // The reference's week, then the week `interval` on: one of the two has a later day.
        for period in 0..<2 {
            let (weeks, overflow) = interval.multipliedReportingOverflow(by: 7 * period)
            guard !overflow, let start = monday.checkedAdding(days: weeks) else { return nil }
            for weekday in weekdays {
                if let day = start.checkedAdding(days: weekday), day > date { return day }
            }
        }
        return nil
    }

    /// The first named day after `date`, in the reference's month or one `interval` months on;
    /// a month without the day (the 31st, a fifth Monday) is skipped, as rrule skips it. Looked
    /// for over 400 periods: a rule that names a day no such month has gives none.
    private func nextMonthly(after date: CivilDate) -> CivilDate? {
        guard let first = CivilDate(year: date.year, month: date.month, day: 1) else { return nil }
        for period in 0..<400 {
            let (months, overflow) = interval.multipliedReportingOverflow(by: period)
            guard !overflow, let month = first.checkedAdding(months: months) else { return nil }
            let length = CivilDate.daysIn(month: month.month, year: month.year)
            let firstWeekday = Recurrence.weekday(of: month)
            var best: Int?
            for named in days {
                for day in Recurrence.days(named, length: length, firstWeekday: firstWeekday) {
                    guard let candidate = month.checkedAdding(days: day - 1), candidate > date else { continue }
                    if best.map({ day < $0 }) ?? true { best = day }
                }
            }
            if let best { return month.checkedAdding(days: best - 1) }
        }
        return nil
    }

    /// The days of a month (1-based) that `day` names.
    private static func days(_ day: Day, length: Int, firstWeekday: Int) -> [Int] {
        switch day {
        case let .monthDay(n):
            let d = n > 0 ? n : length + 1 + n
            return (1...length).contains(d) ? [d] : []
        case let .weekday(w, nth):
            let all = Array(stride(from: (w - firstWeekday + 7) % 7 + 1, through: length, by: 7))
            if nth == 0 { return all }
            let k = nth > 0 ? nth - 1 : all.count + nth
            return all.indices.contains(k) ? [all[k]] : []
        }
    }
}

/// The dates a recurrence moves: start `🛫`, scheduled `⏳`, due `📅`.
public struct TaskDates: Equatable, Sendable {
    /// `🛫`, `[start:: …]`.
    public var start: CivilDate?
    /// `⏳`, `[scheduled:: …]`.
    public var scheduled: CivilDate?
    /// `📅`, `[due:: …]`.
    public var due: CivilDate?

    /// The three dates, each optional.
    public init(start: CivilDate? = nil, scheduled: CivilDate? = nil, due: CivilDate? = nil) {
        self.start = start
        self.scheduled = scheduled
        self.due = due
    }

    /// The date the rule counts from, as the plugin picks it with its default settings: due,
    /// else scheduled, else start.
    public var reference: CivilDate? { due ?? scheduled ?? start }
}

/// Why a recurrence rule was not read: a sentence naming the word at fault.
public struct RecurrenceError: Error, Equatable, Sendable {
    /// What is wrong, and what to write instead where there is something.
    public let message: String
}
