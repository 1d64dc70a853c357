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
        fill-in fields stay as they are. Run with --dry-run first to see the diff.
        """,
        arguments: [ArgumentSpec(name: "file", help: "The roadmap to change (default: as --file)", isOptional: true, kind: .file)],
        options: [
            OptionSpec(long: "in", value: "SECTION", help: "Also adopt bullets under headings containing this text", repeatable: true, kind: .section),
            OptionSpec(long: "dry-run", help: "Print the change as a unified diff and write nothing"),
        ],
        examples: ["roadmap adopt plan.md --dry-run", "roadmap adopt plan.md", "roadmap adopt plan.md --in 'Weekly Commitments'"])

    static func run(_ call: Invocation) throws(CLIError) -> ExitCode {
        let args = call.arguments
        let loaded = try call.context.load(args.positionals.first)
        let roadmap = loaded.roadmap
        let adoption = Adoption(roadmap, names: args.values("in"))
        if let name = adoption.unmatchedNames.first {
            throw .failure("\(loaded.path): no heading matches '\(name)'; nothing written")
        }
        guard !adoption.edits.isEmpty else {
            call.console.print("Nothing to adopt in \(loaded.path): no plain list items under headings about \(Adoption.keywords.dropLast().map { $0 + "s" }.joined(separator: ", ")) or \(Adoption.keywords.last!)s; name other headings with --in.")
            return .success
        }
        if args.flag("dry-run") {
            call.console.write(UnifiedDiff.render(roadmap.bytes, adoption.edits, path: loaded.path))
            return .success
        }
        let bytes = adoption.edits.applied(to: roadmap.bytes)
        try call.context.save(bytes, for: loaded)
        call.console.print("Adopted \(adoption.items.count) goal\(adoption.items.count == 1 ? "" : "s") in \(loaded.path):")
        var counts: [(section: Int, count: Int)] = []
        for item in adoption.items {
            if counts.last?.section == item.section { counts[counts.count - 1].count += 1 } else { counts.append((item.section, 1)) }
        }
        let style = Style(color: call.context.usesColor)
        for (section, count) in counts {
            let path = roadmap.displayPath(ofSection: section).map(PlainText.of).joined(separator: " › ")
            call.console.print("  \(Columns.padLeft(String(count), to: 3))  \(path.isEmpty ? loaded.path : path)")
        }
        let explicit = args.positionals.first.map { " -f \($0)" } ?? ""
        call.console.print(style.dim("Next: roadmap\(explicit) status"))
        return .success
    }
}
