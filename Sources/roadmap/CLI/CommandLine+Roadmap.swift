// The command-line framework and terminal output are libraries of their own (CommandLineKit,
// TerminalOutput), reusable by a program that is not roadmap; every file of this module sees them
// through these re-exports, and sees their generic declarations with roadmap's own kinds of value
// (`RoadmapValue`) filled in, under the names the commands were written with.
@_exported import CommandLineKit
@_exported import TerminalOutput

typealias ValueKind = CommandLineKit.ValueKind<RoadmapValue>
typealias OptionSpec = CommandLineKit.OptionSpec<RoadmapValue>
typealias ArgumentSpec = CommandLineKit.ArgumentSpec<RoadmapValue>
typealias CommandSpec = CommandLineKit.CommandSpec<RoadmapValue>
typealias NoOptions = CommandLineKit.NoOptions<RoadmapValue>
typealias ProgramSpec = CommandLineKit.ProgramSpec<RoadmapValue>
typealias ShellTable = CommandLineKit.ShellTable<RoadmapValue>
typealias CompletionPoint = CommandLineKit.CompletionPoint<RoadmapValue>

extension CommandLineKit.OptionSpec where Custom == RoadmapValue {
    /// What every command that writes a roadmap offers (git's convention).
    /// `--force` of a command whose only refusal it overrides is a read-only file.
    static var forceReadOnly: OptionSpec { OptionSpec(long: "force", help: "Write the file even if it is read-only") }
    static var dryRun: OptionSpec { OptionSpec(long: "dry-run", help: "Print the change as a unified diff and write nothing") }
}
