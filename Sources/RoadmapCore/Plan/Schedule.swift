/// When things are due, as of a given day. A goal is due, in order of precedence, on:
/// 1. its own `📅 YYYY-MM-DD` date;
/// 2. the end of the period its own text names (`(Month 3)`, `Week 2`), from the start date;
/// 3. its parent goal's due date;
/// 4. the due date of the nearest enclosing section that has one: a checkpoint's date, else the
///    end of the period its heading names (`### Quarter 1`, `## 6-Month Goals`).
/// An open-ended period (`Year 5+`) has no end, so it makes nothing due.
public struct Schedule: Sendable {
    /// The day "overdue" is measured from.
    public let today: CivilDate
    /// The roadmap's start date, from its start field or the one it inherits; nil without one.
    public let start: CivilDate?
    /// By goal index.
    package let goalDue: NilsOmitted<CivilDate>
    /// By checkpoint index: start + the checkpoint's period (the filled Date for one without a
    /// period). The Date says when it was held, which never makes late goals look on time; only
    /// a Date still to come moves the checkpoint (and its goals) there: it was rescheduled.
    package let checkpointDue: [CivilDate?]
    /// By checkpoint index: start + its period, whatever the Date says.
    package let plannedCheckpointDue: [CivilDate?]
    /// By section index.
    package let sectionDue: NilsOmitted<CivilDate>
    /// The tracking model the schedule was made from.
    public let tracking: Tracking
    /// Periods whose end would fall after 9999-12-31 (`Month 3` from 9999-10-01): they make
    /// nothing due, and `warning` says so once.
    package let datesPastTheCalendar: Int

    /// The period of the nearest heading above `section` that names one (`(Months 1-6)`).
    static func enclosingHorizon(of section: Int, _ tracking: Tracking) -> Horizon? {
        var index = tracking.roadmap.sections[section].parentIndex
        while let current = index {
            if let horizon = tracking.sectionHorizons[current] { return horizon }
            index = tracking.roadmap.sections[current].parentIndex
        }
        return nil
    }

    /// - Parameter fallbackStart: the start date when the roadmap has none of its own: a linked
    ///   phase file counts its months from the start written in the plan's index.
    public init(_ tracking: Tracking, today: CivilDate, fallbackStart: CivilDate? = nil) {
        self.tracking = tracking
        self.today = today
        let start = tracking.start ?? fallbackStart
        self.start = start
        let roadmap = tracking.roadmap
        var past = 0

        var checkpointDue: [CivilDate?] = []
        var planned: [CivilDate?] = []
        var checkpointOfSection = [Int](repeating: -1, count: roadmap.sections.count)
        for (index, checkpoint) in tracking.checkpoints.enumerated() {
            // One with no period of its own is due when the span it sits in ends (issue 25:
            // `## Checkpoint: Foundation` under `# Phase 1: Foundation (Months 1-6)`).
            let horizon = checkpoint.horizon ?? Schedule.enclosingHorizon(of: checkpoint.sectionIndex, tracking)
            let period = horizon.flatMap { Schedule.due($0, start, &past) }
            let date = tracking.date(of: checkpoint)
            planned.append(period)
            checkpointDue.append(date.map { $0 > today ? $0 : (period ?? $0) } ?? period)
            checkpointOfSection[checkpoint.sectionIndex] = index
        }
        self.checkpointDue = checkpointDue
        plannedCheckpointDue = planned

        var sectionDue = [CivilDate?](repeating: nil, count: roadmap.sections.count)
        // `### Project 2: … (4 weeks)` starts where the sibling before it with a duration ends.
        var durationEnd: [Int: CivilDate] = [:]
        for index in roadmap.sections.indices.dropFirst() {
            let parent = roadmap.sections[index].parentIndex ?? 0
            if checkpointOfSection[index] >= 0 {
                sectionDue[index] = checkpointDue[checkpointOfSection[index]]
            } else if let horizon = tracking.sectionHorizons[index] {
                sectionDue[index] = Schedule.due(horizon, start, &past)
            } else if let duration = tracking.sectionDurations[index], let from = durationEnd[parent] ?? start {
                sectionDue[index] = duration.due(from: from)
                durationEnd[parent] = sectionDue[index]
            } else if let parent = roadmap.sections[index].parentIndex {
                sectionDue[index] = sectionDue[parent]
            }
        }
        self.sectionDue = NilsOmitted(sectionDue)

        var goalDue = [CivilDate?](repeating: nil, count: roadmap.goals.count)
        var continuations = Continuations.Walk(roadmap.continuations)
        for (index, goal) in roadmap.goals.enumerated() {
            let lines = continuations.lines(of: index)
            if let date = roadmap.signifiedDue(of: index) {
                goalDue[index] = date
            } else if let horizon = roadmap.knownHorizons.map({ $0[index] }) ?? Schedule.horizon(ofGoal: index, in: roadmap, continuations: lines) {
                goalDue[index] = Schedule.due(horizon, start, &past)
            } else if let parent = goal.parentIndex {
                goalDue[index] = goalDue[parent]
            } else {
                goalDue[index] = sectionDue[goal.sectionIndex]
            }
        }
        self.goalDue = NilsOmitted(goalDue)
        datesPastTheCalendar = past
    }

