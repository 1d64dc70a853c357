/// Forecasts: for each horizon (a section whose heading names a period, `## 6-Month Goals`) and
/// each checkpoint with a due date, when its open goals would be done at the recent pace.
///
/// Work is assumed to be done in the order it is due, so a horizon's expected date counts its own
/// open goals or, if there are more, every open goal of the plan due by its date: the 1-year
/// goals wait for the 6-month ones. Expected = today + those goals / goals per week (the 4-week
/// pace, else the 12-week one), rounded up to a day.
package struct Forecasting: Sendable {
    /// A horizon or checkpoint section with goals and a due date.
    public struct Item: Sendable {
        /// The file's index in the plan.
        public let file: Int
        /// The section's index in that file.
        public let sectionIndex: Int
        /// Its goals not yet done (nor cancelled).
        public let remaining: Int
        /// When the section is due.
        public let due: CivilDate
        /// Its heading path, joined with ` > `.
        public let name: String
    }

    /// Every dated horizon or checkpoint section with goals, across the plan.
    public let items: [Item]
    /// Due dates of every open goal (not done, not cancelled) that has one.
    private let openDue: [CivilDate]

    /// - Parameters:
    ///   - schedules: one per file, in the plan's order (a single file: one).
    ///   - path: a section's heading path (a linked file's below the section and goal linking it).
    ///   - tally: a section's goals with those of the files linked from inside it.
    public init(schedules: [Schedule], path: (_ file: Int, _ section: Int) -> [String], tally: (_ file: Int, _ section: Int) -> Tally) {
        var items: [Item] = []
        var openDue: [CivilDate] = []
        // By index, each file's parts read in place: taken as values, 20,000 schedules and their
        // models were retained and released (a tree's `status`, issue 28).
        for f in schedules.indices {
            let checkpointSections = Set(schedules[f].tracking.checkpoints.map(\.sectionIndex))
            let sections = schedules[f].tracking.roadmap.sections
            for s in sections.indices.dropFirst() where schedules[f].tracking.sectionHorizons[s] != nil || checkpointSections.contains(s) {
                let goals = tally(f, s)
                guard let due = schedules[f].sectionDue[s], goals.counted > 0 else { continue }
                // A file's title section has no path below the title (a phase file opened alone):
                // it is named by its title.
                let titles = path(f, s)
                let name = (titles.isEmpty ? schedules[f].tracking.roadmap.path(ofSection: s).suffix(1) : titles[...]).map(PlainText.of).joined(separator: " > ")
                items.append(Item(file: f, sectionIndex: s, remaining: goals.counted - goals.done, due: due, name: name))
            }
            let goals = schedules[f].tracking.roadmap.goals
            for g in goals.indices where goals[g].state != .done && goals[g].state != .cancelled {
                if let due = schedules[f].goalDue[g] { openDue.append(due) }
            }
        }
        self.items = items.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element)
        self.openDue = openDue
    }

    /// The items of `plan`, with one schedule per file.
    public init(plan: Plan, schedules: [Schedule]) {
        self.init(schedules: schedules, path: plan.displayPath) { plan.tally(ofFile: $0, section: $1) }
    }

    /// One file on its own.
    public init(schedule: Schedule) {
        let roadmap = schedule.tracking.roadmap
        self.init(schedules: [schedule], path: { roadmap.displayPath(ofSection: $1) }) { roadmap.sections[$1].goals }
    }

    /// Every item, by due date.
    public func forecast(pace: History.Pace, today: CivilDate) -> [History.Forecast] {
        let sorted = openDue.sorted()
        return items.map { item in
            forecast(item, pace: pace, today: today) { date in
                var low = 0, high = sorted.count
                while low < high {
                    let mid = (low + high) / 2
                    if sorted[mid] <= date { low = mid + 1 } else { high = mid }
                }
                return low
            }
        }
    }

    /// The next horizon or checkpoint to be due that is not done, else the last one overdue.
    public func next(pace: History.Pace, today: CivilDate) -> History.Forecast? {
        let open = items.filter { $0.remaining > 0 }
        guard let item = open.first(where: { $0.due >= today }) ?? open.last else { return nil }
        // One date to count against: a pass over the dates, cheaper than sorting them for `status`.
        return forecast(item, pace: pace, today: today) { date in openDue.reduce(0) { $0 + ($1 <= date ? 1 : 0) } }
    }

    /// - Parameter dueBy: how many open goals are due on or before a date.
    func forecast(_ item: Item, pace: History.Pace, today: CivilDate, dueBy: (CivilDate) -> Int) -> History.Forecast {
        let section = item.name
        guard item.remaining > 0 else {
            return History.Forecast(section: section, remaining: 0, due: item.due, expected: nil, status: .done, weeksLate: 0)
        }
        let goals = max(item.remaining, dueBy(item.due))
        let rate = pace.recent
        guard rate > 0 else {
            return History.Forecast(section: section, remaining: item.remaining, due: item.due, expected: nil, status: .late, weeksLate: 0)
        }
        guard pace.isEnough else {
            return History.Forecast(section: section, remaining: item.remaining, due: item.due, expected: nil, status: .notEnoughDone, weeksLate: 0)
        }
        func day(_ rate: Double) -> CivilDate { today.adding(days: Int((Double(goals) / rate * 7).rounded(.up))) }
        let late = item.due.days(until: day(rate))
        // A range, not a day: between the 4-week and the 12-week pace.
        let days = [pace.weeks4, pace.weeks12].filter { $0 > 0 }.map(day)
        var forecast = History.Forecast(section: section, remaining: item.remaining, due: item.due, expected: days.min(),
                                        status: late > 0 ? .late : .onTrack, weeksLate: late > 0 ? (late + 6) / 7 : 0)
        forecast.expectedLatest = days.max()
        forecast.daysLate = max(0, late)
        return forecast
    }
}
