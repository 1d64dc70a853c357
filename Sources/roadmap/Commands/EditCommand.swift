import RoadmapKit

/// `roadmap edit`: the person's editor on the roadmap, at a goal's line.
enum EditCommand: Command {
    static let spec = CommandSpec(
        name: "edit",
        abstract: "Open the roadmap in your editor, at a goal's line",
        discussion: """
        Runs $VISUAL, else $EDITOR, else vi, on the file that holds the goal, at its line: '+LINE FILE'
        (vi, vim, nano, emacs and most others), '--goto FILE:LINE' for code, 'FILE:LINE' for subl and
        zed. Without a query, the roadmap file itself. The variable may hold arguments
        (EDITOR='code --wait'); it is split at spaces, with quotes for a path that has them, and run
        without a shell. Needs a terminal.
        """,
        arguments: [ArgumentSpec(name: "query", help: "A goal id or words from one goal's text", isVariadic: true, isOptional: true)],
        options: Option.specs,
        examples: ["roadmap edit", "roadmap edit 12", "EDITOR='code --wait' roadmap edit kubernetes"])

    enum Option: CommandOptions {
        case `in`

        var spec: OptionSpec {
            switch self {
            case .in: OptionSpec(long: "in", value: "SECTION", help: "Only goals under headings containing this text")
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { true }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let environment = call.context.environment
        guard environment.stdinIsTerminal && environment.stdoutIsTerminal else {
            throw .failure("edit opens an editor, which needs a terminal; standard input or output is not one")
        }
        let setting = environment.variable("VISUAL") ?? environment.variable("EDITOR") ?? "vi"
        guard let editor = EditorCommand(setting) else {
            throw .failure("cannot read the editor command '\(setting)' (an unclosed quote?); set VISUAL or EDITOR to a program and its arguments")
        }
        let loaded = try call.context.load()
        var path = loaded.path
        var line: Int?
        if !call.arguments.positionals.isEmpty {
            let plan = call.context.plan(for: loaded)
            try call.context.refuseCutShort("in", call.value(.in), in: plan)
            let refs = try GoalChange.goals(call.arguments.positionals, command: spec.name, section: call.value(.in), in: plan, call.context)
            guard refs.count == 1 else { throw .usage("edit opens one goal; \(refs.count) were named", command: spec.name) }
            path = plan.files[refs[0].file].path
            line = plan.files[refs[0].file].roadmap.goals[refs[0].goal].line
        }
        let arguments = editor.arguments(opening: call.context.fullPath(path), at: line)
        let name = arguments[0]
        let cannotRun = { (why: String) in CLIError.failure("cannot run the editor '\(name)': \(why); set VISUAL or EDITOR to one you have") }
        // Only through an absolute PATH entry or an absolute path: a relative one would run a
        // program of the folder roadmap runs in (a cloned repository's).
        let program: String
        let lookup = OutsideProgram.lookup(name, inPath: environment.variable("PATH"), from: environment.currentDirectory)
        switch lookup {
        case let .found(path): program = path
        case .missing: throw cannotRun("not found on PATH")
        case .relativeEntry: throw cannotRun(lookup.refusal("it"))
        case .relativePath:
            throw .failure("cannot run the editor '\(name)': \(lookup.refusal("it")); set VISUAL or EDITOR to an absolute path or a name on PATH")
        }
        let ended: OutsideProgram.Output
        do {
            ended = try OutsideProgram.run(program, Array(arguments.dropFirst()), environment: environment.variables?.map { "\($0.key)=\($0.value)" },
                                           streams: .terminal)
        } catch {
            throw cannotRun(error.message)
        }
        if let signal = ended.signal { throw .failure("the editor '\(name)' was stopped by signal \(signal)") }
        guard ended.status == 0 else { throw .failure("the editor '\(name)' exited with status \(ended.status)") }
        return .success
    }
}

/// `$VISUAL` or `$EDITOR` as a program and its arguments, split the way a shell would split a
/// simple command (spaces, quotes, backslashes), without running one.
struct EditorCommand: Equatable {
    let words: [String]

    init?(_ setting: String) {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in setting {
            if escaped { word.append(c); escaped = false; inWord = true; continue }
            if c == "\\" && quote != "'" { escaped = true; continue }
            if let q = quote {
                if c == q { quote = nil } else { word.append(c) }
                continue
            }
            if c == "'" || c == "\"" { quote = c; inWord = true; continue }
            if c == " " || c == "\t" {
                if inWord { words.append(word); word = ""; inWord = false }
                continue
            }
            word.append(c)
            inWord = true
        }
        guard quote == nil, !escaped else { return nil }
        if inWord { words.append(word) }
        guard !words.isEmpty else { return nil }
        self.words = words
    }

    /// The command line that opens `file` at `line` in this editor.
    func arguments(opening file: String, at line: Int?) -> [String] {
        guard let line else { return words + [file] }
        let program = words[0].split(separator: "/").last.map(String.init) ?? words[0]
        switch program {
        case "code", "code-insiders", "codium": return words + ["--goto", "\(file):\(line)"]
        case "subl", "zed": return words + ["\(file):\(line)"]
        default: return words + ["+\(line)", file]
        }
    }
}
