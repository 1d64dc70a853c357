import Testing
@testable import RoadmapKit
@testable import RoadmapStorage
import RoadmapTestSupport

@Suite struct SelectingTests {
    @Test func ticksOneAndUnticksTheOthersWithOneByteEdits() {
        let text = "**Location:** [x] On-site [X] Remote [ ] Hybrid\r\n"
        let tracking = TrackingFixtures.tracking(text)
        let group = tracking.groups[0]
        let edits = tracking.edits(selecting: 2, in: group)
        #expect(edits.count == 3)
        #expect(edits.allSatisfy { $0.range.count == 1 && $0.replacement.count == 1 })
        #expect(TrackingFixtures.text(edits.applied(to: tracking.roadmap.bytes)) == "**Location:** [ ] On-site [ ] Remote [x] Hybrid\r\n")
    }

    @Test func selectingTheSelectedOptionChangesNothing() {
        let tracking = TrackingFixtures.tracking("- Status: [ ] Not Started [X] In Progress\n")
        #expect(tracking.edits(selecting: 1, in: tracking.groups[0]).isEmpty)
    }

    @Test func careerTemplateSelectTicksOneByte() {
        guard let bytes = Corpus.seed("000") else { return }
        let tracking = Tracking(Roadmap(parsing: bytes))
        for group in tracking.groups {
            for option in group.options.indices {
                let after = tracking.edits(selecting: option, in: group).applied(to: bytes)
                let (range, inserted) = changedRegion(bytes, after)
                #expect(range == group.options[option].markerOffset..<(group.options[option].markerOffset + 1))
                #expect(inserted == "x")
                let again = Tracking(Roadmap(parsing: after))
                let reparsed = again.groups.first { $0.line == group.line }!
                #expect(reparsed.ticked == [option])
            }
        }
    }
}
