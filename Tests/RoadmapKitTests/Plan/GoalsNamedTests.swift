import Testing
@testable import RoadmapKit
@testable import RoadmapCore

/// A query as every front end takes it (`Plan.goals(named:section:)`): ids, id lists and ranges,
/// `file:id`, or words, against the whole plan; what it cannot resolve comes back as a value that
/// says why, for the front end to word.
struct GoalsNamedTests {
    let plan = PlanTests.plan()

    @Test func idsListsAndRangesExpandAsTyped() throws {
        #expect(try GoalIDs.expanded(["12", "3,5", "7-9", "p1:2-3", "#4-#5", "half-way", "CI,CD"])
            == ["12", "3", "5", "7", "8", "9", "p1:2", "p1:3", "#4", "#5", "half-way", "CI,CD"])
        #expect(throws: GoalIDs.RangeError.countsDown("9-7", from: 9, to: 7)) { try GoalIDs.expanded(["9-7"]) }
        #expect(GoalIDs.RangeError.countsDown("9-7", from: 9, to: 7).message == "'9-7' counts down; write ranges low to high (7-9)")
        #expect(throws: GoalIDs.RangeError.tooMany("1-10001")) { try GoalIDs.expanded(["1-10001"]) }
        #expect(GoalIDs.RangeError.tooMany("1-10000").message == "'1-10000' names more than 10000 goals")
    }

    @Test func idsNameGoalsInAnyFileOnceEach() throws {
        #expect(try plan.goals(named: ["p1:2", "3", "p1:2"], section: nil) == [GoalRef(file: 1, goal: 1), GoalRef(file: 0, goal: 2)])
        #expect(try plan.goals(named: ["three"], section: nil) == [GoalRef(file: 2, goal: 0)])
        #expect(try plan.goals(named: ["three"], section: "work") == [GoalRef(file: 2, goal: 0)])
    }

    @Test func eachWordIsLookedUpAsAnIDOnce() throws {
        var lookUps = 0
        _ = try plan.goals(named: ["1", "p1:2", "3"], section: nil, lookUps: &lookUps)
        #expect(lookUps == 3)
        lookUps = 0
        _ = try plan.goals(named: ["three"], section: nil, lookUps: &lookUps)
        #expect(lookUps == 1)
    }

    /// "two" fits "two" and "two-a"; the goal whose whole text it is, is the one meant (issue 25).
    @Test func aWholeTextWinsOverGoalsThatContainIt() throws {
        #expect(try plan.goals(named: ["TWO"], section: nil) == [GoalRef(file: 1, goal: 1)])
        // Only goals the command can change count: one left is the one meant.
        #expect(try plan.goals(named: ["tw"], section: nil) { $0.goal != 1 } == [GoalRef(file: 1, goal: 2)])
    }

    @Test func whatMissesSaysWhy() {
        #expect(throws: GoalQueryError.noSuchGoal(GoalRef(file: 1, goal: 8), count: 4)) { try plan.goals(named: ["p1:9"], section: nil) }
        #expect(throws: GoalQueryError.noSuchFile("p3", keys: ["p1", "sub/p2"])) { try plan.goals(named: ["p3:1"], section: nil) }
        #expect(throws: GoalQueryError.ambiguous("tw", [GoalRef(file: 1, goal: 1), GoalRef(file: 1, goal: 2)])) {
            try plan.goals(named: ["tw"], section: nil)
        }
        #expect(throws: GoalQueryError.noHeading("nothing")) { try plan.goals(named: ["three"], section: "nothing") }
        #expect(throws: GoalQueryError.noMatch("qqqq zzzz", suggestions: [])) { try plan.goals(named: ["qqqq", "zzzz"], section: "phase 2") }
    }

    @Test func theMessagesAreTheCommandLines() {
        let list = "roadmap list"
        #expect(GoalQueryError.noSuchGoal(GoalRef(file: 1, goal: 8), count: 4).message(in: plan, listCommand: list)
            == "p1.md: no goal p1:9; the file has 4 goals (see 'roadmap list')")
        #expect(GoalQueryError.noSuchFile("p3", keys: ["p1", "sub/p2"]).message(in: plan, listCommand: list)
            == "README.md: no file 'p3' in this roadmap; ids outside README.md start with one of: p1, sub/p2")
        #expect(GoalQueryError.noSuchFile("p3", keys: []).message(in: plan, listCommand: list)
            == "README.md: no file 'p3' in this roadmap; it links no other file")
        #expect(GoalQueryError.ambiguous("two", [GoalRef(file: 1, goal: 1), GoalRef(file: 1, goal: 2)]).message(in: plan, listCommand: list)
            == "README.md: 2 goals match 'two'; name one by id:")
        #expect(GoalQueryError.noHeading("nothing").message(in: plan, listCommand: list) == "README.md: no heading matches 'nothing'")
        #expect(GoalQueryError.noMatch("x", suggestions: []).message(in: plan, listCommand: list) == "README.md: no goal matches 'x'")
    }
}
