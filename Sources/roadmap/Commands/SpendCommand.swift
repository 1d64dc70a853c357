import RoadmapKit

/// `roadmap spend`: add time to a goal's `⏱` (or `[spent:: …]`).
enum SpendCommand: Command {
    static let spec = CommandSpec(
        name: "spend",
        abstract: "Add time spent to a goal: ⏱ 12.5h or [spent:: 12.5h]",
        discussion: """
        Adds TIME (1.5h, 90m or 1h30m) to the time spent written on the goal's line, '⏱ 12.5h' or
        '[spent:: 12.5h]', rewriting only its value; a goal without one gets ' ⏱ 1.5h' after its
        text (before its Obsidian Tasks fields). An estimate on the line, '[estimate:: 40h]', is
        shown beside it; status totals both per section. A negative TIME takes time back:
        'roadmap spend kubernetes -30m' (a minus before a digit is a value, not an option). Undo
        with 'roadmap undo'.
        """,
        arguments: ProgressChanging.arguments(last: ArgumentSpec(name: "time", help: "How long: 1.5h, 90m or 1h30m")),
        options: ProgressChanging.Option.specs,
        examples: ["roadmap spend kubernetes 1.5h", "roadmap spend 12 90m", "roadmap spend kubernetes -30m", "roadmap spend 'system design' 1h30m --dry-run"])

    typealias Option = ProgressChanging.Option

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        var words = call.arguments.positionals
        let text = words.removeLast()
        let negative = text.hasPrefix("-")
        guard let minutes = WorkTime.minutes(Array(text.utf8.dropFirst(negative ? 1 : 0))[...]) else {
            throw .usage("'\(text)' is not a time: write 1.5h, 90m or 1h30m", command: spec.name)
        }
        let plan = try call.context.loadPlan()
        let ref = try ProgressChanging.goal(call, words, section: call.value(.in), in: plan)
        let roadmap = plan.files[ref.file].roadmap
        let change: SpendChange
        do {
            change = try roadmap.spendChange(ref.goal, adding: negative ? -minutes : minutes)
        } catch {
            throw ProgressChanging.failure(error, ref, plan, command: spec.name)
        }
        var edits = [[TextEdit]](repeating: [], count: plan.files.count)
        edits[ref.file] = change.edits
        var line = "\(plan.displayID(ref)) \(PlainText.of(roadmap.progressLabel(of: ref.goal))): \(WorkTime.text(change.before)) → \(WorkTime.text(change.after))"
        if let estimate = change.estimate { line += " of \(WorkTime.text(estimate)) estimated" }
        return try ProgressChanging.write(call, edits, plan, dryRun: call.flag(.dryRun), line: line, Style(color: call.context.usesColor))
    }
}
