import CommandLineKit

/// A program that is not roadmap, declared as any program would: the library must name it, and
/// roadmap nowhere, in everything it generates.
enum PaintValue: CustomValueKind {
    case colour

    static func implied(by placeholder: String) -> PaintValue? { placeholder.uppercased() == "COLOUR" ? .colour : nil }
    var shellAction: ShellAction { .words(["red", "blue"]) }
}

enum Paint {
    static let fill = CommandSpec<PaintValue>(
        name: "fill", abstract: "Fill an area",
        arguments: [ArgumentSpec(name: "path", help: "The picture")],
        options: [OptionSpec(long: "colour", short: "c", value: "COLOUR", help: "The colour")],
        examples: ["paint fill a.png -c red"])
    static let show = CommandSpec<PaintValue>(name: "show", abstract: "Show a picture")

    static let program = ProgramSpec<PaintValue>(
        name: "paint", abstract: "colour pictures in", version: "1.2", commands: [fill, show],
        globalOptions: [OptionSpec(long: "help", short: "h", help: "Show help"),
                        OptionSpec(long: "version", help: "Show the version")],
        defaultCommand: "show", helpEpilogue: "Bye.\n")
}
