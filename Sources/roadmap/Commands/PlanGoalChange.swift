import RoadmapKit

/// `check` and `uncheck` across a plan's files: the query is resolved over every file, and each
/// edit is written to the file that holds the goal; the other files are not touched.
enum PlanGoalChange {
    static func run(_ call: Invocation, _ plan: Plan, to state: GoalState, verb: String, date: CivilDate?) throws(CLIError) -> ExitCode {
        let args = call.arguments
        let targets = try resolve(args.positionals, section: args.value("in"), in: plan)
        var edits: [Int: [TextEdit]] = [:]
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
            edits[ref.file, default: []] += roadmap.edits(setting: ref.goal, to: state, doneDate: date)
            changed.append(ref)
        }
        guard !edits.isEmpty else { return .success }
        let files = edits.keys.sorted()
        if args.flag("dry-run") {
            for file in files {
                call.console.write(UnifiedDiff.render(plan.files[file].roadmap.bytes, edits[file]!, path: plan.files[file].path))
            }
            return .success
        }
        for file in files {
            try call.context.save(edits[file]!, for: call.context.loaded(plan, file: file))
        }
        var tally = plan.tally
        for ref in changed {
            tally.remove(plan.state(of: ref))
            tally.add(state)
        }
        let style = Style(color: call.context.usesColor)
        for ref in changed {
            let text = plan.files[ref.file].roadmap.text(of: ref.goal, withoutDoneDate: true)
            call.console.print("\(verb) \(style.dim(plan.displayID(ref)))", cutting: PlainText.of(text), to: call.context.echoWidth)
        }
        call.console.print(style.dim("\(tally.done)/\(tally.counted) done (\(tally.percent)%)"))
        return .success
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
                throw .failure("\(plan.files[file].path): no goal \(id); the file has \(count) goal\(count == 1 ? "" : "s") (see 'roadmap list')")
            case let .noSuchFile(name):
                let keys = plan.files.dropFirst().map(\.key).joined(separator: ", ")
                throw .failure("\(root): no file '\(name)' in this roadmap; ids outside \(root) start with one of: \(keys)")
            case let .ambiguous(refs):
                let shown = refs.prefix(20).map { PlanGoalLine.candidate($0, plan) }
                let more = refs.count > 20 ? ["  … and \(refs.count - 20) more"] : []
                throw .failure("\(root): \(refs.count) goals match '\(query.words.joined(separator: " "))'; name one by id:", details: shown + more)
            case let .none(suggestions):
                if let section, plan.goals(inSectionMatching: section).isEmpty {
                    throw .failure("\(root): no heading matches '\(section)'")
                }
                let details = suggestions.isEmpty ? [] : ["Closest goals:"] + suggestions.map { PlanGoalLine.candidate($0, plan) }
                throw .failure("\(root): no goal matches '\(query.words.joined(separator: " "))'", details: details)
            }
        }
        return result
    }
}
