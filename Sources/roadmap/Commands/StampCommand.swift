import RoadmapKit

/// `roadmap stamp`: done dates for goals ticked by hand.
enum StampCommand: Command {
    static let spec = CommandSpec(
        name: "stamp",
        abstract: "Give goals ticked by hand their ✅ done date, from git",
        discussion: """
        A box ticked in an editor has no ' ✅ YYYY-MM-DD', so reviews and 'roadmap history'
        cannot place it in time. stamp writes that date on every done goal without one (or on
        those the queries name): the day of the commit in which the goal first appears ticked
        (the last time, if it was unticked in between), when the file is in a git work tree;
        today for a box ticked since the last commit. Goals are followed through the
        history by their text, so one that moved or was reworded a little keeps its day. --date
        gives every goal that day instead (for a file outside git). Each date is appended as a
        tick appends it; nothing else on the line moves, and 'roadmap undo' reverts the stamp.
        """,
        arguments: [ArgumentSpec(name: "query", help: "Goal ids or words from one goal's text (default: every done goal without a date)",
                                 isVariadic: true, isOptional: true)],
        options: Option.specs,
        examples: ["roadmap stamp", "roadmap stamp --dry-run", "roadmap stamp 12 --date 2026-03-01"])

    enum Option: CommandOptions {
        case date, dryRun, force

        var spec: OptionSpec {
            switch self {
            case .date: OptionSpec(long: "date", value: "DATE", help: "Stamp this day instead of the one git gives (YYYY-MM-DD, or relative: yesterday)")
            case .dryRun: OptionSpec.dryRun
            case .force: OptionSpec.forceReadOnly
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let context = call.context
        let today = try context.today()
        let given = try call.date(.date)
        let plan = try context.loadPlan()
        let stamped = try goals(call, plan)
        let targets = stamped.goals
        guard !targets.isEmpty else {
            if call.arguments.positionals.isEmpty { call.console.print("Every done goal has its ✅ date; nothing to stamp.") }
            return .success
        }
        var dated: [(ref: GoalRef, date: CivilDate)] = []
        if let given {
            dated = stamped.dated(on: given)
        } else {
            switch context.gitReplay(plan, today: today, refusalIsError: true) {
            case let .failure(unavailable):
                throw .failure("\(unavailable.reason), so the days the boxes were ticked are unknown; give one with --date YYYY-MM-DD")
            case let .success(replay):
                // Left out: done already where the history git has begins (it lacked older objects).
                dated = stamped.dated(by: replay.tickedOn)
                if let begins = replay.begins, dated.count < targets.count {
                    context.console.warn(plan.files[0].path, "\(Count.of(targets.count - dated.count, "done goal")) ticked before \(begins), where the "
                                         + "history git has begins, cannot be dated; 'roadmap stamp --date YYYY-MM-DD' dates them")
                }
            }
        }
        let edits = plan.stampEdits(dated)
        if call.flag(.dryRun) {
            call.context.writeDiff(UnifiedDiff.render(edits, in: plan))
            return .success
        }
        // The plan's files as one change (one journal entry, one undo).
        try context.save(edits, in: plan, force: call.flag(.force))
        let style = Style(color: context.usesColor)
        for (ref, date) in dated {
            let text = PlainText.of(plan.files[ref.file].roadmap.text(of: ref.goal))
            call.console.print("Stamped \(style.dim(plan.displayID(ref))) \(Columns.truncate(text, to: max(20, context.width - 30))) ✅ \(date)")
        }
        call.console.print(style.dim("\(Count.of(dated.count, "goal")) dated" + (given == nil ? " from git" : "")))
        return .success
    }

    /// Every done goal without a date, or those the queries name (each must be one of them).
    private static func goals(_ call: Invocation<Self>, _ plan: Plan) throws(CLIError) -> StampTargets {
        let words = call.arguments.positionals
        let targets = plan.stampTargets(named: words.isEmpty ? nil : try GoalChange.goals(words, command: spec.name, section: nil, in: plan, call.context))
        for skipped in targets.skipped {
            switch skipped {
            case let .notDone(ref):
                call.console.print("\(plan.displayID(ref)) is not done, so it has no done date: \(PlainText.of(plan.files[ref.file].roadmap.text(of: ref.goal)))")
            case let .alreadyDated(ref, date):
                call.console.print("\(plan.displayID(ref)) already has its done date, \(date): \(PlainText.of(plan.files[ref.file].roadmap.text(of: ref.goal, withoutDoneDate: true)))")
            }
        }
        return targets
    }
}
