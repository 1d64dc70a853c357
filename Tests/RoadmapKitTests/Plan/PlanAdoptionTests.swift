import Testing
@testable import RoadmapKit

/// adopt across a plan: every file adopted as it is alone, and a name unmatched only when no
/// file has a heading it names.
struct PlanAdoptionTests {
    @Test func aNameIsUnmatchedOnlyWhenNoFileHasIt() {
        let plan = PlanTests.plan(["p1.md": "# Phase 1\n## Reading\n- a\n", "sub/p2.md": "# Phase 2\n## Goals\n- b\n"])
        let adoption = plan.adoption(names: ["reading", "nope"])
        #expect(adoption.unmatchedName == "nope")
        #expect(adoption.edits.map(\.count) == [0, 1, 1])
        #expect(adoption.total == 2)
        #expect(plan.adoption(names: ["reading"]).unmatchedName == nil)
    }
}
