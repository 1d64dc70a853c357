/// What `roadmap next` shows, as data: what to do now, across every file of the plan. Overdue
/// goals and checkpoints first, then those due within the window, then goals in progress; each
/// group by due date.
public struct NextReport: Sendable {
    /// What is next: a goal, or a checkpoint of the schedule.
    public enum Item: Equatable, Sendable {
        case goal(GoalRef)
        case checkpoint(PlanSchedule.Ref)
    }

    /// Why it is listed: past its due date, due within the window, or in progress.
    public enum Reason: String, Sendable {
        case overdue, soon, inProgress
    }

    /// One line of the report: what, why, and when it is due.
    public struct Entry: Equatable, Sendable {
        /// The goal or checkpoint.
        public let item: Item
        /// Why it is listed.
        public let reason: Reason
        /// When it is due; nil for a goal in progress without a date.
        public let due: CivilDate?
    }

    /// Every entry, overdue first, then soon, then in progress.
    public let entries: [Entry]
    /// Days ahead that count as soon.
    public let window: Int
    /// Goals in progress listed as overdue or due soon (so not again under in progress).
    public let inProgressListedAbove: Int
    /// The goals that would be listed but wait (`⛔`) for open goals, each with those goals, in
    /// plan order: what `next` says they wait for.
    public let waiting: [(goal: GoalRef, blockers: [GoalRef])]

    /// The report of `schedule`'s plan as of its day, with `window` days counting as soon, of
    /// the goals `filter` keeps. A goal whose start date (`🛫`) is still to come is left out, and
    /// so is one that waits (`⛔`) for a goal still open (`TaskDependencies`);
    /// within each group, goals scheduled (`⏳`) for today or earlier and goals of high priority
    /// or above come first (issue 26). `goals` narrows the goals as `list` does, and the
    /// checkpoints as `PlanSchedule.keeps(checkpoint:_:)` says (issue 25).
    public init(_ schedule: PlanSchedule, window: Int = 30, filter: TasksFilter? = nil, goals goalFilter: GoalFilter? = nil) {
        self.window = window
        let horizon = schedule.today.adding(days: window)
        var overdue: [Entry] = [], soon: [Entry] = [], active: [Entry] = []
        for ref in schedule.checkpoints where !schedule.isComplete(checkpoint: ref) {
            if let goalFilter, !schedule.keeps(checkpoint: ref, goalFilter) { continue }
            guard let due = schedule.due(of: ref) else { continue }
            if due < schedule.today {
                overdue.append(Entry(item: .checkpoint(ref), reason: .overdue, due: due))
            } else if due <= horizon {
                soon.append(Entry(item: .checkpoint(ref), reason: .soon, due: due))
            }
        }
        var first = Set<GoalRef>()
        var waiting: [(goal: GoalRef, blockers: [GoalRef])] = []
        // Read only when a goal that could be listed waits for an id (`⛔`): the language server
        // makes this report on every keystroke, and reading every goal's fields was most of it.
        var known: TaskDependencies?
        for ref in goalFilter.map({ schedule.plan.goals(matching: $0, schedule: schedule) }) ?? schedule.plan.goalsInOrder {
            let state = schedule.plan.state(of: ref)
            guard state != .done && state != .cancelled else { continue }
            // Listed (or waiting) only if overdue, due by the window's end or in progress: any
            // other goal is passed over before its Tasks fields are read.
            let due = schedule.due(of: ref)
            guard state == .inProgress || due.map({ $0 < schedule.today || $0 <= horizon }) == true else { continue }
            let details = schedule.plan.files[ref.file].roadmap.taskDetails(of: ref.goal)
            if let start = details.start, start > schedule.today { continue }
            if let filter, !filter.keeps(details, today: schedule.today) { continue }
            // A goal that names no id waits for none (`TaskDependencies.blockers`).
            var blockers: [GoalRef] = []
            if !details.dependsOn.isEmpty {
                let dependencies = known ?? TaskDependencies(schedule.plan)
                known = dependencies
                blockers = dependencies.blockers(of: ref)
            }
            if !blockers.isEmpty {
                // Listed only where it would have been: due by the window's end, or in progress.
                if state == .inProgress || schedule.due(of: ref).map({ $0 <= horizon }) == true { waiting.append((ref, blockers)) }
                continue
            }
            if details.priority >= .high || details.scheduled.map({ $0 <= schedule.today }) == true { first.insert(ref) }
            if let due, due < schedule.today {
                overdue.append(Entry(item: .goal(ref), reason: .overdue, due: due))
            } else if let due, due <= horizon {
                soon.append(Entry(item: .goal(ref), reason: .soon, due: due))
            } else if state == .inProgress {
                active.append(Entry(item: .goal(ref), reason: .inProgress, due: due))
            }
        }
        if filter != nil { overdue.removeAll { if case .checkpoint = $0.item { true } else { false } } }
        if filter != nil { soon.removeAll { if case .checkpoint = $0.item { true } else { false } } }
        self.waiting = waiting
        entries = NextReport.sorted(overdue, first) + NextReport.sorted(soon, first) + NextReport.sorted(active, first)
        inProgressListedAbove = (overdue + soon).filter { entry in
            if case let .goal(ref) = entry.item { return schedule.plan.state(of: ref) == .inProgress }
            return false
        }.count
    }

