import RoadmapKit

/// `roadmap list`: goals with their ids, grouped under their headings.
enum ListCommand: Command {
    static let spec = CommandSpec(
        name: "list",
        abstract: "Goals with their ids, states and sections",
        discussion: """
        Ids are goal numbers in document order; they stay the same while nothing above a goal changes.
        Goals of files linked from goals ('- [ ] [Phase 1](phase-1.md)') follow the goal that links
        them, with ids naming their file: phase-1:3.

        Words and options narrow the list, and every one given must hold: words the goal's text
        holds, a state, a section, overdue, due before or after a day (an absolute or relative
        date, see docs/dates.md). A goal's due date is the one 'roadmap next' shows.
        """,
        arguments: [GoalFilterOption.wordsArgument],
        options: Option.specs,
        examples: ["roadmap list --open", "roadmap list docker", "roadmap list --in '6-Month Goals'", "roadmap list --overdue --state started",
                   "roadmap list --due-before 2026-12-31 --json"])

    enum Option: CommandOptions {
        case open, done, state, `in`, overdue, dueBefore, dueAfter, priority, scheduled, started, ready, blocked, json

        var spec: OptionSpec {
            switch self {
            case .open: OptionSpec(long: "open", help: "Only goals not done yet (open, in progress, other states)")
            case .done: OptionSpec(long: "done", help: "Only done goals")
            case .state: GoalFilterOption.state
            case .in: GoalFilterOption.section
            case .overdue: GoalFilterOption.overdue
            case .dueBefore: GoalFilterOption.dueBefore
            case .dueAfter: GoalFilterOption.dueAfter
            case .priority: TasksFilterOption.priority
            case .scheduled: TasksFilterOption.scheduled
            case .started: TasksFilterOption.started
            case .ready: OptionSpec(long: "ready", help: "Only open goals that wait (⛔) for no open goal")
            case .blocked: OptionSpec(long: "blocked", help: "Only goals that wait (⛔) for a goal still open")
            case .json: OptionSpec(long: "json", help: "Print JSON (see docs/json.md for the shape)")
            }
        }
    }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        if call.flag(.open) && call.flag(.done) {
            throw .usage("--open and --done exclude each other", command: spec.name)
        }
        let filter = try GoalFilterOption.filter(call, state: .state, overdue: .overdue, dueBefore: .dueBefore, dueAfter: .dueAfter, section: .in)
        let plan = try call.context.loadPlan(tracking: call.flag(.json) || filter.needsDueDates)
        let schedule = call.flag(.json) || filter.needsDueDates ? try call.context.schedule(plan) : nil
        var refs = plan.goals(matching: filter, schedule: schedule)
        if call.flag(.open) { refs = plan.goals(refs, .open) }
        if call.flag(.done) { refs = plan.goals(refs, .done) }
        refs = try TasksFilterOption.filter(call, .priority, .scheduled, .started, ready: .ready, blocked: .blocked).filter(refs, in: plan, today: call.context.today())
        if call.flag(.json), let schedule {
            var json = call.console.jsonWriter()
            RoadmapJSON.goals(refs, of: plan, schedule: schedule, into: &json)
            json.flush()
            call.console.print()
            return .success
        }
        if let section = call.value(.in), refs.isEmpty, plan.goals(inSectionMatching: section).isEmpty {
            throw .failure("\(plan.files[0].path): no heading matches '\(section)'")
        }
        let style = Style(color: call.context.usesColor)
        var group: GoalRef?
        for ref in refs {
            let roadmap = plan.files[ref.file].roadmap
            let goal = roadmap.goals[ref.goal]
            // Goals are grouped under their section: a (file, section) pair.
            let here = GoalRef(file: ref.file, goal: goal.sectionIndex)
            if here != group {
                let titles = plan.displayPath(ofFile: ref.file, section: goal.sectionIndex).map(PlainText.of)
                let path = titles.joined(separator: " › ")
                if group != nil { call.console.print() }
                group = here
                // A long path is cut in its middle: its last heading is where the goals are (issue 25).
                let shown = path.isEmpty ? FileSystem.baseName(of: plan.files[ref.file].path) : path
                call.console.print(style.bold(Columns.truncateMiddle(shown, to: call.context.width, keeping: Columns.width(titles.last ?? "") + 3)))
            }
            call.console.print("  " + GoalLine.render(ref, plan, style, width: call.context.width - 2, indent: goal.depth))
        }
        if refs.isEmpty { call.console.print("No goals to list.") }
        return .success
    }
}
