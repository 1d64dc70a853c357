import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// `--in Core Skills` without quotes gives `--in` the word `Core` and leaves `Skills` to the goal's
/// text (issue 25, item 5): when the value names no heading as it is but does with the words
/// after it, nothing is written and the quoted form is shown.
@Suite struct SplitOptionValueTests {
    @Test func addRefusesAndShowsTheQuotedSection() throws {
        let h = try CLIHarness.careerRoadmap()
        let before = try h.read("career-roadmap.md")
        let result = h.run(["add", "Learn", "Helm", "charts", "basics", "--in", "Core", "Skills"])
        #expect(result.status == .usage, "\(result.stdout)")
        #expect(result.stderr.contains("--in 'Core Skills'"), "\(result.stderr)")
        #expect(try h.read("career-roadmap.md") == before)
        // Quoted, or with the words before the option, it is what was meant.
        #expect(h.run(["add", "Learn", "Helm", "charts", "basics", "--in", "Core Skills"]).status == .success)
        #expect(try h.read("career-roadmap.md").contains("- [ ] Learn Helm charts basics\n"))
    }

    @Test func goalChangesAndSetRefuseToo() throws {
        let h = try CLIHarness.careerRoadmap()
        let check = h.run(["check", "kubernetes", "--in", "Core", "Skills"])
        #expect(check.status == .usage && check.stderr.contains("--in 'Core Skills'"), "\(check.stderr)")
        let set = h.run(["set", "Date", "2026-01-01", "--in", "3-Month", "Checkpoint"])
        #expect(set.status == .usage && set.stderr.contains("--in '3-Month Checkpoint'"), "\(set.stderr)")
    }

    /// A value that names a heading as it is stays as it is: the words after it are the text.
    @Test func anExactHeadingIsNotSecondGuessed() throws {
        let h = try CLIHarness(files: ["roadmap.md": "# R\n\n## Core\n\n- [ ] a\n\n## Core Skills\n\n- [ ] b\n"])
        let result = h.run(["add", "Learn", "--in", "Core", "Skills"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(try h.read("roadmap.md").contains("## Core\n\n- [ ] a\n- [ ] Learn Skills\n"))
    }

    @Test func underTakesTheSameCare() throws {
        let h = try CLIHarness(files: ["roadmap.md": "# R\n\n## G\n\n- [ ] Alpha one\n- [ ] Alpha two\n- [ ] Beta\n"])
        let result = h.run(["add", "Sub", "--under", "Beta", "gamma"])
        #expect(result.status == .success)  // "Beta gamma" names no goal: the words are the text
        let split = h.run(["add", "Sub", "--under", "Alpha", "one"])
        #expect(split.status == .usage && split.stderr.contains("--under 'Alpha one'"), "\(split.stderr)")
    }
}
