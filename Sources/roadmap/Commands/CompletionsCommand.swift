/// `roadmap completions SHELL`: a completion script for bash, zsh or fish, generated from the
/// command specs. Names from the roadmap itself come from the hidden `roadmap __complete`.
enum CompletionsCommand: Command {
    static let shells = ["bash", "zsh", "fish"]

    static let spec = CommandSpec(
        name: "completions",
        abstract: "Print a shell completion script (bash, zsh or fish)",
        discussion: """
        The script completes commands, options and their values: file names for --file, today's
        date for dates, template names for init, and from the roadmap in reach goal ids and words
        for check and uncheck, section titles for --in, and field, metric and group labels.
        'make install' installs all three; to load one by hand, see the examples.
        """,
        arguments: [ArgumentSpec(name: "shell", help: "bash, zsh or fish", kind: .oneOf(shells))],
        examples: ["source <(roadmap completions bash)   # in ~/.bashrc",
                   "roadmap completions zsh > ~/.zfunc/_roadmap   # a directory in $fpath",
                   "roadmap completions fish > ~/.config/fish/completions/roadmap.fish"])

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let table = ShellTable(specs: RoadmapCLI.specs)
        switch call.arguments.positionals[0] {
        case "bash": call.console.write(BashScript.render(table))
        case "zsh": call.console.write(ZshScript.render(table))
        case "fish": call.console.write(FishScript.render(table))
        case let other: throw .usage("no completions for '\(other)'; shells: \(shells.joined(separator: ", "))", command: spec.name)
        }
        return .success
    }
}

/// `roadmap __complete WORDS…`, hidden: the candidates for the last word, one per line as
/// `value<TAB>description`. Run by the completion scripts at every Tab, so it reads at most
/// the roadmap, never writes, never prints an error and always exits 0.
enum CompleteCommand {
    static let name = "__complete"

    static func run(_ words: [String], environment: Environment, console: Console) -> ExitCode {
        let specs = RoadmapCLI.specs
        let point = CompletionPoint(words: words, specs: specs)
        for candidate in CompletionSource(specs: specs, environment: environment).candidates(at: point) {
            console.print(candidate.line)
        }
        return .success
    }
}
