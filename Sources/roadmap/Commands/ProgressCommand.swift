import RoadmapKit

/// `roadmap add-progress`: move a goal's count (`(120/300)`, `[count:: 120/300]`).
enum AddProgressCommand: Command {
    static let spec = CommandSpec(
        name: "add-progress",
        abstract: "Add to a goal's count, (120/300) or [count:: 120/300]",
        discussion: """
        A goal whose line ends in a count, '- [ ] Solve 300 LeetCode problems (120/300)' or
        '[count:: 120/300]', has partial progress: status, the report and list count it as 120/300
        of one goal. add-progress adds N to the count (default 1; a negative N takes back) and
        rewrites only its digits. Reaching the target ticks the goal with today's date, as check
        does; a ticked goal taken back below it is reopened. The last word is N when it is a whole
        number, so 'roadmap add-progress leetcode 5' adds 5. On a habit ([habit:: 3/week], see
        'roadmap skip') without a count, it writes today's entry '- [x] YYYY-MM-DD' under it.
        Undo with 'roadmap undo'.
        """,
        arguments: ProgressChanging.arguments(last: ArgumentSpec(name: "n", help: "How many to add (default 1; negative takes back)", isOptional: true)),
        options: ProgressChanging.Option.specs,
        examples: ["roadmap add-progress leetcode", "roadmap add-progress 12 5", "roadmap add-progress books -1 --dry-run"])

    typealias Option = ProgressChanging.Option

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        var words = call.arguments.positionals
        var delta = 1
        if words.count > 1, let n = Int(words[words.count - 1]) {
            delta = n
            words.removeLast()
        }
        return try ProgressChanging.run(call, words, habitEntry: true) { roadmap, goal, today throws(ProgressProblem) in
            try roadmap.progressChange(goal, adding: delta, today: today)
        }
    }
}

/// `roadmap set-progress`: set a goal's count, or give it one.
enum SetProgressCommand: Command {
    static let spec = CommandSpec(
        name: "set-progress",
        abstract: "Set a goal's count: N, or N/TARGET (which adds a count)",
        discussion: """
        Sets the count of a goal (see add-progress): N keeps the target, N/TARGET sets both and
        gives a goal without a count one, written after its text ('(0/300)', or '[count:: 0/300]'
        on a line that writes its fields the Dataview way). Reaching the target ticks the goal.
        """,
        arguments: ProgressChanging.arguments(last: ArgumentSpec(name: "count", help: "N, or N/TARGET")),
        options: ProgressChanging.Option.specs,
        examples: ["roadmap set-progress leetcode 150", "roadmap set-progress 'read books' 0/12"])

    typealias Option = ProgressChanging.Option

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        var words = call.arguments.positionals
        let value = words.removeLast()
        return try ProgressChanging.run(call, words) { roadmap, goal, today throws(ProgressProblem) in
            try roadmap.progressChange(goal, setting: value, today: today)
        }
    }
}

/// What add-progress, set-progress and spend share: one goal found by id or words, the change
/// computed by the library, written as one journal entry or shown as a diff.
enum ProgressChanging {
    static func arguments(last: ArgumentSpec) -> [ArgumentSpec] {
        [ArgumentSpec(name: "goal", help: "A goal id (12, phase-1:4) or words from its text", isVariadic: true, kind: .goal()), last]
    }

    enum Option: CommandOptions {
        case `in`, dryRun

        var spec: OptionSpec {
            switch self {
            case .in: GoalChange.Option.in.spec
            case .dryRun: OptionSpec.dryRun
            }
        }
    }

    /// The one goal `words` name (refusing several).
    static func goal<C: Command>(_ call: Invocation<C>, _ words: [String], section: String?, in plan: Plan) throws(CLIError) -> GoalRef {
        let refs = try GoalChange.goals(words, command: C.spec.name, section: section, in: plan, call.context)
        guard refs.count == 1, let ref = refs.first else {
            throw .usage("name one goal, not \(refs.count)", command: C.spec.name)
        }
        return ref
    }

    /// - Parameter habitEntry: on a habit without a count, write today's entry instead (add-progress).
    static func run<C: Command>(_ call: Invocation<C>, _ words: [String], habitEntry: Bool = false,
                                _ change: (Roadmap, Int, CivilDate) throws(ProgressProblem) -> ProgressChange) throws(CLIError) -> ExitCode
    where C.Option == Option {
        let today = try call.context.today()
        let plan = try call.context.loadPlan()
        let ref = try goal(call, words, section: call.value(.in), in: plan)
        let roadmap = plan.files[ref.file].roadmap
        if habitEntry, roadmap.progress(of: ref.goal).count == nil, roadmap.habitRuleToWrite(of: ref.goal) != nil {
            return try HabitEntryWrite.run(call, ref, plan, date: today, skipped: false, today: today, dryRun: call.flag(.dryRun))
        }
        let result: ProgressChange
        do { result = try change(roadmap, ref.goal, today) } catch { throw failure(error, ref, plan, command: C.spec.name) }
        var edits = [[TextEdit]](repeating: [], count: plan.files.count)
        edits[ref.file] = result.edits
        let style = Style(color: call.context.usesColor)
        let before = result.before.map { "\($0.done)/\($0.target)" } ?? "no count"
        var line = "\(plan.displayID(ref)) \(PlainText.of(roadmap.progressLabel(of: ref.goal))): \(before) → \(result.after.done)/\(result.after.target)"
        if result.state == .done { line += ", checked" }
        if result.state == .open { line += ", reopened" }
        return try write(call, edits, plan, dryRun: call.flag(.dryRun), line: line, style)
    }

    /// Writes (or, for --dry-run, shows) the edits and says what changed.
    static func write<C: Command>(_ call: Invocation<C>, _ edits: [[TextEdit]], _ plan: Plan, dryRun: Bool, line: String,
                                  _ style: Style) throws(CLIError) -> ExitCode {
        if dryRun {
            call.console.write(UnifiedDiff.render(edits, in: plan))
            return .success
        }
        if !edits.allSatisfy(\.isEmpty) { try call.context.save(edits, in: plan) }
        call.console.print(line)
        return .success
    }

    /// A refusal, worded with the goal's id and line.
    static func failure(_ problem: ProgressProblem, _ ref: GoalRef, _ plan: Plan, command: String) -> CLIError {
        let roadmap = plan.files[ref.file].roadmap
        let place = "\(plan.files[ref.file].path):\(roadmap.goals[ref.goal].line)"
        let id = plan.displayID(ref)
        switch problem {
        case .noCount:
            return .failure("\(place): goal \(id) has no count; give it one with 'roadmap set-progress \(id) 0/TARGET' or write (0/TARGET) after its text")
        case let .belowZero(count):
            return .failure("\(place): goal \(id) is at \(count.done)/\(count.target): its count cannot go below 0")
        case let .notACount(text):
            return .usage("'\(text)' is not a count: N or N/TARGET, whole numbers of at most nine digits, TARGET above 0", command: command)
        case let .belowZeroTime(minutes):
            return .failure("\(place): goal \(id) has \(WorkTime.text(minutes)) spent: time spent cannot go below 0")
        }
    }
}
