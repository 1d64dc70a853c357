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
        let loaded = try call.context.load()
        if let plan = call.context.plan(for: loaded) { return try PlanGoalChange.run(call, plan, to: state, verb: verb, date: date) }
        let roadmap = loaded.roadmap
        let targets = try resolve(args.positionals, section: args.value("in"), in: loaded)

        var edits: [TextEdit] = []
        var changed: [Int] = []
        var notes: [String] = []
        for index in targets {
            let goal = roadmap.goals[index]
            if goal.state == state {
                notes.append("#\(index + 1) is already \(state == .done ? "done" : "open"): \(roadmap.text(of: index))")
                continue
            }
            if goal.state == .other && !args.flag("force") {
                throw .failure("\(loaded.path):\(goal.line): goal #\(index + 1) has the custom state [\(roadmap.text(goal.markerRange))]; use --force to change it")
            }
            edits += roadmap.edits(setting: index, to: state, doneDate: date)
            changed.append(index)
        }
        let style = Style(color: call.context.usesColor)
        for note in notes { call.console.print(note) }
        guard !edits.isEmpty else { return .success }
        if args.flag("dry-run") {
            call.console.write(UnifiedDiff.render(roadmap.bytes, edits, path: loaded.path))
            return .success
        }
        try call.context.save(edits, for: loaded)
        var tally = roadmap.tally
        for index in changed {
            tally.remove(roadmap.goals[index].state)
            tally.add(state)
        }
        for index in changed {
            call.console.print("\(verb) \(style.dim("#\(index + 1)"))", cutting: PlainText.of(roadmap.text(of: index, withoutDoneDate: true)), to: call.context.echoWidth)
        }
        call.console.print(style.dim("\(tally.done)/\(tally.counted) done (\(tally.percent)%)"))
        return .success
    }

    /// The goals the query names, or an error that lists candidates or suggestions.
    static func resolve(_ words: [String], section: String?, in loaded: LoadedRoadmap) throws(CLIError) -> [Int] {
        let roadmap = loaded.roadmap
        let queries = words.allSatisfy { GoalQuery([$0]).id != nil } ? words.map { GoalQuery([$0], section: section) } : [GoalQuery(words, section: section)]
        var result: [Int] = []
        for query in queries {
            switch query.resolve(in: roadmap) {
            case let .match(index):
                if !result.contains(index) { result.append(index) }
            case let .noSuchID(id):
                throw .failure("\(loaded.path): no goal #\(id); the roadmap has \(roadmap.goals.count) goal\(roadmap.goals.count == 1 ? "" : "s") (see 'roadmap list')")
            case let .ambiguous(indices):
                let shown = indices.prefix(20).map { candidate($0, roadmap) }
                let more = indices.count > 20 ? ["  … and \(indices.count - 20) more"] : []
                throw .failure("\(loaded.path): \(indices.count) goals match '\(query.words.joined(separator: " "))'; name one by id:", details: shown + more)
            case let .none(suggestions):
                if let section, roadmap.goalIndices(inSectionMatching: section).isEmpty {
                    throw .failure("\(loaded.path): no heading matches '\(section)'")
                }
                let details = suggestions.isEmpty ? [] : ["Closest goals:"] + suggestions.map { candidate($0, roadmap) }
                throw .failure("\(loaded.path): no goal matches '\(query.words.joined(separator: " "))'", details: details)
            }
        }
        return result
    }

    private static func candidate(_ index: Int, _ roadmap: Roadmap) -> String {
        let goal = roadmap.goals[index]
        let path = roadmap.displayPath(ofSection: goal.sectionIndex).map(PlainText.of).joined(separator: " › ")
        let box = "[\(roadmap.text(goal.markerRange))]"
        return "  #\(index + 1) \(box) \(PlainText.of(roadmap.text(of: index)))" + (path.isEmpty ? "" : "  (\(path), line \(goal.line))")
    }
}
