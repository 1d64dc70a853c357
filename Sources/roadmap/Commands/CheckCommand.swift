import RoadmapKit

/// `roadmap check`: tick goals.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Tick goals, found by id or by words",
        discussion: """
        A query is a goal id (12 or #12), several ids, or words that must all appear in one goal's
        text (case does not matter; markdown syntax is ignored). If several goals match, nothing is
        written and the candidates are listed with their ids. The tick changes only the state
        character and appends the completion date as ' ✅ YYYY-MM-DD' (Obsidian Tasks style),
        which monthly reviews read; --no-date leaves the line otherwise untouched. In a roadmap
        split across files, a goal in a linked file has the id FILE:N (phase-1-foundation:3, as
        'roadmap list' shows) and is written in its own file. A recurring goal ('🔁 every week')
        gets its next occurrence on a new line above it, its dates moved by the rule, as Obsidian
        Tasks writes it ('🏁 delete' keeps only the new line); one undo takes back both. A goal
        whose ✅ date roadmap took off earlier the same day (start, cancel, uncheck or reopen on a
        done goal, often through a stale id) gets that date back, found in the journal, unless
        --date or --no-date says otherwise; a reopen on an earlier day, or a hand edit since, and
        the goal is dated today.
        """,
        arguments: [GoalChange.queryArgument(setting: .done)],
        options: Option.specs,
        examples: ["roadmap check 12", "roadmap check 3 5 7-9", "roadmap check docker basics", "roadmap check 4 --date 2026-11-20",
                   "roadmap check kubernetes --in '6-Month' --dry-run"])

    enum Option: CommandOptions {
        case `in`, dryRun, force, noDate, date

        var spec: OptionSpec {
            switch self {
            case .in: GoalChange.Option.in.spec
            case .dryRun: GoalChange.Option.dryRun.spec
            case .force: GoalChange.Option.force.spec
            case .noDate: OptionSpec(long: "no-date", help: "Do not append the ✅ completion date")
            case .date: OptionSpec(long: "date", value: "DATE", help: "Write DATE (YYYY-MM-DD, or relative: yesterday, -2d, friday) as the completion date instead of today", kind: .date)
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        var request = GoalChange.Request(doneDate: try GoalChange.doneDate(call), section: call.value(.in),
                                         dryRun: call.flag(.dryRun), force: call.flag(.force))
        request.restoresDroppedDates = !call.flag(.noDate) && call.value(.date) == nil
        return try GoalChange.run(call, to: .done, verb: "Checked", request)
    }
}

/// `roadmap uncheck`: untick goals.
enum UncheckCommand: Command {
    static let spec = CommandSpec(
        name: "uncheck",
        abstract: "Untick goals, found by id or by words",
        discussion: """
        Sets done goals back to open ([ ]) and removes a ' ✅ YYYY-MM-DD' completion date from the
        line. Queries work as for 'roadmap check'; 'roadmap reopen' opens goals in any state.
        """,
        arguments: [GoalChange.queryArgument(setting: .open)],
        options: Option.specs,
        examples: ["roadmap uncheck 12", "roadmap uncheck docker --dry-run"])

    typealias Option = GoalChange.Option

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        try GoalChange.run(call, to: .open, verb: "Unchecked")
    }
}


/// `roadmap start`: mark goals in progress.
enum StartCommand: Command {
    static let spec = CommandSpec(
        name: "start",
        abstract: "Mark goals in progress ([/])",
        discussion: """
        Sets the box of each goal to [/], which status and next list as in progress (it counts as
        not done). A done goal loses its completion date. --date also writes the Obsidian Tasks
        start date ('🛫 DATE', or [start:: DATE] on a line that uses Dataview fields), or moves
        the one the goal has. Queries work as for 'roadmap check'.
        """,
        arguments: [GoalChange.queryArgument(setting: .inProgress)],
        options: Option.specs,
        examples: ["roadmap start 12", "roadmap start 12 --date 2026-12-01", "roadmap start kubernetes operators --dry-run"])

    enum Option: CommandOptions {
        case `in`, dryRun, force, date

        var spec: OptionSpec {
            switch self {
            case .in: GoalChange.Option.in.spec
            case .dryRun: GoalChange.Option.dryRun.spec
            case .force: GoalChange.Option.force.spec
            case .date: OptionSpec(long: "date", value: "DATE", help: "Also write DATE (YYYY-MM-DD) as the start date (🛫)", kind: .date)
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        var start: CivilDate?
        if let text = call.value(.date) {
            guard let date = CivilDate(iso: text) else { throw .usage("--date takes YYYY-MM-DD, not '\(text)'", command: spec.name) }
            start = date
        }
        let request = GoalChange.Request(doneDate: try call.context.today(), startDate: start, section: call.value(.in),
                                         dryRun: call.flag(.dryRun), force: call.flag(.force))
        return try GoalChange.run(call, to: .inProgress, verb: "Started", request)
    }
}

/// `roadmap cancel`: drop goals from the plan without deleting them.
enum CancelCommand: Command {
    static let spec = CommandSpec(
        name: "cancel",
        abstract: "Cancel goals ([-]): kept in the file, left out of the percentage",
        discussion: """
        Sets the box of each goal to [-]. A cancelled goal stays in the file as a record, and is
        left out of done/total and the percentage. Queries work as for 'roadmap check'.
        """,
        arguments: [GoalChange.queryArgument(setting: .cancelled)],
        options: Option.specs,
        examples: ["roadmap cancel 14", "roadmap cancel terraform --in '1-Year'"])

    typealias Option = GoalChange.Option

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        try GoalChange.run(call, to: .cancelled, verb: "Cancelled")
    }
}

/// `roadmap reopen`: back to open from any state.
enum ReopenCommand: Command {
    static let spec = CommandSpec(
        name: "reopen",
        abstract: "Set goals back to open ([ ]) from any state",
        discussion: """
        Sets the box of each goal to [ ] whatever it was (done, in progress, cancelled or a custom
        state, which needs no --force here) and removes a completion date. Queries work as for
        'roadmap check'.
        """,
        arguments: [GoalChange.queryArgument(setting: .open)],
        options: Option.specs,
        examples: ["roadmap reopen 14", "roadmap reopen 3-5 --dry-run"])

    enum Option: CommandOptions {
        case `in`, dryRun, force

        var spec: OptionSpec {
            switch self {
            case .in: GoalChange.Option.in.spec
            case .dryRun: GoalChange.Option.dryRun.spec
            case .force: OptionSpec.forceReadOnly
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let request = GoalChange.Request(doneDate: try call.context.today(), section: call.value(.in), dryRun: call.flag(.dryRun),
                                         force: call.flag(.force), fromAnyState: true)
        return try GoalChange.run(call, to: .open, verb: "Reopened", request)
    }
}