    /// The end of `horizon` from `start`, counting in `past` an end the calendar does not reach.
    private static func due(_ horizon: Horizon, _ start: CivilDate?, _ past: inout Int) -> CivilDate? {
        guard let start else { return nil }
        let due = horizon.due(from: start)
        if due == nil && horizon.last != nil { past += 1 }
        return due
    }

    /// One line for stderr when some due dates fall past the calendar; nil otherwise.
    public var warning: String? {
        guard datesPastTheCalendar > 0 else { return nil }
        let count = datesPastTheCalendar == 1 ? "1 due date" : "\(datesPastTheCalendar) due dates"
        return "\(count) would fall after 9999-12-31; \(datesPastTheCalendar == 1 ? "it is" : "they are") left out"
    }

    /// The period a goal's own text names, on its first line or its continuation lines.
    package static func horizon(ofGoal index: Int, in roadmap: Roadmap) -> Horizon? {
        horizon(ofGoal: index, in: roadmap, continuations: roadmap.continuations[index] ?? [])
    }

    static func horizon(ofGoal index: Int, in roadmap: Roadmap, continuations: ArraySlice<Range<Int>>) -> Horizon? {
        var best = HorizonScanner.best(in: roadmap.bytes, roadmap.goals[index].textRange)
        for range in continuations where best == nil || !best!.isParenthesized {
            if let found = HorizonScanner.best(in: roadmap.bytes, range), best == nil || found.isParenthesized { best = found }
        }
        return best?.horizon ?? Timeframe.leading(in: roadmap.bytes, roadmap.goals[index].textRange)
    }

    /// Whether goal `index` is dated by its own line: a `📅` date, or a period its text names
    /// (`(Month 3)`, `Week 2:`), not a date it takes from its heading or its parent goal.
    public func hasOwnDueDate(goal index: Int) -> Bool {
        let roadmap = tracking.roadmap
        return DueDate.signified(in: roadmap.bytes, roadmap.goals[index].textRange) != nil || Schedule.horizon(ofGoal: index, in: roadmap) != nil
    }

    /// Not done, not cancelled, and due before today.
    public func isOverdue(goal index: Int) -> Bool {
        guard let due = goalDue[index] else { return false }
        let state = tracking.roadmap.goals[index].state
        return due < today && state != .done && state != .cancelled
    }

    /// Goals that are overdue, in document order.
    public var overdueGoals: [Int] { goalDue.indices.filter { isOverdue(goal: $0) } }

    /// How many goals are overdue: `overdueGoals.count` without the list.
    public var overdueGoalCount: Int {
        let goals = tracking.roadmap.goals
        var count = 0
        for (index, due) in goalDue.enumerated() {
            guard let due, due < today else { continue }
            let state = goals[index].state
            if state != .done && state != .cancelled { count += 1 }
        }
        return count
    }
}

extension Schedule {
    /// The target a metric is heading for now: the first target column whose period has not
    /// ended (a column with no period, like `Target`, never ends), else the last one. Columns
    /// whose cell is blank are passed over.
    public func targetColumn(of metric: Metric) -> Int? {
        let table = tracking.tables[metric.table]
        let targets = table.targetColumns.filter { tracking.value(of: metric, column: $0).kind != .blank }
        for column in targets {
            guard let horizon = table.columns[column].horizon, let start, let due = horizon.due(from: start) else { return column }
            if due >= today { return column }
        }
        return targets.last
    }

    /// When a target column is due, for columns named by a period.
    public func due(ofColumn column: Int, in table: Int) -> CivilDate? {
        guard let start, let horizon = tracking.tables[table].columns[column].horizon else { return nil }
        return horizon.due(from: start)
    }
}
