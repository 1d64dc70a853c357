/// How often a habit is to be done (issue 27): `[habit:: 3/week]` (`N/day`, `N/week`,
/// `N/month`, or `daily`, `weekly`, `monthly` for once), or an Obsidian Tasks recurrence that
/// names a period, `🔁 every day`, `every week`, `every month` (once a period; other rules, such
/// as `every 2 weeks`, are not habits). Weeks start on Monday (ISO 8601).
public struct HabitRule: Equatable, Sendable {
    /// A habit's period.
    public enum Period: String, Equatable, Sendable { case day, week, month }
    /// How many times per period: 3.
    public let times: Int
    /// The period: a week.
    public let period: Period

    /// `times` per `period`.
    public init(times: Int, period: Period) {
        self.times = times
        self.period = period
    }

    /// Reads `N/period` or `daily`, `weekly`, `monthly`; nil for anything else.
    package init?(_ text: ArraySlice<UInt8>) {
        let words: [(String, Period)] = [("daily", .day), ("weekly", .week), ("monthly", .month)]
        if let (_, period) = words.first(where: { text.elementsEqual($0.0.utf8) }) {
            self.init(times: 1, period: period)
            return
        }
        guard let slash = text.firstIndex(of: ASCII.slash), let times = GoalCount.number(text[text.startIndex..<slash]), times > 0,
              let period = Period(rawValue: String(decoding: text[(slash + 1)...], as: UTF8.self)) else { return nil }
        self.init(times: times, period: period)
    }

    /// The rule an Obsidian Tasks recurrence names: `every day`, `every week`, `every month`.
    package init?(recurrence: String) {
        let words = recurrence.lowercased().split(separator: " ")
        guard words.count == 2, words[0] == "every", let period = Period(rawValue: String(words[1])) else { return nil }
        self.init(times: 1, period: period)
    }

    /// The period `date` falls in, as a number that grows by one per period.
    public func period(of date: CivilDate) -> Int {
        switch period {
        case .day: return date.daysSinceEpoch
        // 1970-01-05 was a Monday: weeks are counted from there, floored for earlier dates.
        case .week:
            let days = date.daysSinceEpoch - 4
            return days >= 0 ? days / 7 : -((-days + 6) / 7)
        case .month: return date.year * 12 + date.month - 1
        }
    }
}

/// One line of a habit's dated sub-list: `- [x] 2026-12-07` done, `- [-] 2026-12-07` skipped
/// (what Obsidian Tasks reads as a cancelled occurrence).
public struct HabitEntry: Equatable, Sendable {
    /// The day.
    public let date: CivilDate
    /// A skip: the period neither counts nor breaks the streak.
    public let skipped: Bool

    /// An entry of `date`.
    public init(date: CivilDate, skipped: Bool) {
        self.date = date
        self.skipped = skipped
    }
}

/// Where a habit stands on a day: this period's count against its target, the current streak
/// and the longest, in periods. A period is kept when it has `times` entries done; a period with
/// a skip and too few entries is passed over (it neither adds to nor breaks a streak); any other
/// past period breaks it. The current period, still open, adds once kept and never breaks.
public struct HabitStreak: Equatable, Sendable {
    /// Entries done in today's period.
    public let thisPeriod: Int
    /// The rule's times per period.
    public let target: Int
    /// Kept periods in a row, up to today.
    public let current: Int
    /// The most kept periods in a row, ever.
    public let longest: Int

    /// The streak of `entries` under `rule`, as of `today` (entries after today are left out).
    public init(_ rule: HabitRule, _ entries: [HabitEntry], today: CivilDate) {
        let now = rule.period(of: today)
        var done: [Int: Int] = [:]
        var skipped = Set<Int>()
        for entry in entries where entry.date <= today {
            let period = rule.period(of: entry.date)
            if entry.skipped { skipped.insert(period) } else { done[period, default: 0] += 1 }
        }
        target = rule.times
        thisPeriod = done[now] ?? 0
        guard let first = (Array(done.keys) + Array(skipped)).min() else {
            current = 0
            longest = 0
            return
        }
        // One walk from the first period to today's: entries are few, periods at most years of days.
        var run = 0, best = 0
        for period in first...now {
            if (done[period] ?? 0) >= rule.times {
                run += 1
                best = max(best, run)
            } else if skipped.contains(period) || period == now {
                continue
            } else {
                run = 0
            }
        }
        current = run
        longest = best
    }
}

