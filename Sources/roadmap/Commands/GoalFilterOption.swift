import RoadmapKit

/// The filter options `list` and `next` share (issue 25), read into the library's `GoalFilter`:
/// the words are the command's arguments.
enum GoalFilterOption {
    /// The words argument: every one must appear in a goal's text.
    static let wordsArgument = ArgumentSpec(name: "words", help: "Only goals whose text holds every word (case does not matter)",
                                            isVariadic: true, isOptional: true)

    static let state = OptionSpec(long: "state", value: "STATE", help: "Only goals in these states: \(GoalFilter.stateNamesHelp)",
                                  kind: .oneOf(["open", "started", "done", "cancelled", "other"]))
    static let overdue = OptionSpec(long: "overdue", help: "Only goals past their due date and not done")
    static let dueBefore = OptionSpec(long: "due-before", value: "DATE", help: "Only goals due before DATE (YYYY-MM-DD, or relative: tomorrow, +2w, eom)")
    static let dueAfter = OptionSpec(long: "due-after", value: "DATE", help: "Only goals due after DATE (YYYY-MM-DD, or relative)")
    static let section = OptionSpec(long: "in", value: "SECTION", help: "Only goals under headings containing this text (or a path: 'Goals > Skills')",
                                    kind: .section)

    /// The filter the arguments and options ask for; a state or date that is none is a usage error.
    static func filter<C: Command>(_ call: Invocation<C>, state: C.Option, overdue: C.Option, dueBefore: C.Option,
                                   dueAfter: C.Option, section: C.Option) throws(CLIError) -> GoalFilter {
        var filter = GoalFilter(words: call.arguments.positionals, section: call.value(section), overdue: call.flag(overdue),
                                dueAfter: try call.date(dueAfter), dueBefore: try call.date(dueBefore))
        if let text = call.value(state) {
            guard let states = GoalFilter.states(named: text) else {
                throw .usage("--state takes \(GoalFilter.stateNamesHelp), not '\(text)'", command: C.spec.name)
            }
            filter.states = states
        }
        return filter
    }
}
