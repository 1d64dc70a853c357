import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// The "Smaller" list of issue 25, one test each.
@Suite struct SmallerItemsTests {
    /// `--depth 0` is "the total only", as its help says: no summary lines, metrics or next goal.
    @Test func depthZeroIsTheTotalOnly() throws {
        let h = try ColourLayoutTests.installed("career-roadmap")
        let status = h.run(["status", "--depth", "0"]).stdout
        #expect(status.contains("Overall"))
        for fact in ["Started", "Overdue", "Success Metrics", "Next ", "Portfolio Projects"] {
            #expect(!status.contains(fact), "\(fact) in:\n\(status)")
        }
    }

    /// One section-path separator on the terminal, `›`, in set's hints, fields' choices and
    /// history's forecast as everywhere else; typed paths take it as they take `>`.
    @Test func oneSeparatorEverywhere() throws {
        let h = try ColourLayoutTests.installed("career-roadmap")
        let set = h.run(["set", "Repository", "x"])
        #expect(set.stderr.contains("a path like 'Project 1: Containerized Image Classifier › Repository'"), "\(set.stderr)")
        let fields = h.run(["fields"]).stdout
        #expect(!fields.contains(" > ") && fields.contains("Role › Preferred Track"), "\(fields)")
        let history = h.run(["history"]).stdout
        #expect(!history.contains(" > ") && history.contains(" › "), "\(history)")
        #expect(h.run(["set", "Project 1: Containerized Image Classifier › Repository", "github.com/ada/x"]).status == .success)
        let add = h.run(["add", "Learn Helm", "--in", "6-Month Goals › Core Skills"])
        #expect(add.status == .success, "\(add.stderr)")
    }
}
