import RoadmapKit

/// `roadmap adopt`: make a plan written as plain bullets trackable, in place.
enum AdoptCommand: Command {
    static let spec = CommandSpec(
        name: "adopt",
        abstract: "Turn plain bullets under goal-like headings into goals",
        discussion: """
        Under headings that name targets, goals, milestones, phases, checkpoints or next steps, or
        a period of the plan ('Month 5: ...', 'Foundations (Year 1)'), and those named with --in,
        and everything below them, each list item that has no checkbox
        gets one: '- x' becomes '- [ ] x', '1. x' becomes '1. [ ] x', and '- ✅ x' becomes the open
        goal '- [ ] x'. Nothing else changes: '(Month 3)' markers, code, quotes, tables, prose and
        fill-in fields stay as they are; so do 'Label: value' items ('- **Team Size**: 20-30')
        unless the label says by when ('**Today**:', 'Month 2:'), and lists under a heading or bold
        title that describes ('What This Demonstrates', 'Tech Stack'). A section that says to
        choose one ('Alternative Paths (Choose One Focus)') gets a choice line at its top
        ('**Choice:** [ ] Path 1 [ ] Path 2', for 'roadmap select') and no goals. A roadmap split across files is adopted in every file,
        as one change that one 'roadmap undo' takes back. Run with --dry-run first to see the diff.
        """,
        arguments: [ArgumentSpec(name: "file", help: "The roadmap to change (default: as --file)", isOptional: true, kind: .file)],
        options: Option.specs,
        examples: ["roadmap adopt plan.md --dry-run", "roadmap adopt plan.md", "roadmap adopt plan.md --in 'Weekly Commitments'"])

    enum Option: CommandOptions {
        case `in`, dryRun

        var spec: OptionSpec {
            switch self {
            case .in: OptionSpec(long: "in", value: "SECTION", help: "Also adopt bullets under headings containing this text", repeatable: true, kind: .section)
            case .dryRun: OptionSpec.dryRun
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let args = call.arguments
        let plan = try call.context.loadPlan(args.positionals.first)
        let names = call.values(.in)
        // Every file of the plan, as every command reads it: a name is unmatched when no file has it.
        let adoption = plan.adoption(names: names)
        let adoptions = adoption.files
        let whole = plan.files[0].path + (plan.files.count == 1 ? "" : " and \(Count.of(plan.files.count - 1, "linked file"))")
        if let name = adoption.unmatchedName {
            throw .failure("\(whole): no heading matches '\(name)'; nothing written")
        }
        let edits = adoption.edits
        guard edits.contains(where: { !$0.isEmpty }) else {
            call.console.print("Nothing to adopt in \(whole): no plain list items under headings about \(Adoption.keywords.dropLast().map { $0 + "s" }.joined(separator: ", ")) or \(Adoption.keywords.last!)s; name other headings with --in.")
            return .success
        }
        if call.flag(.dryRun) {
            call.console.write(UnifiedDiff.render(edits, in: plan))
            return .success
        }
        try call.context.save(edits, in: plan)
        let changed = edits.indices.filter { !edits[$0].isEmpty }
        let total = adoption.total
        let place = changed.count == 1 ? plan.files[changed[0]].path : "\(changed.count) files"
        call.console.print("Adopted \(Count.of(total, "goal")) in \(place):")
        for f in changed {
            var counts: [(section: Int, count: Int)] = []
            for item in adoptions[f].items {
                if counts.last?.section == item.section { counts[counts.count - 1].count += 1 } else { counts.append((item.section, 1)) }
            }
            for (section, count) in counts {
                let path = plan.displayPath(ofFile: f, section: section).map(PlainText.of).joined(separator: " › ")
                call.console.print("  \(Columns.padLeft(String(count), to: 3))  \(path.isEmpty ? plan.files[f].path : path)")
            }
            // A choose-one section became a choice, not goals (Adoption).
            for section in adoptions[f].choiceSections {
                let path = plan.displayPath(ofFile: f, section: section).map(PlainText.of).joined(separator: " › ")
                call.console.print("  a choice to make, not goals: \(path) (roadmap select Choice OPTION)")
            }
        }
        let style = Style(color: call.context.usesColor)
        let explicit = args.positionals.first.map { " -f \($0)" } ?? ""
        call.console.print(style.dim("Next: roadmap\(explicit) status"))
        return .success
    }
}