extension Roadmap {
    /// Goal `index`'s habit rule: its `[habit:: …]`, else a recurrence naming a period once the
    /// goal has a dated entry under it; nil when it is no habit. An Obsidian Tasks recurring task
    /// without entries (`🔁 every month` on a bill) stays an ordinary goal, counted as before:
    /// it becomes a habit with its first `add-progress` or `skip`.
    public func habit(of index: Int) -> HabitRule? {
        Roadmap.habitRule(goals[index], bytes, goals: goals, index: index)
    }

    /// The rule goal `index` would follow as a habit, entries or not: what `add-progress` and
    /// `skip` need to write its first entry.
    public func habitRuleToWrite(of index: Int) -> HabitRule? {
        Roadmap.habitRule(goals[index], bytes)
    }

    /// `habitRule(_:_:)`, a recurrence counting only with a dated entry among the goals after `index`.
    static func habitRule(_ goal: Goal, _ bytes: [UInt8], goals: [Goal], index: Int) -> HabitRule? {
        let fields = ProgressFields(bytes, text: goal.textRange)
        if let field = fields.field(.habit) { return HabitRule(bytes[field.value]) }
        guard let rule = habitRule(goal, bytes) else { return nil }
        var i = index + 1
        while i < goals.count, let parent = goals[i].parentIndex, parent >= index {
            if parent == index, habitEntry(goals[i], bytes) != nil { return rule }
            i += 1
        }
        return nil
    }

    static func habitRule(_ goal: Goal, _ bytes: [UInt8]) -> HabitRule? {
        let fields = ProgressFields(bytes, text: goal.textRange)
        if let field = fields.field(.habit) { return HabitRule(bytes[field.value]) }
        let tasks = TasksFields(bytes, text: goal.textRange)
        return tasks.field(.recurrence).flatMap { HabitRule(recurrence: String(decoding: bytes[$0.value], as: UTF8.self)) }
    }

    /// The dated sub-list of goal `index`: its direct sub-goals whose text is a date, done or
    /// cancelled (a skip), in file order. Other sub-goals are ordinary goals.
    public func habitEntries(of index: Int) -> [HabitEntry] {
        var entries: [HabitEntry] = []
        var i = index + 1
        while i < goals.count, let parent = goals[i].parentIndex, parent >= index {
            if parent == index, let entry = Roadmap.habitEntry(goals[i], bytes) { entries.append(entry) }
            i += 1
        }
        return entries
    }

    /// Whether goal `index` is an entry of a habit's dated sub-list (not a goal of its own).
    package func isHabitEntry(_ index: Int) -> Bool {
        guard let parent = goals[index].parentIndex, Roadmap.habitEntry(goals[index], bytes) != nil else { return false }
        return Roadmap.mayBeHabit(goals[parent], bytes) && habit(of: parent) != nil
    }

    /// A goal as an entry of a habit's sub-list, if its text is only a date and its box done or cancelled.
    static func habitEntry(_ goal: Goal, _ bytes: [UInt8]) -> HabitEntry? {
        guard goal.state == .done || goal.state == .cancelled else { return nil }
        let text = goal.textRange
        let end = TasksFields.trimmed(bytes, text.lowerBound, text.upperBound)
        guard end - text.lowerBound == 10, let date = CivilDate(isoBytes: bytes[text.lowerBound..<end]) else { return nil }
        return HabitEntry(date: date, skipped: goal.state == .cancelled)
    }

    /// Whether goal `index` can be a habit at all: a `::` or a `🔁` on its line. Most goals have
    /// neither, which keeps the tally's scan for habits to one pass over their bytes.
    package static func mayBeHabit(_ goal: Goal, _ bytes: [UInt8]) -> Bool {
        mayBeHabit(bytes, goal.textRange)
    }

    /// `mayBeHabit` on any text: the colons and 0xF0 bytes (the first of `🔁`) are found eight
    /// bytes a step and only they are looked at closely. Byte by byte this was 38M instructions
    /// of `status` and `check` on the benchmark's L file (100,000 goals), for the tally alone.
    static func mayBeHabit(_ bytes: [UInt8], _ text: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let end = min(text.upperBound, buffer.count)
            var i = text.lowerBound
            // A match needs one byte after it at least, so the last byte is never a start.
            while i + 1 < end, let found = findEitherByte(ASCII.colon, 0xF0, in: buffer, from: i, to: end - 1) {
                if buffer[found] == ASCII.colon {
                    if buffer[found + 1] == ASCII.colon { return true }
                } else if found + 3 < end && buffer[found + 1] == 0x9F && buffer[found + 2] == 0x94 && buffer[found + 3] == 0x81 {
                    return true
                }
                i = found + 1
            }
            return false
        }
    }
}
