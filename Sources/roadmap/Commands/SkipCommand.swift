import RoadmapKit

/// `roadmap skip`: a habit's period skipped, not broken.
enum SkipCommand: Command {
    static let spec = CommandSpec(
        name: "skip",
        abstract: "Skip a habit today: its streak is kept",
        discussion: """
        A habit is a goal with '[habit:: 3/week]' (N/day, N/week, N/month, daily, weekly, monthly)
        or an Obsidian Tasks recurrence 'every day', 'every week' or 'every month'. Its record is a
        dated sub-list under it: 'roadmap add-progress GOAL' writes '- [x] YYYY-MM-DD' for a time
        done, skip writes '- [-] YYYY-MM-DD', which Obsidian Tasks reads as a cancelled occurrence.
        A period with a skip neither adds to the streak nor breaks it; status shows this period's
        count, the current streak and the longest. Habits are counted apart from goals: never in
        done/total or a percent, so a habit neither finishes a section nor holds it at 0%.
        """,
        arguments: [ArgumentSpec(name: "goal", help: "A habit's id or words from its text", isVariadic: true, kind: .goal())],
        options: Option.specs,
        examples: ["roadmap skip blog", "roadmap skip 12 --date 2026-12-06 --dry-run"])

    enum Option: CommandOptions {
        case `in`, dryRun, date

        var spec: OptionSpec {
            switch self {
            case .in: GoalChange.Option.in.spec
            case .dryRun: OptionSpec.dryRun
            case .date: OptionSpec(long: "date", value: "DATE", help: "Skip DATE (YYYY-MM-DD) instead of today", kind: .date)
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        var date = try call.context.today()
        if let text = call.value(.date) {
            guard let given = CivilDate(iso: text) else { throw .usage("--date takes YYYY-MM-DD, not '\(text)'", command: spec.name) }
            date = given
        }
        let plan = try call.context.loadPlan()
        let ref = try ProgressChanging.goal(call, call.arguments.positionals, section: call.value(.in), in: plan)
        return try HabitEntryWrite.run(call, ref, plan, date: date, skipped: true, today: try call.context.today(), dryRun: call.flag(.dryRun))
    }
}

/// What skip and add-progress (on a habit) share: one entry line under the habit, then where it stands.
enum HabitEntryWrite {
    static func run<C: Command>(_ call: Invocation<C>, _ ref: GoalRef, _ plan: Plan, date: CivilDate, skipped: Bool, today: CivilDate,
                                dryRun: Bool) throws(CLIError) -> ExitCode {
        let roadmap = plan.files[ref.file].roadmap
        let place = "\(plan.files[ref.file].path):\(roadmap.goals[ref.goal].line)"
        guard let rule = roadmap.habitRuleToWrite(of: ref.goal) else {
            throw .failure("\(place): goal \(plan.displayID(ref)) is no habit; give it one with [habit:: 3/week]")
        }
        guard let edits = roadmap.habitEntryAddition(ref.goal, date: date, skipped: skipped) else {
            throw .failure("\(place): no place under goal \(plan.displayID(ref)) where a dated line would read as its entry")
        }
        var byFile = [[TextEdit]](repeating: [], count: plan.files.count)
        byFile[ref.file] = edits
        let entries = roadmap.habitEntries(of: ref.goal) + [HabitEntry(date: date, skipped: skipped)]
        let row = HabitReport.Row(ref: ref, rule: rule, streak: HabitStreak(rule, entries, today: today))
        let line = "\(plan.displayID(ref)) \(PlainText.of(roadmap.progressLabel(of: ref.goal))): \(skipped ? "skipped" : "done") \(date); \(HabitReport.words(row))"
        return try ProgressChanging.write(call, byFile, plan, dryRun: dryRun, line: line, Style(color: call.context.usesColor))
    }
}
