import Testing
@testable import roadmap
import RoadmapKit

/// The scripts are generated from the specs: every command and option appears in each, so a
/// command added to `RoadmapCLI.commands` is completed with no script to edit.
struct CompletionScriptTests {
    @Test(arguments: CompletionsCommand.shells)
    func everyCommandAndOptionIsInTheScript(shell: String) throws {
        let result = try CLIHarness().run(["completions", shell])
        #expect(result.status == .success && result.stderr.isEmpty)
        for spec in RoadmapCLI.specs {
            #expect(result.stdout.contains(spec.name), "\(shell): no \(spec.name)")
            for option in spec.options + GlobalOptions.specs {
                #expect(result.stdout.contains(shell == "fish" ? "-l \(option.long)" : "--\(option.long)"), "\(shell): no \(spec.name) --\(option.long)")
            }
        }
    }

    @Test func unknownShellIsAUsageError() throws {
        let result = try CLIHarness().run(["completions", "tcsh"])
        #expect(result.status == .usage)
        #expect(result.stderr.hasPrefix("error: no completions for 'tcsh'; shells: bash, zsh, fish\n"))
    }

    @Test func valueKindsDefaultFromPlaceholders() {
        #expect(OptionSpec(long: "x", value: "PATH", help: "").valueKind == .file)
        #expect(OptionSpec(long: "x", value: "DATE", help: "").valueKind == .date)
        #expect(OptionSpec(long: "x", value: "SECTION", help: "").valueKind == .section)
        #expect(OptionSpec(long: "x", value: "TEXT", help: "").valueKind == .text)
        #expect(OptionSpec(long: "x", value: "TEXT", help: "", kind: .goal()).valueKind == .goal())
        #expect(ArgumentSpec(name: "path", help: "").valueKind == .file)
        #expect(ArgumentSpec(name: "query", help: "").valueKind == .goal())
    }

    @Test func theSpecsThatNeedKindsHaveThem() {
        let spec = { (name: String) in RoadmapCLI.specs.first { $0.name == name }! }
        #expect(GlobalOptions.specs.first { $0.long == "file" }?.valueKind == .file)
        #expect(GlobalOptions.specs.first { $0.long == "today" }?.valueKind == .date)
        #expect(spec("init").arguments[0].valueKind == .template)
        #expect(spec("init").options.first { $0.long == "start" }?.valueKind == .date)
        for (name, state) in [("check", GoalState.done), ("uncheck", .open)] {
            #expect(spec(name).arguments[0].valueKind == .goal(changingTo: state))
            #expect(spec(name).options.first { $0.long == "in" }?.valueKind == .section)
        }
    }
}
