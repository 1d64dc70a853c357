import Testing
import CommandLineKit

/// The parser and help read the program's declaration, and write its name, not roadmap's.
struct ProgramSpecTests {
    @Test func parsesAgainstTheProgramsOwnCommandsAndGlobalOptions() throws {
        let (spec, parsed) = try ArgumentParser.parse(["fill", "a.png", "--colour=red"], program: Paint.program)
        #expect(spec.name == "fill")
        #expect(parsed.positionals == ["a.png"])
        #expect(parsed.value(Paint.fill.options[0]) == "red")
        #expect(try ArgumentParser.parse([], program: Paint.program).0.name == "show")
    }

    @Test func aStandaloneFlagExcusesAMissingArgument() throws {
        #expect(throws: CLIError.usage("missing <path>", command: "fill")) { try ArgumentParser.parse(["fill"], program: Paint.program) }
        let (_, parsed) = try ArgumentParser.parse(["fill", "--help"], program: Paint.program)
        #expect(parsed.flag(Paint.program.globalOptions[0]))
    }

    @Test func mistakesNameTheClosestCommand() {
        #expect(throws: CLIError.usage("unknown command 'fil' (did you mean 'fill'?)", command: nil)) {
            try ArgumentParser.parse(["fil"], program: Paint.program)
        }
    }

    @Test func aPlaceholderImpliesTheProgramsOwnKind() {
        #expect(Paint.fill.options[0].valueKind == .custom(.colour))
        #expect(Paint.fill.arguments[0].valueKind == .file)
        #expect(OptionSpec<NoCustomValueKind>(long: "x", value: "COLOUR", help: "").valueKind == .text)
    }

    @Test func helpNamesTheProgram() {
        let main = Help.main(Paint.program)
        #expect(main.hasPrefix("paint: colour pictures in\n\nUsage: paint [<command>] [<options>]\n\nCommands:\n"))
        #expect(main.contains("\nWith no command, paint runs 'show'.\n"))
        #expect(main.hasSuffix("\nBye.\n"))
        #expect(Help.usage(Paint.fill, of: Paint.program) == "paint fill <path> [--colour <colour>]")
        #expect(Help.command(Paint.fill, of: Paint.program).hasPrefix("paint fill: Fill an area\n"))
        #expect(Help.version(of: Paint.program) == "paint 1.2")
        #expect(!main.contains("roadmap"))
    }

    @Test func theManualPageNamesTheProgram() {
        let text = ManualText(header: ["made by a test"], description: "Paints.", globalOptions: "Anywhere.",
                              sections: [ManualText.Section(title: "EXIT STATUS", items: [("0", "Painted.")])])
        let page = ManPage.render(Paint.program, text)
        #expect(page.hasPrefix(".\\\" made by a test\n.TH PAINT 1 \"\" \"paint 1.2\" \"User Commands\"\n.SH NAME\npaint \\- colour pictures in\n"))
        #expect(page.contains(".SY \"paint fill\"\n"))
        #expect(page.contains(".SH EXIT STATUS\n.TP\n\\fB0\\fR\nPainted.\n"))
        #expect(!page.contains("roadmap"))
    }
}
