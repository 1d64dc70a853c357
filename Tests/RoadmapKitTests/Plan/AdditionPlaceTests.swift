import Testing
@testable import RoadmapKit

/// Where `add` puts a goal across a plan (under a goal a query names, in the one heading
/// `--in` names, else the root's last section with goals), as every front end would.
struct AdditionPlaceTests {
    let plan = PlanTests.plan()

    @Test func underAGoalOrInAHeadingOfAnyFile() throws {
        #expect(try plan.placeForAdding(under: ["three"], section: nil) == AdditionPlace(file: 2, place: .under(goal: 0)))
        #expect(try plan.placeForAdding(under: nil, section: "track a") == AdditionPlace(file: 1, place: .section(2)))
        let root = plan.files[0].roadmap
        #expect(try plan.placeForAdding(under: nil, section: nil) == AdditionPlace(file: 0, place: .section(root.sectionForAdding ?? root.sections.count - 1)))
    }

    @Test func whatNamesNoOnePlaceSaysWhatCould() {
        #expect(plan.headings.count == 3 + 3 + 2)
        #expect(throws: AdditionPlaceError.noHeading("nothing", headings: plan.headings)) { try plan.placeForAdding(under: nil, section: "nothing") }
        #expect(throws: AdditionPlaceError.severalHeadings("phase", plan.sections(matching: "phase"))) { try plan.placeForAdding(under: nil, section: "phase") }
        #expect(throws: AdditionPlaceError.goal(.noMatch("qqqq", suggestions: []))) { try plan.placeForAdding(under: ["qqqq"], section: nil) }
    }
}