    /// The goals in `first` before the rest; then by due date (none last); a checkpoint before
    /// the goals due the same day; then in reading order (the entries come in it, and the sort
    /// keeps it by position).
    private static func sorted(_ entries: [Entry], _ first: Set<GoalRef>) -> [Entry] {
        func key(_ k: Int, _ e: Entry) -> (Int, Int, Int, Int) {
            let day = e.due?.daysSinceEpoch ?? Int.max
            guard case let .goal(ref) = e.item else { return (1, day, 0, k) }
            return (first.contains(ref) ? 0 : 1, day, 1, k)
        }
        return entries.enumerated().map { (key($0.offset, $0.element), $0.element) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The entries listed for `reason`, in order.
    public func entries(_ reason: Reason) -> [Entry] { entries.filter { $0.reason == reason } }
}

extension RoadmapJSON {
    /// `next --json`: one object per entry, goals shaped like `list --json` items plus `due`,
    /// `overdue`, `kind` and `reason`; checkpoints with their title and goal counts. Then, as
    /// `next` prints them after its groups, the goals waiting for others (`reason` "waiting",
    /// `waitsFor` the ids of the open goals they wait for) and the refreshers due (`reason`
    /// "refresher", `recallDue` the day each was due).
    public static func next(_ report: NextReport, _ schedule: PlanSchedule) -> JSONWriter {
        let plan = schedule.plan
        var paths = PlanSectionPaths(plan)
        var json = JSONWriter(reservingCapacity: 64 + report.entries.count * 200)
        json.beginArray()
        for entry in report.entries {
            json.beginObject()
            switch entry.item {
            case let .goal(ref):
                goal(ref, reason: entry.reason.rawValue, schedule, &paths, into: &json)
            case let .checkpoint(ref):
                let tracking = schedule.tracking(ref.file)
                let checkpoint = tracking.checkpoints[ref.index]
                json.string("checkpoint", key: "kind")
                json.string(entry.reason.rawValue, key: "reason")
                json.string(plain: tracking.roadmap.bytes, checkpoint.titleRange, key: "title")
                json.number(checkpoint.line, key: "line")
                json.raw(paths[ref.file, checkpoint.sectionIndex], key: "section")
                json.string(schedule.due(of: ref)?.description, key: "due")
                json.bool(schedule.isOverdue(checkpoint: ref), key: "overdue")
                tally(schedule.tally(of: ref), into: &json)
                file(ref.file, plan, into: &json)
            }
            json.endObject()
        }
        for (ref, blockers) in report.waiting {
            json.beginObject()
            goal(ref, reason: "waiting", schedule, &paths, into: &json)
            json.beginArray(key: "waitsFor")
            for blocker in blockers { json.string(plan.id(blocker)) }
            json.endArray()
            json.endObject()
        }
        for (ref, refresher) in plan.refreshersDue(today: schedule.today) {
            json.beginObject()
            goal(ref, reason: "refresher", schedule, &paths, into: &json)
            json.string(refresher.due?.description, key: "recallDue")
            json.endObject()
        }
        json.endArray()
        return json
    }

    /// A goal of `next --json`, shaped like a `list --json` item plus `kind`, `reason` and its due date.
    private static func goal(_ ref: GoalRef, reason: String, _ schedule: PlanSchedule, _ paths: inout PlanSectionPaths, into json: inout JSONWriter) {
        let plan = schedule.plan
        json.string("goal", key: "kind")
        json.string(reason, key: "reason")
        let roadmap = plan.files[ref.file].roadmap
        let goal = roadmap.goals[ref.goal]
        json.string(plan.id(ref), key: "id")
        json.string(roadmap.text(of: ref.goal, withoutDoneDate: true), key: "text")
        json.string(goal.state.rawValue, key: "state")
        json.number(goal.line, key: "line")
        json.raw(paths[ref.file, goal.sectionIndex], key: "section")
        due(ofGoal: ref, schedule, into: &json)
        RoadmapJSON.taskFields(roadmap.taskDetails(of: ref.goal), into: &json)
        file(ref.file, plan, into: &json)
    }
}
