import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// Status's and fields' columns (issue 25, item 3): a long section title is cut, not its bar moved;
/// `--width` is the width; metric names are whole where there is room; a field's label is cut in
/// the middle, keeping the end that tells `Project 4: … › Description` from `… › Repository`.
@Suite struct ColumnLayoutTests {
    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func longSectionTitlesKeepBarsInLine() throws {
        let h = try ColourLayoutTests.installed("ai-engineer-roadmap")
        for columns in [80, 120, 250] {
            let status = h.run(["status", "--width", "\(columns)"]).stdout
            let bars = lines(status).compactMap { line -> Int? in
                guard let bar = line.firstIndex(where: { $0 == "░" || $0 == "█" }) else { return nil }
                return Columns.width(String(line[..<bar]))
            }
            #expect(bars.count > 10 && Set(bars).count == 1, "at \(columns): bars start at columns \(bars)\n\(status)")
            #expect(status.contains("Project 3: Model Gateway"))
        }
    }

    @Test(arguments: BundledTemplate.all.map(\.name))
    func widthFortyIsHonoured(template: String) throws {
        let h = try ColourLayoutTests.installed(template)
        #expect(h.run(["set", "Start Date", "2026-01-15"]).status == .success)
        for command in [["status"], ["fields"]] {
            let output = h.run(command + ["--width", "40"]).stdout
            for line in lines(output) where !line.contains("roadmap ") {  // a hint to copy is never cut
                #expect(Columns.width(line) <= 40, "\(template) \(command): \(line)")
            }
        }
    }

    @Test func metricNamesAreWholeOnAWideTerminal() throws {
        let h = try ColourLayoutTests.installed("career-roadmap")
        let wide = h.run(["status", "--width", "250"]).stdout
        #expect(wide.contains("  Finished portfolio projects "), "\(wide)")
        #expect(!wide.contains("projec…"))
        // On 80 columns the name gives way, the rows stay in their width.
        #expect(lines(h.run(["status", "--width", "80"]).stdout).allSatisfy { Columns.width($0) <= 80 })
    }

    @Test func fieldsCutALabelInTheMiddle() throws {
        let h = try ColourLayoutTests.installed("career-roadmap")
        let fields = h.run(["fields", "--width", "60"]).stdout
        let rows = lines(fields).filter { $0.contains("Project 4") }
        #expect(rows.contains { $0.contains("› Description") } && rows.contains { $0.contains("› Repository") }, "\(fields)")
        #expect(rows.allSatisfy { $0.hasPrefix("  Project") && $0.contains("…") }, "\(rows)")
    }

    @Test func middleCutKeepsTheEnd() {
        #expect(Columns.truncateMiddle("Project 4: Disposable GPU Lab in Terraform › Repository", to: 30, keeping: 13)
                == "Project 4: Dispo… › Repository")
        #expect(Columns.width(Columns.truncateMiddle("Project 4: Disposable GPU Lab in Terraform › Repository", to: 30, keeping: 13)) == 30)
        #expect(Columns.truncateMiddle("short › end", to: 30, keeping: 6) == "short › end")
        // An end wider than the room keeps what fits of it, after a column of the start.
        #expect(Columns.truncateMiddle("abcdef › a very long ending", to: 10, keeping: 21) == "a…g ending")
        #expect(Columns.truncateMiddle("漢字漢字漢字漢字", to: 7, keeping: 4) == "漢…漢字")
    }
}
