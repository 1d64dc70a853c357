import RoadmapKit

/// `roadmap add`: a new goal, written where the section's list continues (see `GoalAddition`).
enum AddCommand: Command {
    static let spec = CommandSpec(
        name: "add",
        abstract: "Add a goal to a section, or a sub-goal under a goal",
        discussion: """
        Appends '- [ ] TEXT' at the end of the section's last list of goals, in that list's marker
        (-, *, + or the next number), indentation and line endings; a section without goals gets
        a new list at the end of its text. SECTION is matched as --in is elsewhere (words of the
        heading, or a path 'Goals > Skills'); when it names no heading or several, they are listed
        and nothing is written. Without --in or --under the goal goes to the last section that has
        goals (checkpoints left out). --under adds a sub-goal as the last child of that goal.
        --due writes the Obsidian Tasks due date ' 📅 YYYY-MM-DD', which next and status read.
        In a roadmap across files, a section of a linked file takes the goal in that file.
        """,
        arguments: [ArgumentSpec(name: "text", help: "The goal's text (the words are joined with spaces)", isVariadic: true)],
        options: Option.specs,
        examples: [
            "roadmap add Learn Helm --in 'Core Skills'",
            "roadmap add 'Write a blog post about it' --under 12 --due 2026-12-15",
            "roadmap add 'Renew the certificate' --dry-run",
        ])

    enum Option: CommandOptions {
        case `in`, under, due, dryRun, force

        var spec: OptionSpec {
            switch self {
            case .in: OptionSpec(long: "in", value: "SECTION", help: "The heading to add to (words of its title, or a path)")
            case .under: OptionSpec(long: "under", value: "GOAL", help: "Add as the last sub-goal of this goal (an id or words)")
            case .due: OptionSpec(long: "due", value: "DATE", help: "Due date (YYYY-MM-DD, or relative: +2w, friday, eom), written as ' 📅 YYYY-MM-DD'", kind: .date)
            case .dryRun: OptionSpec.dryRun
            case .force: OptionSpec.forceReadOnly
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let args = call.arguments
        let text = args.positionals.joined(separator: " ").trimmingSpaces
        guard !text.isEmpty else { throw .usage("the goal's text is empty", command: spec.name) }
        guard !text.contains(where: { $0.isNewline }) else { throw .usage("the goal's text must be one line", command: spec.name) }
        let due = try call.date(.due)
        let loaded = try call.context.load()
        let plan = call.context.plan(for: loaded)
        let (file, place) = try self.place(call, in: plan, call.context)
        let roadmap = plan.files[file].roadmap
        guard let addition = roadmap.addition(of: text, at: place, due: due) else {
            throw .failure("\(plan.files[file].path): a goal added there would not read as one (the markdown around it takes it in); add it by hand with 'roadmap edit'")
        }
        if call.flag(.dryRun) {
            call.context.writeDiff(UnifiedDiff.render(roadmap.bytes, addition.edits, path: plan.files[file].path))
            return .success
        }
        try call.context.save([(call.context.loaded(plan, file: file), addition.edits)], force: call.flag(.force))
        let added = Roadmap(parsing: addition.edits.applied(to: roadmap.bytes))
        let section = added.goals[addition.goal].sectionIndex
        let path = plan.displayPath(ofFile: file, section: section).map(PlainText.of).joined(separator: " › ")
        let where_ = file == 0 ? "line \(addition.line)" : "\(plan.files[file].path) line \(addition.line)"
        let style = Style(color: call.context.usesColor)
        let id = plan.displayID(GoalRef(file: file, goal: addition.goal))
        call.console.print("Added \(style.dim(id)) [ ] \(PlainText.of(text))  (\(path.isEmpty ? "" : path + ", ")\(where_))")
        return .success
    }

    /// The file and the place in it that --under or --in name (`Plan.placeForAdding`), else the root's last section with goals.
    private static func place(_ call: Invocation<Self>, in plan: Plan, _ context: Context) throws(CLIError) -> (Int, GoalAddition.Place) {
        let root = plan.files[0].path
        try context.refuseCutShort("in", call.value(.in), in: plan)
        try context.refuseCutShort("under", call.value(.under), in: plan, goal: true)
        do {
            let found = try plan.placeForAdding(under: call.value(.under).map { $0.split(separator: " ").map(String.init) }, section: call.value(.in))
            return (found.file, found.place)
        } catch {
            func shown(_ listed: [SectionRef]) -> [String] {
                listed.prefix(20).map { "  " + heading($0, plan) } + (listed.count > 20 ? ["  … and \(listed.count - 20) more"] : [])
            }
            switch error {
            case let .goal(error):
                throw GoalChange.failure(error, in: plan, context)
            case let .noHeading(needle, headings):
                throw .failure("\(root): no heading matches '\(needle)'; nothing written. Headings:", details: shown(headings))
            case let .severalHeadings(needle, found):
                throw .failure("\(root): \(found.count) headings match '\(needle)'; say which with a path like 'Goals > Skills':", details: shown(found))
            }
        }
    }

    private static func heading(_ ref: SectionRef, _ plan: Plan) -> String {
        var path = plan.displayPath(ofFile: ref.file, section: ref.section).map(PlainText.of).joined(separator: " › ")
        if path.isEmpty { path = PlainText.of(plan.files[ref.file].roadmap.bytes, plan.files[ref.file].roadmap.sections[ref.section].titleRange) }
        let line = plan.files[ref.file].roadmap.sections[ref.section].line
        return "\(path)  (\(ref.file == 0 ? "" : plan.files[ref.file].path + " ")line \(line))"
    }
}
