/// History from the `✅` dates in the files alone: what the report can say honestly before
/// `HistoryBuilder` (git and the review log) is merged. The lead replaces its one call with the
/// builder; nothing else depends on where a `History` came from.
extension History {
    /// - Completions: done goals counted on their `✅` day (days after `today` wait their turn).
    /// - Points: nothing done at the start date, then one point per completion day, then today
    ///   with every done goal, dated or not (goals ticked without a date join on the last day).
    ///   The total is today's: without git nothing says when goals were added.
    /// - Pace and forecast: as `roadmap history` defines them, from these completions.
    /// - Metrics: none; their history is in git and the review log.
    public static func fromDoneDates(plan: Plan, today: CivilDate) -> History {
        var perDay: [CivilDate: Int] = [:]
        var undated = 0
        for file in plan.files {
            let roadmap = file.roadmap
            for index in roadmap.goals.indices where roadmap.goals[index].state == .done {
                if let date = roadmap.doneDate(of: index), date <= today {
                    perDay[date, default: 0] += 1
                } else {
                    undated += 1
                }
            }
        }
        let completions = perDay.keys.sorted().map { Completion(date: $0, count: perDay[$0]!) }
        let tally = plan.tally
        var points: [Point] = []
        let start = Tracking(plan.root).start
        if let start, start <= (completions.first?.date ?? today) { points.append(Point(date: start, done: 0, total: tally.counted)) }
        var done = 0
        for completion in completions {
            done += completion.count
            if completion.date < today { points.append(Point(date: completion.date, done: done, total: tally.counted)) }
        }
        points.append(Point(date: today, done: tally.done, total: tally.counted))

        let pace = Pace(weeks4: Double(completed(completions, within: 28, of: today)) / 4,
                        weeks12: Double(completed(completions, within: 84, of: today)) / 12)
        var reason = "the git history is not read yet"
        if undated > 0 { reason += "; \(undated) done goal\(undated == 1 ? " has" : "s have") no done date up to today, so they join on the last day" }
        return History(points: points, completions: completions, pace: pace,
                       forecast: forecast(plan, today: today, pace: pace), metrics: [], source: .datesOnly(reason: reason))
    }

    private static func completed(_ completions: [Completion], within days: Int, of today: CivilDate) -> Int {
        let from = today.adding(days: -days)
        return completions.filter { $0.date > from && $0.date <= today }.reduce(0) { $0 + $1.count }
    }

    /// Every section whose own heading names a period (`## 6-Month Goals`, `### Month 3`) and
    /// every checkpoint, with a due date: what is left and when it would be done at the pace (the
    /// 4-week one, else the 12-week one).
    static func forecast(_ plan: Plan, today: CivilDate, pace: Pace) -> [Forecast] {
        let perWeek = pace.weeks4 > 0 ? pace.weeks4 : pace.weeks12
        let dates = PlanSchedule(plan, today: today)
        var result: [Forecast] = []
        for (f, file) in plan.files.enumerated() {
            let schedule = dates.files[f]
            let tracking = schedule.tracking
            var checkpointOf: [Int: Int] = [:]
            for (c, checkpoint) in tracking.checkpoints.enumerated() { checkpointOf[checkpoint.sectionIndex] = c }
            for s in file.roadmap.sections.indices.dropFirst() {
                guard let due = schedule.sectionDue[s] else { continue }
                let tally: Tally
                if let c = checkpointOf[s] {
                    tally = schedule.tally(of: tracking.checkpoints[c])
                } else if tracking.sectionHorizons[s] != nil {
                    tally = plan.tally(ofFile: f, section: s)
                } else {
                    continue
                }
                guard tally.counted > 0 else { continue }
                let remaining = tally.counted - tally.done
                let section = plan.displayPath(ofFile: f, section: s).map(PlainText.of).joined(separator: " > ")
                result.append(entry(section, remaining: remaining, due: due, today: today, perWeek: perWeek))
            }
        }
        return result
    }

    private static func entry(_ section: String, remaining: Int, due: CivilDate, today: CivilDate, perWeek: Double) -> Forecast {
        guard remaining > 0 else {
            return Forecast(section: section, remaining: 0, due: due, expected: nil, status: .done, weeksLate: 0)
        }
        guard perWeek > 0 else {
            return Forecast(section: section, remaining: remaining, due: due, expected: nil, status: .late, weeksLate: 0)
        }
        let days = Int((Double(remaining) / perWeek * 7).rounded(.up))
        let expected = today.adding(days: min(days, 3_650_000))
        let late = expected > due
        return Forecast(section: section, remaining: remaining, due: due, expected: expected,
                        status: late ? .late : .onTrack, weeksLate: late ? due.days(until: expected) / 7 : 0)
    }
}
