/// What the HTML report shows, read from a plan once: the page's renderers see only this and a
/// `History`, so they never touch the model.
public struct ReportFacts: Sendable {
    /// An open goal as the report lists it.
    public struct Goal: Sendable {
        /// Its id as a command takes it (`12`, `phase-1:3`).
        public let id: String
        /// Its plain text.
        public let text: String
        /// The heading path it is under.
        public let section: String
        /// When it is due, if anything says.
        public let due: CivilDate?
        /// Whether that is before today.
        public let overdue: Bool
    }

    /// A checkpoint as the report shows it.
    public struct Checkpoint: Sendable {
        /// Held (its date filled), done, overdue, upcoming, or without a due date.
        public enum State: String, Sendable { case held, done, overdue, upcoming, undated }
        /// The checkpoint's heading, as plain text.
        public let title: String
        /// When it is due; nil when its period has no date.
        public let due: CivilDate?
        /// Its filled `**Date:**`, when that day has come.
        public let held: CivilDate?
        /// Which of the states it is in.
        public let state: State
        /// The goals under it, counted.
        public let goals: Tally
    }

    /// One metric's row of the report's table.
    public struct MetricRow: Sendable {
        /// The table's label (its section), for a plan with more than one.
        public let table: String
        /// The metric's name.
        public let name: String
        /// Its current value as written; nil when blank.
        public let now: String?
        package let nowValue: Double?
        /// Its next target as written; nil without one.
        public let target: String?
        package let targetValue: Double?
        /// When that target is due, if its column names a period.
        public let targetDue: CivilDate?
    }

    /// One file of a plan across files.
    public struct FileRow: Sendable {
        /// The file's label: its title, else its base name.
        public let label: String
        /// The file's path, as the plan names it.
        public let path: String
        /// The file's own goals, counted.
        public let goals: Tally
    }

    /// A day a habit was done or skipped (issue 27), for the calendar.
    public struct HabitDay: Sendable, Equatable {
        /// The habit's name, its progress fields left out.
        public let habit: String
        /// The day of the entry.
        public let date: CivilDate
        /// A `- [-]` entry: the period was passed over, not kept.
        public let skipped: Bool
    }

    /// The plan's title.
    public let title: String
    /// The root file's path.
    public let path: String
    /// The day the report is of.
    public let today: CivilDate
    /// The plan's start date, if it has one.
    public let start: CivilDate?
    /// Every goal of the plan, counted.
    public let goals: Tally
    /// Sections (and linked files) as `status` nests them.
    public let rows: [StatusReport.Row]
    /// Every file of a plan across files; empty for a single file.
    public let files: [FileRow]
    /// Every checkpoint of the plan, in reading order.
    public let checkpoints: [Checkpoint]
    /// Open goals overdue or due within 30 days, soonest first.
    package let dueSoon: [Goal]
    /// How many open goals are past their due date.
    public let overdueGoals: Int
    /// Goals marked in progress, in reading order.
    public let inProgress: [Goal]
    /// The root file's first filled `Name`, `Current Role` and `Target Role`.
    public let owner: String?
    /// The root's `Current Role`, when filled.
    public let currentRole: String?
    /// The root's `Target Role`, when filled.
    public let targetRole: String?
    /// Filled fields and made choices, as label (with its context where it needs one) and value.
    package let filled: [(label: String, value: String)]
    package let fieldCount: Int
    package let blankFields: Int
    /// Every metric of the plan, in reading order.
    public let metrics: [MetricRow]
    /// Metrics whose rows hold nothing yet.
    package let unfilledMetrics: Int
    /// Every habit's entries, in reading order, then by day.
    public var habitDays: [HabitDay] = []
    /// Hours spent and estimated in all, and for each of `rows` (issue 27).
    public var hours = WorkHours()
    /// By row of `rows`: its hours.
    public var rowHours: [WorkHours] = []
}

