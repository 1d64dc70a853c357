import RoadmapKit

/// `roadmap depend`: make a goal wait for another (Obsidian Tasks' `🆔` and `⛔`).
enum DependCommand: Command {
    static let spec = CommandSpec(
        name: "depend",
        abstract: "Make a goal wait for another (Obsidian Tasks ⛔ and 🆔)",
        discussion: """
        Writes '⛔ ID' on GOAL's line, or adds ID to its list, where ID is the '🆔' of the goal
        named by --on; a goal without one gets a short id made from its first words
        (learn-docker), unique in the plan. Both are written where Obsidian Tasks reads them, in
        the form the line (else the file) uses: emoji, or Dataview [dependsOn:: ID]. A link that
        would close a cycle is refused. 'next' then leaves GOAL out until the other is done or
        cancelled. --remove takes the id out again, --clear every id; the other goal keeps its
        🆔. Queries work as for 'roadmap check', one goal each.
        """,
        arguments: [ArgumentSpec(name: "goal", help: "The goal that waits: an id, or words from its text", isVariadic: true,
                                 kind: .goal(changingTo: nil))],
        options: Option.specs,
        examples: ["roadmap depend 7 --on 3", "roadmap depend deploy to kubernetes --on 'learn docker'",
                   "roadmap depend 7 --on 3 --remove", "roadmap depend 7 --clear --dry-run"])

    enum Option: CommandOptions {
        case on, remove, clear, `in`, dryRun

        var spec: OptionSpec {
            switch self {
            case .on: OptionSpec(long: "on", value: "OTHER", help: "The goal waited for: an id, or words from its text", kind: .goal(changingTo: nil))
            case .remove: OptionSpec(long: "remove", help: "Stop waiting for OTHER")
            case .clear: OptionSpec(long: "clear", help: "Stop waiting for any goal")
            case .in: GoalChange.Option.in.spec
            case .dryRun: OptionSpec.dryRun
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let on = call.value(.on)
        if call.flag(.clear) && (on != nil || call.flag(.remove)) {
            throw .usage("--clear takes no --on and no --remove", command: spec.name)
        }
        if on == nil && !call.flag(.clear) { throw .usage("say which goal it waits for with --on (or --clear)", command: spec.name) }
        let plan = try call.context.loadPlan()
        let goal = try one(call.arguments.positionals, plan, call)
        let other = try on.map { text throws(CLIError) in try one(text.split(separator: " ").map(String.init), plan, call) }
        let change: DependencyChange
        let said: String
        if let other, !call.flag(.remove) {
            switch plan.depending(goal, on: other) {
            case let .success(done): change = done
            case let .failure(.cycle(refs)):
                let circle = (refs + [goal]).map(plan.displayID).joined(separator: " → ")
                throw .failure("\(plan.displayID(goal)) cannot wait for \(plan.displayID(other)): that would close a cycle, \(circle)")
            }
            said = "\(plan.displayID(goal)) waits for \(plan.displayID(other)) (⛔ \(change.id))"
        } else {
            change = plan.notDepending(goal, on: other)
            said = other.map { "\(plan.displayID(goal)) no longer waits for \(plan.displayID($0))" } ?? "\(plan.displayID(goal)) waits for no goal"
        }
        if change.edits.allSatisfy(\.isEmpty) {
            call.console.print("Nothing to change: " + said)
            return .success
        }
        if call.flag(.dryRun) {
            call.console.write(UnifiedDiff.render(change.edits, in: plan))
            return .success
        }
        try call.context.save(change.edits, in: plan)
        call.console.print(said)
        return .success
    }

    /// The one goal `words` name.
    private static func one(_ words: [String], _ plan: Plan, _ call: Invocation<Self>) throws(CLIError) -> GoalRef {
        let refs = try GoalChange.goals(words, command: spec.name, section: call.value(.in), in: plan, call.context)
        guard refs.count == 1, let ref = refs.first else { throw .usage("name one goal, not \(refs.count)", command: spec.name) }
        return ref
    }
}
