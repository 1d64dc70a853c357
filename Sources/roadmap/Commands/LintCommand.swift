import RoadmapKit

/// `roadmap lint`: what a person would want to fix in the roadmap, one line each (the checks
/// are `Lint` in RoadmapKit). Writes nothing, except the mojibake repair when asked for.
enum LintCommand: Command {
    static let spec = CommandSpec(
        name: "lint",
        abstract: "Problems worth fixing in the roadmap, one line each",
        discussion: """
        Lists, as FILE:LINE: warning: ..., boxes that are almost tasks ([], [ x], -[ ], - [ ]text),
        single-choice groups with two options ticked, done goals whose sub-goals are open and open
        goals whose sub-goals are all done, done goals without a done date, due dates that are no
        date (📅 2026-13-40), checkpoints past due with their Date blank, the same goal twice side
        by side, links to local files that do not exist or out of the plan's folder, a '⛔ ID'
        that names no goal's '🆔', two goals with one '🆔', goals that wait for each other in a
        circle, recurrence rules roadmap cannot read ('🔁 every January'), and mojibake (UTF-8 that was read as
        Windows-1252, Mac Roman or code page 437 and saved again: ðŸŽ¯ for 🎯; never in code, and a
        pair like Ã© only where the rest of its line agrees). In a roadmap across files every file
        is checked. Exits 1 when there is anything to report. lint writes nothing, except with
        --fix-encoding, which repairs exactly the mojibake lint names (undo reverts it).
        """,
        arguments: [ArgumentSpec(name: "path", help: "The roadmap file or a directory holding one (default: as --file)", isOptional: true)],
        options: Option.specs,
        examples: ["roadmap lint", "roadmap lint guide/ --json", "roadmap lint --fix-encoding --dry-run"])

    enum Option: CommandOptions {
        case json, fixEncoding, dryRun

        var spec: OptionSpec {
            switch self {
            case .json: OptionSpec(long: "json", help: "Print JSON: [{file, line, kind, message}]")
            case .fixEncoding: OptionSpec(long: "fix-encoding", help: "Repair in place the mojibake lint names, and nothing else")
            case .dryRun: OptionSpec(long: "dry-run", help: "With --fix-encoding: print the repair as a unified diff and write nothing")
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { call.flag(.fixEncoding) && !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let args = call.arguments
        if call.flag(.dryRun) && !call.flag(.fixEncoding) {
            throw .usage("--dry-run goes with --fix-encoding (lint itself writes nothing)", command: spec.name)
        }
        let loaded = try call.context.load(args.positionals.first)
        let plan = call.context.readsTree ? try call.context.loadTree(args.positionals.first) : call.context.plan(for: loaded, quiet: true)
        if call.flag(.fixEncoding) { return try fixEncoding(call, plan) }
        // The plan's start as every command takes it (a file opened alone: its index's), for the
        // files without one of their own.
        let schedule = try call.context.schedule(plan)
        var found: [(file: String, finding: LintFinding)] = []
        let planFindings = Lint.planFindings(plan)
        for (k, file) in plan.files.enumerated() {
            let findings = Lint.findings(file.roadmap.bytes, today: schedule.today, fallbackStart: schedule.start,
                                         path: file.path,
                                         exists: { FileSystem.exists(call.context.fullPath($0)) })
            let linked = planFindings.filter { $0.file == k }.map(\.finding)
            found += Lint.joined(findings, linked).map { (file.path, $0) }
        }
        if call.flag(.json) {
            var json = call.console.jsonWriter()
            json.beginArray()
            for (file, finding) in found {
                json.beginObject()
                json.string(file, key: "file")
                json.number(finding.line, key: "line")
                json.string(finding.kind.rawValue, key: "kind")
                json.string(finding.message, key: "message")
                json.endObject()
            }
            json.endArray()
            json.flush()
            call.console.print()
        } else if found.isEmpty {
            call.console.print("\(plan.files.count == 1 ? loaded.path : "\(plan.files.count) files"): nothing to fix")
        } else {
            for (file, finding) in found { call.console.print("\(file):\(finding.line): warning: \(safe(finding.message))") }
        }
        return found.isEmpty ? .success : .failure
    }

    /// `--fix-encoding`: each file's mojibake repaired, exactly the pieces `lint` names (the same
    /// findings), one edit per piece.
    private static func fixEncoding(_ call: Invocation<Self>, _ plan: Plan) throws(CLIError) -> ExitCode {
        let findings = plan.files.map { MojibakeLines.findings($0.roadmap.bytes) }
        let fixes = findings.map { $0.flatMap(\.edits) }
        guard fixes.contains(where: { !$0.isEmpty }) else {
            call.console.print("No mojibake to repair in \(plan.files.count == 1 ? plan.files[0].path : "\(plan.files.count) files").")
            return .success
        }
        if call.flag(.dryRun) {
            call.context.writeDiff(UnifiedDiff.render(fixes, in: plan))
            return .success
        }
        // Every file as one change: one journal entry, which one undo takes back.
        try call.context.save(fixes, in: plan)
        for (file, lines) in zip(plan.files, findings) where !lines.isEmpty {
            call.console.print("Repaired the encoding of \(Count.of(lines.count, "line")) in \(file.path)")
        }
        return .success
    }

    /// A finding on one line: tabs as spaces. Control characters are left to the console, which
    /// shows them as every command does (`\e`, `\xNN`: VisibleControls).
    private static func safe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\t" ? " " : $0 }))
    }
}