extension ReportFacts {
    /// - Parameter dates: the plan's due dates as the commands see them (a linked file opened alone
    ///   counts from its index's start).
    public init(_ dates: PlanSchedule, depth: Int = 3) {
        let (plan, today) = (dates.plan, dates.today)
        let status = StatusReport(plan, depth: depth)
        let next = NextReport(dates)
        let review = Review(dates, log: Review.log(of: plan, dates))
        title = status.title
        path = plan.files[0].path
        self.today = today
        start = dates.start
        goals = plan.tally
        rows = status.rows
        files = plan.files.count < 2 ? [] : plan.files.indices.map {
            FileRow(label: plan.label(ofFile: $0), path: plan.files[$0].path, goals: plan.tally(ofFile: $0))
        }
        var checkpoints: [Checkpoint] = [], due: [Goal] = [], active: [Goal] = []
        var filled: [(String, String)] = [], metrics: [MetricRow] = []
        var fieldCount = 0, blank = 0, unfilled = 0, overdue = 0
        var named: [String: String] = [:]
        for (f, schedule) in dates.files.enumerated() {
            let tracking = schedule.tracking
            let roadmap = tracking.roadmap
            for c in tracking.checkpoints.indices { checkpoints.append(Self.checkpoint(c, schedule)) }
            func goal(_ index: Int) -> Goal {
                let section = plan.displayPath(ofFile: f, section: roadmap.goals[index].sectionIndex).map(PlainText.of)
                return Goal(id: plan.displayID(GoalRef(file: f, goal: index)), text: PlainText.of(roadmap.text(of: index, withoutDoneDate: true)),
                            section: section.joined(separator: " › "), due: schedule.goalDue[index], overdue: schedule.isOverdue(goal: index))
            }
            overdue += schedule.overdueGoals.count
            for entry in next.entries {
                guard case let .goal(ref) = entry.item, ref.file == f else { continue }
                let index = ref.goal
                if entry.reason != .inProgress { due.append(goal(index)) }
                if roadmap.goals[index].state == .inProgress { active.append(goal(index)) }
            }
            var labelCount: [String: Int] = [:]
            for k in tracking.fields.indices { labelCount[tracking.label(of: k).lowercased(), default: 0] += 1 }
            for (k, field) in tracking.fields.enumerated() {
                fieldCount += 1
                guard !field.isBlank else { blank += 1; continue }
                // A field under a bold title, or one whose label repeats, is named with its context:
                // "Project 1: Containerized Image Classifier › Description", "3-Month Checkpoint › Date".
                var label = tracking.label(of: k)
                if f == 0, named[label.lowercased()] == nil { named[label.lowercased()] = PlainText.of(tracking.value(of: k) ?? "") }
                if let title = field.titleIndex {
                    label = tracking.title(title) + " › " + label
                } else if labelCount[label.lowercased()]! > 1, field.sectionIndex > 0 {
                    label = tracking.sectionTitle(field.sectionIndex) + " › " + label
                }
                filled.append((label, PlainText.of(tracking.value(of: k) ?? "")))
            }
            for group in tracking.groups where !group.ticked.isEmpty {
                let context = tracking.context(of: group)
                filled.append(((context.isEmpty ? "" : context + " › ") + tracking.label(of: group), group.ticked.map { tracking.text(of: group.options[$0]) }.joined(separator: ", ")))
            }
            for line in review.metrics where line.file == f {
                let table = tracking.tables[line.metric.table]
                let target = line.targetColumn.map { tracking.value(of: line.metric, column: $0) }?.value
                guard line.last != nil || line.target != nil else { unfilled += 1; continue }
                metrics.append(MetricRow(table: tracking.sectionTitle(table.sectionIndex), name: tracking.name(of: line.metric),
                                         now: line.last.map(PlainText.of), nowValue: line.last.flatMap { MetricValue(parsing: $0).value },
                                         target: line.target.map(PlainText.of), targetValue: target, targetDue: line.targetDue))
            }
        }
        self.checkpoints = checkpoints.sorted { ($0.due ?? .distantFuture) < ($1.due ?? .distantFuture) }
        dueSoon = due.sorted { ($0.due ?? .distantFuture) < ($1.due ?? .distantFuture) }
        overdueGoals = overdue
        inProgress = active
        self.filled = filled
        (owner, currentRole, targetRole) = (named["name"], named["current role"], named["target role"])
        self.fieldCount = fieldCount
        blankFields = blank
        self.metrics = metrics
        unfilledMetrics = unfilled
        for row in HabitReport(plan, today: today).rows {
            let roadmap = plan.files[row.ref.file].roadmap
            let name = PlainText.of(roadmap.progressLabel(of: row.ref.goal))
            for entry in roadmap.habitEntries(of: row.ref.goal) where entry.date <= today {
                habitDays.append(HabitDay(habit: name, date: entry.date, skipped: entry.skipped))
            }
        }
        let planHours = PlanHours(plan)
        hours = planHours.total
        rowHours = status.rows.map { planHours.hours(of: $0.item) }
    }

    private static func checkpoint(_ index: Int, _ schedule: Schedule) -> Checkpoint {
        let tracking = schedule.tracking
        let checkpoint = tracking.checkpoints[index]
        let date = tracking.date(of: checkpoint)
        let held = date.flatMap { $0 <= schedule.today ? $0 : nil }
        let tally = schedule.tally(of: checkpoint)
        let state: Checkpoint.State = held != nil ? .held
            : schedule.isComplete(checkpoint: index) ? .done
            : schedule.isOverdue(checkpoint: index) ? .overdue
            : schedule.checkpointDue[index] == nil ? .undated : .upcoming
        return Checkpoint(title: tracking.title(of: checkpoint), due: schedule.checkpointDue[index], held: held, state: state, goals: tally)
    }
}

extension CivilDate {
    /// Later than any date a roadmap holds: sorts undated things last.
    static let distantFuture = CivilDate(year: 9999, month: 12, day: 31)!
}
