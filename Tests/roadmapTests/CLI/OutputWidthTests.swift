import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// How wide output is: nothing cut in a pipe, the terminal's width on one, `--width` and
/// `$COLUMNS` when given; and when there is colour.
@Suite struct OutputWidthTests {
    /// Runs with stdout a terminal of `columns` columns.
    func onTerminal(_ h: CLIHarness, _ arguments: [String], columns: Int, variables: [String: String] = [:]) -> String {
        let console = Console(capturing: true)
        var vars = ["ROADMAP_TODAY": "2026-11-22", "NO_COLOR": "1"]
        vars.merge(variables) { $1 }
        let environment = Environment(variables: vars, currentDirectory: h.directory.path, stdinIsTerminal: false,
                                      stdoutIsTerminal: true, terminalWidth: columns)
        _ = RoadmapCLI.run(arguments, environment: environment, console: console)
        return console.outputText
    }

    func widest(_ text: String) -> Int { text.split(separator: "\n").map { Columns.width(String($0)) }.max() ?? 0 }

    @Test func nothingIsCutInAPipe() throws {
        let h = try CLIHarness.careerRoadmap()
        let list = h.run(["list"]).stdout
        #expect(list.contains("Find out why a pod keeps restarting using kubectl describe and kubectl logs"))
        #expect(!list.contains("…"))
    }

    @Test func columnsOrWidthCutInAPipe() throws {
        let h = try CLIHarness.careerRoadmap()
        let columns = h.run(["list"], variables: ["COLUMNS": "60"]).stdout
        #expect(widest(columns) <= 60 && columns.contains("…"))
        let width = h.run(["list", "--width", "50"]).stdout
        #expect(widest(width) <= 50 && width.contains("…"))
        #expect(h.run(["list", "--width", "abc"]).status == .usage)
        #expect(h.run(["list", "--width", "0"]).status == .usage)
    }

    @Test func onATerminalEveryLineFits() throws {
        let h = try CLIHarness.careerRoadmap()
        #expect(h.run(["set", "Start Date", "2026-01-15"]).status == .success)
        #expect(h.run(["set", "Kubernetes", "30"]).status == .success)
        for columns in [60, 80, 100] {
            for command in [["status"], ["list"], ["next"]] {
                let output = onTerminal(h, command, columns: columns)
                #expect(widest(output) <= columns, "\(command) at \(columns): \(output)")
            }
        }
        // The "not filled in yet" line, which was one column too wide.
        let status = onTerminal(h, ["status"], columns: 80)
        let unfilled = try #require(status.split(separator: "\n").first { $0.contains("not filled in yet") })
        #expect(Columns.width(String(unfilled)) <= 80)
    }

    @Test func wideTerminalsCapTheLabelColumn() throws {
        let h = try CLIHarness.careerRoadmap()
        let status = onTerminal(h, ["status"], columns: 300)
        let overall = try #require(status.split(separator: "\n").first { $0.hasPrefix("Overall") })
        let bar = try #require(overall.firstIndex { $0 == "░" || $0 == "█" })
        #expect(overall.distance(from: overall.startIndex, to: bar) <= 60)
    }

    @Test func colorAutoAlwaysNever() throws {
        let h = try CLIHarness.careerRoadmap()
        #expect(!h.run(["status"]).stdout.contains("\u{1B}["))
        #expect(h.run(["status", "--color=always"]).stdout.contains("\u{1B}["))
        #expect(h.run(["status", "--color", "always"], variables: ["NO_COLOR": "1"]).stdout.contains("\u{1B}["))
        #expect(!h.run(["status", "--color=never"], terminal: true).stdout.contains("\u{1B}["))
        #expect(h.run(["status", "--color=auto"], terminal: true).stdout.contains("\u{1B}["))
        #expect(!h.run(["status", "--no-color"], terminal: true).stdout.contains("\u{1B}["))
        let bad = h.run(["status", "--color=sometimes"])
        #expect(bad.status == .usage && bad.stderr.contains("--color takes auto, always or never, not 'sometimes'"))
    }
}
