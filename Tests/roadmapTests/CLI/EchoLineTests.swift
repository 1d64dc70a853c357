import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// Issue 13: `check` echoed the whole goal text, so a 1 MB goal printed 1 MB. The echo line is cut
/// to the terminal's width with `…`, and off a terminal to 200 columns.
struct EchoLineTests {
    static let long = String(repeating: "word ", count: 200_000) + "end"

    @Test(arguments: [false, true])
    func aMegabyteGoalEchoesOneLine(_ terminal: Bool) throws {
        let h = try CLIHarness(files: ["plan.md": "- [ ] \(Self.long)\n", "index.md": "- [ ] [P](phase.md)\n", "phase.md": "- [ ] \(Self.long)\n"])
        for (file, id) in [("plan.md", "1"), ("index.md", "phase:1")] {
            for command in ["check", "uncheck"] {
                let run = h.run(["-f", file, command, id], terminal: terminal)
                #expect(run.status == .success, "\(run.stderr)")
                let first = String(run.stdout.split(separator: "\n")[0])
                let columns = Columns.width(TerminalText.withoutMarks(first).replacingOccurrences(of: "\u{1B}[2m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: ""))
                #expect(columns <= (terminal ? 100 : 200) && first.hasSuffix("…"), "\(file) \(command): \(columns) columns")
                #expect(first.hasPrefix(command == "check" ? "Checked " : "Unchecked "))
            }
        }
    }

    @Test func aShortGoalIsWhole() throws {
        let h = try CLIHarness(files: ["plan.md": "- [ ] learn docker\n"])
        #expect(h.run(["-f", "plan.md", "check", "1", "--no-date"]).stdout.hasPrefix("Checked #1 learn docker\n"))
    }

    /// Found by hand at 120 columns: `undo` and `redo` printed the goal's whole text after the
    /// command, so a long goal wrapped on the terminal. Their line is cut as check's is.
    @Test(arguments: [false, true])
    func undoAndRedoEchoOneLine(_ terminal: Bool) throws {
        let text = String(repeating: "a long goal ", count: 30) + "end"
        let h = try CLIHarness(files: ["plan.md": "- [ ] \(text)\n"])
        let vars = ["XDG_STATE_HOME": h.directory.path + "/state"]
        #expect(h.run(["-f", "plan.md", "check", "1"], variables: vars).status == .success)
        for command in ["undo", "redo"] {
            let run = h.run(["-f", "plan.md", command], variables: vars, terminal: terminal)
            #expect(run.status == .success, "\(run.stderr)")
            let lines = run.stdout.split(separator: "\n")
            let first = TerminalText.withoutMarks(String(lines.first ?? "")).replacingOccurrences(of: "\u{1B}[2m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "")
            #expect(lines.count == 1 && Columns.width(first) <= (terminal ? 100 : 200), "\(command): \(run.stdout)")
            #expect(first.hasPrefix(command == "undo" ? "Undid " : "Redid "))
        }
    }
}
