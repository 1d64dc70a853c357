import RoadmapKit

/// `roadmap select`: choose one option of a single-choice group, in place.
enum SelectCommand: Command {
    static let spec = CommandSpec(
        name: "select",
        abstract: "Choose one option of a group like '**Status:** [ ] A [ ] B'",
        discussion: """
        GROUP is the group's label (Status, Company Type) or a path that ends with it, through the
        bold title or heading above it: 'Project 2 > Status'. A label that occurs more than once
        needs --in or a path; the error lists the groups and nothing is written. OPTION is the
        option's text, or enough of it to pick one. Exactly that option is ticked and the others
        unticked; only the characters between the brackets change.
        """,
        arguments: [
            ArgumentSpec(name: "group", help: "The group's label, or a path ending with it", kind: .choice),
            ArgumentSpec(name: "option", help: "The option to tick (its text, or a unique part of it)"),
        ],
        options: Option.specs,
        examples: [
            "roadmap select 'Project 2 > Status' 'In Progress'",
            "roadmap select Status Complete --in 'Project 1'",
            "roadmap select Location Remote --in 'Target Position'",
        ])

    enum Option: CommandOptions {
        case `in`, dryRun, force

        var spec: OptionSpec {
            switch self {
            case .in: OptionSpec(long: "in", value: "SECTION", help: "Only groups under headings or bold titles containing this text", kind: .section)
            case .dryRun: OptionSpec.dryRun
            case .force: OptionSpec.forceReadOnly
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let args = call.arguments
        let label = args.positionals[0], wanted = args.positionals[1]
        let plan = try call.context.loadPlan(tracking: true)
        let schedule = try call.context.schedule(plan)
        let root = plan.files[0].path
        let labels = PlanLabels(schedule)
        let (files, query) = labels.query(label, section: call.value(.in))
        let found = labels.groups(query, in: files)
        guard !found.isEmpty else {
            let all = files.flatMap { file in schedule.tracking(file).groups.indices.map { PlanSchedule.Ref(file: file, index: $0) } }
            let details = all.isEmpty ? ["This roadmap has no option groups."] : ["Groups:"] + all.prefix(20).map { TrackingText.candidate(group: $0, schedule) }
            throw .failure("\(root): no option group named '\(label)'", details: details)
        }
        guard found.count == 1 else {
            let first = schedule.tracking(found[0].file)
            let example = first.name(of: first.groups[found[0].index])
            throw .failure("\(root): \(found.count) groups are labelled '\(label)'; say which with --in SECTION or a path like \(TrackingText.quoted(example)):",
                           details: found.map { TrackingText.candidate(group: $0, schedule) })
        }
        let ref = found[0]
        let tracking = schedule.tracking(ref.file)
        let group = tracking.groups[ref.index]
        let option = try resolve(wanted, in: group, tracking, path: plan.files[ref.file].path)
        let name = tracking.name(of: group)
        let text = tracking.text(of: group.options[option])
        var edits = [[TextEdit]](repeating: [], count: plan.files.count)
        edits[ref.file] = tracking.edits(selecting: option, in: group)
        guard !edits[ref.file].isEmpty else {
            call.console.print("\(name) is already '\(text)'")
            return .success
        }
        if call.flag(.dryRun) {
            call.context.writeDiff(UnifiedDiff.render(edits, in: plan))
            return .success
        }
        try call.context.save(edits, in: plan, force: call.flag(.force))
        let place = ref.file == 0 ? "line \(group.line)" : "\(plan.files[ref.file].path) line \(group.line)"
        call.console.print("Selected '\(text)' for \(name) (\(place))")
        return .success
    }

    /// The option `wanted` names (`Tracking.option(in:named:)`), or why none is chosen.
    private static func resolve(_ wanted: String, in group: OptionGroup, _ tracking: Tracking, path: String) throws(CLIError) -> Int {
        do {
            return try tracking.option(in: group, named: wanted)
        } catch {
            let (what, options) = switch error {
            case let .none(options): ("no", options)
            case let .several(options): ("more than one", options)
            }
            let listed = options.map { "'\($0)'" }.joined(separator: ", ")
            throw .failure("\(path):\(group.line): \(what) option of \(tracking.name(of: group)) matches '\(wanted)'; the options are \(listed)")
        }
    }
}
