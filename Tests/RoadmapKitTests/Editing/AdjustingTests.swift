import Testing
@testable import RoadmapKit

@Suite struct AdjustingTests {
    func write(_ text: String, _ adjustments: String) throws -> String {
        let tracking = TrackingFixtures.tracking(text)
        let checkpoint = try #require(tracking.checkpoints.first)
        let edits = try #require(tracking.edits(settingAdjustmentsOf: checkpoint, to: adjustments))
        return TrackingFixtures.text(edits.applied(to: tracking.roadmap.bytes))
    }

    @Test func insertsBelowAnEmptyLabel() throws {
        let text = "### 3-Month Checkpoint\n\n**Adjustments Needed:**\n\n\n---\n"
        #expect(try write(text, "More Kubernetes.") == "### 3-Month Checkpoint\n\n**Adjustments Needed:**\n\nMore Kubernetes.\n\n\n---\n")
    }

    @Test func neverMakesASetextHeading() throws {
        let text = "### 3-Month Checkpoint\r\n**Adjustments Needed:**\r\n**Next Review:** June\r\n"
        let result = try write(text, "A\nB")
        #expect(result == "### 3-Month Checkpoint\r\n**Adjustments Needed:**\r\n\r\nA\r\nB\r\n\r\n**Next Review:** June\r\n")
        #expect(TrackingFixtures.tracking(result).adjustments(of: TrackingFixtures.tracking(result).checkpoints[0]) == "A\r\nB")
    }

    @Test func replacesAnExistingText() throws {
        let text = "### 3-Month Checkpoint\n**Adjustments Needed:**\nOld.\n\n---\n"
        #expect(try write(text, "New.") == "### 3-Month Checkpoint\n**Adjustments Needed:**\nNew.\n\n---\n")
    }
}
