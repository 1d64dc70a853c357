import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// Layouts measured with colour on, as a person sees them on a terminal (issue 25): a colour takes
/// no column, so `status` with colour is the same text, line for line, as without, and no line is
/// wider than the terminal. Run on every bundled template (the devops guide is a plan across
/// files) at the widths people use.
@Suite struct ColourLayoutTests {
    static let widths = [60, 80, 120, 250]

    /// The template written by `init`, started long enough ago that goals are overdue and
    /// checkpoints due (the summary lines that wrapped).
    static func installed(_ template: String) throws -> CLIHarness {
        let h = try CLIHarness()
        let result = h.run(["init", template, "--start", "2025-06-01", "--name", "Ada"])
        #expect(result.status == .success, "\(result.stderr)")
        return h
    }

    /// Runs on a terminal of `columns` columns with colour as asked.
    static func onTerminal(_ h: CLIHarness, _ arguments: [String], columns: Int, color: Bool) -> String {
        let console = Console(capturing: true)
        let environment = Environment(variables: ["ROADMAP_TODAY": "2026-11-22"], currentDirectory: h.directory.path,
                                      stdinIsTerminal: false, stdoutIsTerminal: true, terminalWidth: columns)
        _ = RoadmapCLI.run(arguments + ["--color", color ? "always" : "never"], environment: environment, console: console)
        return console.outputText
    }

    /// The text without its `ESC [ … m` colour codes: what the eye reads.
    static func visible(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    @Test(arguments: BundledTemplate.all.map(\.name))
    func statusWithColourIsLaidOutAsWithout(template: String) throws {
        let h = try Self.installed(template)
        for columns in Self.widths {
            let coloured = Self.onTerminal(h, ["status"], columns: columns, color: true)
            let plain = Self.onTerminal(h, ["status"], columns: columns, color: false)
            #expect(coloured.contains("\u{1B}["), "\(template) at \(columns): no colour to measure")
            #expect(Self.visible(coloured) == plain, "\(template) at \(columns) columns:\n\(Self.visible(coloured))\n---\n\(plain)")
            for line in Self.visible(coloured).split(separator: "\n") {
                #expect(Columns.width(String(line)) <= columns, "\(template) at \(columns): \(line)")
            }
        }
    }

    /// At 120 columns and more, a summary line (`Overdue`, `Checkpoint`, `Forecast` …: a label,
    /// then its text) fits on its line: none is followed by a continuation.
    @Test(arguments: BundledTemplate.all.map(\.name))
    func summaryLinesDoNotWrapOnWideTerminals(template: String) throws {
        let h = try Self.installed(template)
        for columns in [120, 250] {
            let lines = Self.visible(Self.onTerminal(h, ["status"], columns: columns, color: true)).split(separator: "\n", omittingEmptySubsequences: false)
            let start = try #require(lines.firstIndex { $0.hasPrefix("Started ") }, "\(template): no summary")
            let summary = lines[start...].prefix { !$0.isEmpty }.map(String.init)
            for (index, line) in summary.enumerated() where index > 0 && line.hasPrefix("            ") {
                Issue.record("\(template) at \(columns): wrapped after '\(summary[index - 1])': '\(line)'")
            }
        }
    }
}
