import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// Questions belong to the person at the terminal, data to standard output (issue 25, item 2):
/// `roadmap init --dry-run > out.txt` and `roadmap review > out.txt` put no prompt in the file,
/// and say on standard error what they ask; with standard input not a terminal nothing waits.
@Suite struct PromptStreamTests {
    @Test func initAsksOnStandardError() throws {
        let h = try CLIHarness()
        let result = h.run(["init", "--dry-run"], input: ["Ada", "", "", ""])
        #expect(result.status == .success)
        #expect(!result.stdout.contains("A few blanks") && !result.stdout.contains("Current role:") && !result.stdout.contains("Start date ["))
        #expect(result.stderr.contains("A few blanks to fill"))
        #expect(result.stderr.contains("Name: Current role: Target role [Junior AI Infrastructure Engineer]: Start date [2026-11-22]: "))
        // Standard output is a file here: standard error says what is asked and where the answers go.
        #expect(result.stderr.contains("standard output is not a terminal"))
        #expect(result.stdout.contains("+**Name:** Ada\n"))
    }

    @Test func reviewAsksOnStandardError() throws {
        let h = try CLIHarness(files: ["career-roadmap.md": ReviewSample.text])
        let result = h.run(["review", "--dry-run"], input: Array(repeating: "", count: 9))
        #expect(result.status == .success)
        for prompt in ["Questions", "Tick 'Core practiced weekly'?", "Metrics: the new value", "Note: "] {
            #expect(!result.stdout.contains(prompt), "\(prompt) on stdout")
            #expect(result.stderr.contains(prompt), "\(prompt) not on stderr")
        }
        #expect(result.stderr.contains("standard output is not a terminal"))
        #expect(result.stdout.contains("@@"))  // the diff, the data, stays on stdout
    }

    @Test func onATerminalNothingExtraIsSaid() throws {
        let h = try CLIHarness()
        let result = h.run(["init", "--dry-run"], terminal: true, input: ["", "", "", ""])
        #expect(!result.stderr.contains("standard output is not a terminal"))
        #expect(result.stderr.contains("Name: "))
    }

    /// No command reads standard input when it is not a terminal: a pipe's bytes are not answers.
    @Test(arguments: [["init", "--dry-run"], ["review"], ["review", "--dry-run"], ["edit"], ["check", "Docker"]])
    func nothingWaitsWithoutATerminal(arguments: [String]) throws {
        let h = try CLIHarness(files: ["career-roadmap.md": ReviewSample.text])
        let console = Console(capturing: true)
        var environment = Environment(variables: ["ROADMAP_TODAY": "2026-11-22"], currentDirectory: arguments[0] == "init" ? h.directory.appendingPathComponent("new").path : h.directory.path,
                                      stdinIsTerminal: false, stdoutIsTerminal: false, terminalWidth: nil)
        try FileManager.default.createDirectory(at: h.directory.appendingPathComponent("new"), withIntermediateDirectories: true)
        let reads = Lines([])
        var asked = 0
        environment.readLine = { asked += 1; return reads.next() }
        _ = RoadmapCLI.run(arguments, environment: environment, console: console)
        #expect(asked == 0, "\(arguments) read standard input")
    }
}
