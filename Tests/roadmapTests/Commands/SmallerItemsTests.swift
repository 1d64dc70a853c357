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
}
