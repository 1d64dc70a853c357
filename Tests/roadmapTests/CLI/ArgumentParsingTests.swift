import Testing
@testable import roadmap

/// The command-line contract: where options may go, how values are given, and what a mistake says.
struct ArgumentParsingTests {
    let plan = ["plan.md": "# Plan\n- [ ] Learn Docker\n- [x] Learn Git\n"]

    @Test(arguments: [
        ["-f", "plan.md", "status"], ["status", "-f", "plan.md"], ["--file=plan.md", "status"], ["status", "-fplan.md"],
        ["--file", "plan.md"], ["status", "--file", "plan.md", "--no-color"],
    ])
    func globalOptionsBeforeOrAfterTheCommand(arguments: [String]) throws {
        let result = try CLIHarness(files: plan).run(arguments)
        #expect(result.status == .success)
        #expect(result.stdout.contains("1/2"))
    }

    @Test func doubleDashEndsOptions() throws {
        let h = try CLIHarness(files: ["plan.md": "- [ ] --weird goal\n"])
        let result = h.run(["check", "-f", "plan.md", "--no-date", "--", "--weird"])
        #expect(result.status == .success)
        #expect(try h.read("plan.md") == "- [x] --weird goal\n")
    }

    @Test func unknownOptionSuggestsTheClosest() throws {
        let result = try CLIHarness(files: plan).run(["status", "--jsno"])
        #expect(result.status == .usage)
        #expect(result.stderr == "error: unknown option '--jsno' (did you mean '--json'?)\nUsage: roadmap status [<path>] [--depth <n>] [--json] [--format <format>]\nSee 'roadmap help status'.\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownCommandSuggestsTheClosest() throws {
        let result = try CLIHarness(files: plan).run(["stauts"])
        #expect(result.status == .usage)
        #expect(result.stderr.hasPrefix("error: unknown command 'stauts' (did you mean 'status'?)\n"))
    }

    @Test func missingValueAndMissingArgument() throws {
        let h = try CLIHarness(files: plan)
        #expect(h.run(["status", "--depth"]).stderr.hasPrefix("error: --depth needs a value (N)"))
        #expect(h.run(["check", "-f", "plan.md"]).stderr.hasPrefix("error: missing <query>"))
        #expect(h.run(["status", "--depth", "x"]).stderr.hasPrefix("error: --depth takes a whole number, not 'x'"))
        #expect(h.run(["fields", "extra"]).stderr.hasPrefix("error: unexpected argument 'extra'"))
        #expect(h.run(["status", "--json=yes"]).status == .usage)
        #expect(h.run(["status", "--depth", "1", "--depth", "2"]).status == .usage)
    }

    /// A repeatable option keeps every value in order; the last one is the value.
    @Test func repeatedValuesKeepTheirOrder() {
        var parsed = ParsedArguments()
        parsed.append("Python=45", to: "metric")
        parsed.append("Good month", to: "note")
        parsed.append("Kubernetes=55%", to: "metric")
        let environment = Environment(variables: [:], currentDirectory: "/", stdinIsTerminal: false, stdoutIsTerminal: false, terminalWidth: nil)
        let context = Context(console: Console(capturing: true), environment: environment, arguments: parsed, commandName: "review")
        let call = Invocation<ReviewCommand>(arguments: parsed, context: context)
        #expect(call.values(.metric) == ["Python=45", "Kubernetes=55%"])
        #expect(call.value(.metric) == "Kubernetes=55%" && call.value(.note) == "Good month")
        #expect(call.value(.adjust) == nil && call.values(.adjust) == [])
    }

    @Test func badTodayIsAUsageError() throws {
        let h = try CLIHarness(files: plan)
        let result = h.run(["check", "-f", "plan.md", "docker", "--today", "2026-02-30"])
        #expect(result.status == .usage)
        #expect(result.stderr.hasPrefix("error: '2026-02-30' is not a date; --today and ROADMAP_TODAY take YYYY-MM-DD"))
        #expect(try h.read("plan.md") == plan["plan.md"])
    }

    @Test func helpAndVersion() throws {
        let h = try CLIHarness()
        #expect(h.run(["--version"]).stdout == "roadmap 0.1.0\n")
        #expect(h.run(["--help"]).stdout.hasPrefix("roadmap: track a career roadmap"))
        #expect(h.run(["-h"]).stdout.hasPrefix("roadmap: track a career roadmap"))
        #expect(h.run(["check", "--help"]).stdout.hasPrefix("roadmap check: "))
        #expect(h.run(["help", "list"]).stdout.hasPrefix("roadmap list: "))
        #expect(h.run(["help", "lst"]).status == .usage)
    }

    @Test func everyCommandHasHelp() throws {
        let h = try CLIHarness()
        for spec in RoadmapCLI.specs {
            let result = h.run([spec.name, "--help"])
            #expect(result.status == .success)
            #expect(result.stdout.contains("Usage: roadmap \(spec.name)"))
        }
    }
}
