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
        'roadmap list' shows) and is written in its own file.
        """,
        arguments: [GoalChange.queryArgument],
        options: GoalChange.options + [OptionSpec(long: "no-date", help: "Do not append the ✅ completion date")],
        examples: ["roadmap check 12", "roadmap check docker basics", "roadmap check kubernetes --in '6-Month' --dry-run"])

    static func run(_ call: Invocation) throws(CLIError) -> ExitCode {
        try GoalChange.run(call, to: .done, verb: "Checked", spec: spec)
    }
}

/// `roadmap uncheck`: untick goals.
enum UncheckCommand: Command {
    static let spec = CommandSpec(
        name: "uncheck",
        abstract: "Untick goals, found by id or by words",
        discussion: """
        Sets goals back to open ([ ]) and removes a ' ✅ YYYY-MM-DD' completion date from the line.
        Queries work as for 'roadmap check'.
        """,
        arguments: [GoalChange.queryArgument],
        options: GoalChange.options,
        examples: ["roadmap uncheck 12", "roadmap uncheck docker --dry-run"])

    static func run(_ call: Invocation) throws(CLIError) -> ExitCode {
        try GoalChange.run(call, to: .open, verb: "Unchecked", spec: spec)
    }
}

/// What check and uncheck share: finding the goals, refusing what is unclear, writing the edits.
enum GoalChange {
    static let queryArgument = ArgumentSpec(name: "query", help: "A goal id, several ids, or words from one goal's text", isVariadic: true)
    static let options = [
        OptionSpec(long: "in", value: "SECTION", help: "Only goals under headings containing this text"),
        OptionSpec(long: "dry-run", help: "Print the change as a unified diff and write nothing"),
        OptionSpec(long: "force", help: "Also change goals with a custom state like [>] or [?]"),
    ]

    static func run(_ call: Invocation, to state: GoalState, verb: String, spec: CommandSpec) throws(CLIError) -> ExitCode {
        let args = call.arguments
        let date = args.flag("no-date") ? nil : try call.context.today()
        let plan = try call.context.loadPlan()
        let targets = try resolve(args.positionals, section: args.value("in"), in: plan)
        var edits = [[TextEdit]](repeating: [], count: plan.files.count)
        var changed: [GoalRef] = []
        for ref in targets {
            let roadmap = plan.files[ref.file].roadmap
            let goal = roadmap.goals[ref.goal]
            if goal.state == state {
                call.console.print("\(plan.displayID(ref)) is already \(state == .done ? "done" : "open"): \(roadmap.text(of: ref.goal))")
                continue
            }
            if goal.state == .other && !args.flag("force") {
                throw .failure("\(plan.files[ref.file].path):\(goal.line): goal \(plan.displayID(ref)) has the custom state [\(roadmap.text(goal.markerRange))]; use --force to change it")
            }
            edits[ref.file] += roadmap.edits(setting: ref.goal, to: state, doneDate: date)
            changed.append(ref)
        }
        guard !changed.isEmpty else { return .success }
        if args.flag("dry-run") {
            call.console.write(diff(edits, plan))
            return .success
        }
        try call.context.save(edits, in: plan)
        var tally = plan.tally
        for ref in changed {
            tally.remove(plan.state(of: ref))
            tally.add(state)
        }
        let style = Style(color: call.context.usesColor)
        for ref in changed {
            let text = plan.files[ref.file].roadmap.text(of: ref.goal, withoutDoneDate: true)
            call.console.print("\(verb) \(style.dim(plan.displayID(ref))) \(PlainText.of(text))")
        }
        call.console.print(style.dim("\(tally.done)/\(tally.counted) done (\(tally.percent)%)"))
        return .success
    }

    /// `--dry-run`: one unified diff per file that would change, in the plan's order.
    static func diff(_ edits: [[TextEdit]], _ plan: Plan) -> String {
        var out = ""
        for (file, edits) in edits.enumerated() where !edits.isEmpty {
            out += UnifiedDiff.render(plan.files[file].roadmap.bytes, edits, path: plan.files[file].path)
        }
        return out
    }

    /// The goals the query names, or an error that lists candidates or suggestions.
    static func resolve(_ words: [String], section: String?, in plan: Plan) throws(CLIError) -> [GoalRef] {
        let root = plan.files[0].path
        let allIDs = words.allSatisfy { plan.lookUp(id: $0) != .notAnID }
        let queries = allIDs ? words.map { GoalQuery([$0], section: section) } : [GoalQuery(words, section: section)]
        var result: [GoalRef] = []
        for query in queries {
            switch plan.resolve(query) {
            case let .match(ref):
                if !result.contains(ref) { result.append(ref) }
            case let .noSuchGoal(file, number):
                let count = plan.files[file].roadmap.goals.count
                let id = plan.displayID(GoalRef(file: file, goal: number - 1))
                let what = plan.files.count == 1 ? "the roadmap" : "the file"
                throw .failure("\(plan.files[file].path): no goal \(id); \(what) has \(count) goal\(count == 1 ? "" : "s") (see 'roadmap list')")
            case let .noSuchFile(name):
                let keys = plan.files.dropFirst().map(\.key).joined(separator: ", ")
                let hint = keys.isEmpty ? "it links no other file" : "ids outside \(root) start with one of: \(keys)"
                throw .failure("\(root): no file '\(name)' in this roadmap; \(hint)")
            case let .ambiguous(refs):
                let shown = refs.prefix(20).map { GoalLine.candidate($0, plan) }
                let more = refs.count > 20 ? ["  … and \(refs.count - 20) more"] : []
                throw .failure("\(root): \(refs.count) goals match '\(query.words.joined(separator: " "))'; name one by id:", details: shown + more)
            case let .none(suggestions):
                if let section, plan.goals(inSectionMatching: section).isEmpty {
                    throw .failure("\(root): no heading matches '\(section)'")
                }
                let details = suggestions.isEmpty ? [] : ["Closest goals:"] + suggestions.map { GoalLine.candidate($0, plan) }
                throw .failure("\(root): no goal matches '\(query.words.joined(separator: " "))'", details: details)
            }
        }
        return result
    }
}
