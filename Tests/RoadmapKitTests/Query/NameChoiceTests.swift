import Testing
@testable import RoadmapKit

/// Picking one name from a short list by what a person types (a metric's column, an option of a
/// group): one rule for both.
struct NameChoiceTests {
    @Test func anEqualNameWinsThenTheOneThatContainsIt() {
        let names = ["Current", "Target", "Stretch Target"]
        #expect(NameChoice(" *target* ", among: names) == .found(1), "case, markdown and spaces around ignored")
        #expect(NameChoice("stretch", among: names) == .found(2))
        #expect(NameChoice("t", among: names) == .several)
        #expect(NameChoice("goal", among: names) == .none)
        #expect(NameChoice("Yes", among: ["Yes", "yes"]) == .found(0), "equal names cannot be told apart: the first")
    }

    @Test func anOptionOfAGroupIsChosenByTheSameRule() throws {
        let tracking = Tracking(roadmap("# P\n\n**Status:** [ ] Not started [x] In progress [ ] Done\n"))
        let group = try #require(tracking.groups.first)
        #expect(try tracking.option(in: group, named: "done") == 2)
        #expect(throws: OptionChoiceError.several(options: ["Not started", "In progress", "Done"])) { try tracking.option(in: group, named: "n") }
        #expect(throws: OptionChoiceError.none(options: ["Not started", "In progress", "Done"])) { try tracking.option(in: group, named: "blocked") }
    }
}
