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

    /// `list` and `next` on a terminal, and with `--width`, print no row wider than asked, with
    /// colour on: a long section path is cut in its middle, keeping the heading it ends at.
    @Test(arguments: BundledTemplate.all.map(\.name))
    func listAndNextFitTheWidth(template: String) throws {
        let h = try Self.installed(template)
        for columns in [40] + Self.widths {
            for command in ["list", "next"] {
                let text = Self.visible(Self.onTerminal(h, [command], columns: columns, color: true))
                for line in text.split(separator: "\n") {
                    #expect(Columns.width(String(line)) <= columns, "\(template) \(command) at \(columns): \(line)")
                }
                let given = Self.visible(Self.onTerminal(h, [command, "--width", String(columns)], columns: 300, color: true))
                for line in given.split(separator: "\n") {
                    #expect(Columns.width(String(line)) <= columns, "\(template) \(command) --width \(columns): \(line)")
                }
            }
        }
    }

    /// A choice's name is cut in its middle, as a field's is: the end tells `… › Status` apart.
    @Test func fieldsCutsAChoiceNameInTheMiddle() throws {
        let h = try CLIHarness(files: ["career-roadmap.md": "# R\n\n### Alternative Paths (Choose One Focus) and More Words\n\n**Preferred Track:** [ ] Path 1 [ ] Path 2\n"])
        let text = Self.visible(Self.onTerminal(h, ["fields"], columns: 60, color: true))
        let row = try #require(text.split(separator: "\n").first { $0.contains("of Path 1") }, "\(text)")
        // The start and the end kept, the middle cut.
        #expect(row.hasPrefix("  Alterna") && row.contains("…") && row.contains("› Preferred Track"), "\(row)")
        for line in text.split(separator: "\n") { #expect(Columns.width(String(line)) <= 60, "\(line)") }
    }
}
