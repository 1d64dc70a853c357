/// Progress over time for a plan (one file or many), from its `✅` dates, its git history when
/// there is one (`GitReplay`), and each file's `## Review Log`.
public enum HistoryBuilder {
    /// - Parameters:
    ///   - schedule: the plan's due dates as the commands see them (`Context.schedule`: a linked
    ///     file opened alone counts from its index's start).
    ///   - replay: the files' git history; nil without git, `unavailable` saying why.
    public static func build(_ schedule: PlanSchedule, replay: GitReplay?, unavailable: String = "") -> History {
        let (plan, today, schedules) = (schedule.plan, schedule.today, schedule.files)
        var dates: [[CivilDate]] = []
        for (f, file) in plan.files.enumerated() {
            dates.append(History.Completion.dates(in: file.roadmap, ticked: replay?.tickedOn[f]))
        }
        // A done date after today (a typo, a clock set wrong) waits for its day.
        let completions = History.Completion.counting(dates.flatMap { $0 }.filter { $0 <= today })
        let pace = History.Pace(completions, today: today)
        let forecast = Forecasting(plan: plan, schedules: schedules).forecast(pace: pace, today: today)
        let metrics = HistoryMetrics.series(plan, schedules, git: replay?.metrics, today: today)
        guard let replay else {
            var history = History(points: datedPoints(dates.flatMap { $0 }, plan.tally, today),
                                  completions: completions, pace: pace, forecast: forecast, metrics: metrics,
                                  source: .datesOnly(reason: unavailable), sections: datedSections(plan, today))
            history.counts = currentCounts(plan, today)
            return history
        }
        var history = History(points: replay.points, completions: completions, pace: pace, forecast: forecast, metrics: metrics,
                              source: .git(commits: replay.commits), sections: replay.sections)
        history.counts = replay.counts
        history.spent = replay.spent.filter { $0.date <= today }
        return history
    }

    /// Whether any goal of the plan has a count or time spent: only then does a review read git
    /// for them (`History.countsMoved`, `History.spent(since:)`).
    public static func keepsCountsOrHours(_ plan: Plan) -> Bool {
        plan.files.contains { file in
            file.roadmap.goals.contains { goal in
                guard ProgressRecorder.mayHoldProgress(file.roadmap.bytes, goal.textRange) else { return false }
                let progress = GoalProgress(file.roadmap.bytes, text: goal.textRange)
                return progress.count != nil || progress.spentMinutes != nil
            }
        }
    }

    /// Without git: each count as it is today, one value each.
    static func currentCounts(_ plan: Plan, _ today: CivilDate) -> [History.MetricSeries] {
        var recorder = ProgressRecorder()
        recorder.day = today
        var identity: Int32 = 0
        for (f, file) in plan.files.enumerated() {
            for goal in file.roadmap.goals {
                recorder.read(identity, file.roadmap.bytes, text: goal.textRange, key: f == 0 ? nil : file.key)
                identity += 1
            }
        }
        return recorder.counts
    }

    /// The files as `GitReplay` takes them: absolute paths resolved, linked files' goals counted
    /// under the section that links them.
    package static func replayFiles(_ plan: Plan, absolutePaths: [String]) -> [GitReplay.File] {
        plan.files.indices.map { f in
            GitReplay.File(roadmap: plan.files[f].roadmap, path: absolutePaths[f], key: f == 0 ? nil : plan.files[f].key,
                           group: f == 0 ? nil : topSection(plan, linking: f))
        }
    }

    /// The top section of the root file under which file `f` is linked, directly or not.
    static func topSection(_ plan: Plan, linking f: Int) -> String {
        if let folder = plan.files[f].placedIn {
            // A tree's file is grouped by its top folder (the tree's own files by the tree's name).
            return plan.root.displayPath(ofSection: folder).first.map(PlainText.of) ?? ""
        }
        var ref = plan.files[f].linkedFrom
        while let r = ref, r.file != 0 { ref = plan.files[r.file].linkedFrom }
        guard let r = ref else { return "" }
        return plan.root.displayPath(ofSection: plan.root.goals[r.goal].sectionIndex).first.map(PlainText.of) ?? ""
    }

    /// Without git: done goals counted on their `✅` dates, the total as it is now, then today's
    /// actual count (goals done without a date join there).
    static func datedPoints(_ dates: [CivilDate], _ total: Tally, _ today: CivilDate) -> [History.Point] {
        var points: [History.Point] = []
        var done = 0
        for completion in History.Completion.counting(dates) where completion.date < today {
            done += completion.count
            points.append(History.Point(date: completion.date, done: done, total: total.counted))
        }
        points.append(History.Point(date: today, done: total.done, total: total.counted))
        return points
    }

    /// `datedPoints` per top section.
    static func datedSections(_ plan: Plan, _ today: CivilDate) -> [History.SectionSeries] {
        var names: [String] = []
        var groups: [String: (dates: [CivilDate], tally: Tally)] = [:]
        for (f, file) in plan.files.enumerated() {
            let roadmap = file.roadmap
            let fixed = f == 0 ? nil : topSection(plan, linking: f)
            for (g, goal) in roadmap.goals.enumerated() {
                let name = fixed ?? roadmap.displayPath(ofSection: goal.sectionIndex).first.map(PlainText.of) ?? ""
                if groups[name] == nil { names.append(name) }
                groups[name, default: ([], Tally())].tally.add(goal.state)
                if goal.state == .done, let date = roadmap.doneDate(of: g) { groups[name]!.dates.append(date) }
            }
        }
        return names.map { name in
            let group = groups[name]!
            return History.SectionSeries(name: name, points: datedPoints(group.dates, group.tally, today))
        }
    }
}
