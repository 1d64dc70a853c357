import RoadmapKit

/// `roadmap init`: write a bundled roadmap into a directory, with the blanks that matter filled.
enum InitCommand: Command {
    static let spec = CommandSpec(
        name: "init",
        abstract: "Start a roadmap from a bundled template",
        discussion: """
        Writes the template (all files of a multi-file guide) into DIR and fills its Name, Start
        Date (default: today), Current Role and Target Role fields. The career roadmap is written as
        career-roadmap.md, every other template as roadmap.md (a guide's index; its phase files keep
        their names beside it), so 'roadmap status' in DIR finds it. Nothing is overwritten: if any
        file exists, nothing is written and the exit status is 1. On a terminal, with none of the
        field options, init asks for the four fields. See 'roadmap templates' for the names.
        """,
        arguments: [ArgumentSpec(name: "template", help: "A bundled roadmap (default: career-roadmap)", isOptional: true, kind: .template)],
        options: Option.specs,
        examples: ["roadmap init", "roadmap init devops-to-ai-architect --dir guide --name 'Ada Lovelace'",
                   "roadmap init director-roadmap --start 2026-01-05 --dry-run"])

    enum Option: CommandOptions {
        case name, start, currentRole, targetRole, dir, force, dryRun

        var spec: OptionSpec {
            switch self {
            case .name: OptionSpec(long: "name", value: "NAME", help: "Your name, for the Name field")
            case .start: OptionSpec(long: "start", value: "DATE", help: "Start date, YYYY-MM-DD or relative: monday, som (default: today)", kind: .date)
            case .currentRole: OptionSpec(long: "current-role", value: "ROLE", help: "For the Current Role field")
            case .targetRole: OptionSpec(long: "target-role", value: "ROLE", help: "For the Target Role field (default: the template's)")
            case .dir: OptionSpec(long: "dir", value: "DIR", help: "Where to write (default: the current directory; created if missing)", kind: .directory)
            case .force: OptionSpec(long: "force", help: "Write it even below a folder with a roadmap, which 'status' there would no longer find")
            case .dryRun: OptionSpec(long: "dry-run", help: "Print the files as a unified diff from nothing and write nothing")
            }
        }
    }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let args = call.arguments
        let context = call.context
        let templateName = args.positionals.first ?? "career-roadmap"
        guard let template = BundledTemplate.named(templateName) else {
            let hint = Closeness.closest(templateName, among: BundledTemplate.all.map(\.name)).map { " (did you mean '\($0)'?)" } ?? ""
            throw .usage("no template '\(templateName)'\(hint); 'roadmap templates' lists them", command: spec.name)
        }
        var answers = try InitAnswers(call, today: try context.today(), command: spec.name)
        if answers.targetRole == nil, let main = template.file(template.mainFile) {
            answers.targetRole = FieldFilling.value(main.bytes, "Target Role")
        }
        let directory = call.value(.dir) ?? "."
        let installation = TemplateInstallation(template, fields: answers.fields)
        let shown = installation.files.map { directory == "." ? $0.path : joined(directory, $0.path) }
        try refuseToOverwrite(shown, installation, directory: directory, context)
        if !call.flag(.force) { try refuseToHide(directory: directory, context) }

        if context.environment.stdinIsTerminal && !InitAnswers.options.contains(where: { call.value($0) != nil }) {
            answers = try InitPrompts.ask(answers, context)
        }
        let filled = TemplateInstallation(template, fields: answers.fields)
        if call.flag(.dryRun) {
            // The diff on stdout (`> init.patch` applies), what it is about on stderr.
            for (path, file) in zip(shown, filled.files) {
                call.context.writeDiff(UnifiedDiff.creating(file.bytes, path: path))
                call.console.printError("Would create \(path) (\(file.bytes.count) bytes)")
            }
            call.console.printError(summary(answers))
            return .success
        }
        try write(filled, to: shown, directory: directory, context)
        // Counted as status counts them: a habit is apart from the goals (issue 27).
        var tally = Tally()
        for file in filled.files { tally += Roadmap(parsing: file.bytes).tally }
        let habits = tally.habits > 0 ? ", \(Count.of(tally.habits, "habit"))" : ""
        call.console.print("Created \(shown.joined(separator: ", ")) from \(template.name) (\(tally.total) goals\(habits))")
        call.console.print(summary(answers))
        call.console.print("Next: roadmap status" + (directory == "." ? "" : " \(directory)"))
        return .success
    }

    /// Every target is checked before anything is written; so is a career-roadmap.md that
    /// `status` would find before the roadmap.md written here.
    private static func refuseToOverwrite(_ paths: [String], _ installation: TemplateInstallation, directory: String, _ context: Context) throws(CLIError) {
        if FileSystem.exists(context.fullPath(directory)) && !FileSystem.isDirectory(context.fullPath(directory)) {
            throw .failure("\(directory): exists and is not a directory; nothing written")
        }
        // A link counts, dangling or not: creating the file would create it where the link points.
        let existing = paths.filter { FileSystem.exists(context.fullPath($0)) || FileSystem.symbolicLinkText(context.fullPath($0)) != nil }
        if !existing.isEmpty {
            throw .failure("\(existing.joined(separator: ", ")): already exist\(existing.count == 1 ? "s" : ""); init never overwrites, nothing written (choose another --dir)")
        }
        for earlier in installation.namesFoundBefore {
            let path = directory == "." ? earlier : joined(directory, earlier)
            if FileSystem.exists(context.fullPath(path)) {
                throw .failure("\(path): exists and 'roadmap status' would find it before \(installation.mainFile); nothing written (choose another --dir)")
            }
        }
    }

    /// A roadmap in a folder above DIR is what `status` finds in DIR today; a new one in DIR would
    /// hide it there without a word, so that takes --force.
    private static func refuseToHide(directory: String, _ context: Context) throws(CLIError) {
        guard let (folder, name) = TemplateInstallation.hiddenRoadmap(byOneIn: context.fullPath(directory)) else { return }
        // Shown relative to the current directory, as the person would reach it.
        let here = TemplateInstallation.components(context.environment.currentDirectory)
        var common = 0
        while common < min(folder.count, here.count) && folder[common] == here[common] { common += 1 }
        let path = String(repeating: "../", count: here.count - common) + (folder[common...] + [name]).joined(separator: "/")
        let named = directory == "." ? (here.last ?? "/") : directory
        throw .failure("\(path): 'roadmap status' in \(named) finds this roadmap; a new one there would hide it. Nothing written; use --force to create it anyway, or --dir for another folder")
    }

    private static func write(_ installation: TemplateInstallation, to paths: [String], directory: String, _ context: Context) throws(CLIError) {
        do {
            try FileSystem.createDirectories(context.fullPath(directory))
        } catch {
            throw .failure("\(directory): \(error.message); nothing written")
        }
        for (index, (path, file)) in zip(paths, installation.files).enumerated() {
            do {
                try FileSystem.createNew(file.bytes, at: context.fullPath(path))
            } catch {
                for written in paths[..<index] { FileSystem.remove(context.fullPath(written)) }
                throw .failure("\(path): \(error.message); nothing written")
            }
        }
    }

    private static func summary(_ answers: InitAnswers) -> String {
        var parts = ["Name: \(answers.name ?? "(blank)")", "Start Date: \(answers.start)"]
        if let role = answers.currentRole { parts.append("Current Role: \(role)") }
        if let role = answers.targetRole { parts.append("Target Role: \(role)") }
        return parts.joined(separator: " · ")
    }

    private static func joined(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
