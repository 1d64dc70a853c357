import Testing
@testable import RoadmapKit

/// `add-progress`, `set-progress` and `spend` as byte edits (issue 27): each rewrites only the
/// bytes of its field; reaching a count's target ticks the goal with its date, and falling
/// below it again reopens a ticked goal.
struct ProgressWritingTests {
    static let today = CivilDate(iso: "2026-12-07")!

    func add(_ text: String, _ delta: Int, goal: Int = 0) throws(ProgressProblem) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: try Roadmap(parsing: bytes).progressChange(goal, adding: delta, today: Self.today).edits.applied(to: bytes), as: UTF8.self)
    }

    func set(_ text: String, _ value: String) throws(ProgressProblem) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: try Roadmap(parsing: bytes).progressChange(0, setting: value, today: Self.today).edits.applied(to: bytes), as: UTF8.self)
    }

    func spend(_ text: String, _ minutes: Int) throws(ProgressProblem) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: try Roadmap(parsing: bytes).spendChange(0, adding: minutes).edits.applied(to: bytes), as: UTF8.self)
    }

    @Test(arguments: [
        ("- [ ] Solve 300 problems (120/300)", 1, "- [ ] Solve 300 problems (121/300)"),
        ("- [ ] Solve 300 problems (120/300)", -20, "- [ ] Solve 300 problems (100/300)"),
        ("- [ ] Solve 300 problems (9/300) 📅 2027-03-01", 1, "- [ ] Solve 300 problems (10/300) 📅 2027-03-01"),
        ("- [ ] Solve 300 problems [count:: 120/300]", 5, "- [ ] Solve 300 problems [count:: 125/300]"),
        ("- [ ] Solve 300 problems ( count::  7/300 )", 1, "- [ ] Solve 300 problems ( count::  8/300 )"),
        ("- [/] Solve 300 problems (299/300)", 1, "- [x] Solve 300 problems (300/300) ✅ 2026-12-07"),
        ("- [ ] Solve 300 problems (295/300) ^leet", 10, "- [x] Solve 300 problems (305/300) ✅ 2026-12-07 ^leet"),
        ("- [ ] Solve 300 problems [count:: 2/3] [due:: 2027-01-01]", 1,
         "- [x] Solve 300 problems [count:: 3/3] [due:: 2027-01-01]  [completion:: 2026-12-07]"),
        ("- [x] Solve 300 problems (300/300) ✅ 2026-12-01", -1, "- [ ] Solve 300 problems (299/300)"),
        ("- [x] Solve 300 problems (310/300) ✅ 2026-12-01", -5, "- [x] Solve 300 problems (305/300) ✅ 2026-12-01"),
        ("- [-] Solve 300 problems (299/300) ❌ 2026-12-01", 1, "- [-] Solve 300 problems (300/300) ❌ 2026-12-01"),
    ])
    func addProgress(_ text: String, _ delta: Int, _ expected: String) throws {
        #expect(try add(text, delta) == expected)
    }

    @Test func onlyTheGoalsLineChanges() throws {
        let file = "# Plan\r\n- [ ] a (1/3)\r\n- [ ] b (1/3)\r\n"
        #expect(try add(file, 1, goal: 1) == "# Plan\r\n- [ ] a (1/3)\r\n- [ ] b (2/3)\r\n")
    }

    @Test func aCountDoesNotGoBelowZero() {
        #expect(throws: ProgressProblem.belowZero(count: GoalCount(done: 2, target: 5))) { try add("- [ ] read (2/5)", -3) }
    }

    @Test func aGoalWithoutACountSaysSo() {
        #expect(throws: ProgressProblem.noCount) { try add("- [ ] read a book", 1) }
        #expect(throws: ProgressProblem.noCount) { try set("- [ ] read a book", "3") }
    }

    @Test func zeroChangesNoByte() throws {
        let bytes = Array("- [ ] read (2/5)".utf8)
        #expect(try Roadmap(parsing: bytes).progressChange(0, adding: 0, today: Self.today).edits.changeNothing(in: bytes))
    }

    @Test(arguments: [
        ("- [ ] Solve 300 problems (120/300)", "150", "- [ ] Solve 300 problems (150/300)"),
        ("- [ ] Solve 300 problems (120/300)", "120/250", "- [ ] Solve 300 problems (120/250)"),
        ("- [ ] Solve 300 problems (120/300)", "300", "- [x] Solve 300 problems (300/300) ✅ 2026-12-07"),
        ("- [ ] Solve 300 problems", "0/300", "- [ ] Solve 300 problems (0/300)"),
        ("- [ ] Solve 300 problems 📅 2027-03-01", "5/300", "- [ ] Solve 300 problems (5/300) 📅 2027-03-01"),
        ("- [ ] Solve 300 problems [due:: 2027-03-01]", "5/300", "- [ ] Solve 300 problems [count:: 5/300] [due:: 2027-03-01]"),
    ])
    func setProgress(_ text: String, _ value: String, _ expected: String) throws {
        #expect(try set(text, value) == expected)
    }

    @Test(arguments: ["-1", "x", "1/0", "3/", "1234567890"])
    func setProgressRefusesWhatIsNoCount(_ value: String) {
        #expect(throws: ProgressProblem.notACount(value)) { try set("- [ ] read (2/5)", value) }
    }

    @Test(arguments: [
        ("- [ ] Kubernetes ⏱ 12.5h", 90, "- [ ] Kubernetes ⏱ 14h"),
        ("- [ ] Kubernetes ⏱️ 1h [estimate:: 40h]", 20, "- [ ] Kubernetes ⏱️ 1h20m [estimate:: 40h]"),
        ("- [ ] Kubernetes [spent:: 1h]", 90, "- [ ] Kubernetes [spent:: 2.5h]"),
        ("- [ ] Kubernetes ⏱ 2h", -30, "- [ ] Kubernetes ⏱ 1.5h"),
        ("- [ ] Kubernetes", 90, "- [ ] Kubernetes ⏱ 1.5h"),
        ("- [ ] Kubernetes (3/10) 📅 2027-01-01 ^k8s", 45, "- [ ] Kubernetes (3/10) ⏱ 45m 📅 2027-01-01 ^k8s"),
        ("- [ ] Kubernetes [due:: 2027-01-01]", 60, "- [ ] Kubernetes [spent:: 1h] [due:: 2027-01-01]"),
        ("- [ ] Kubernetes [estimate:: 40h]", 60, "- [ ] Kubernetes [estimate:: 40h] [spent:: 1h]"),
    ])
    func spendAdds(_ text: String, _ minutes: Int, _ expected: String) throws {
        #expect(try spend(text, minutes) == expected)
    }

    @Test func timeSpentDoesNotGoBelowZero() {
        #expect(throws: ProgressProblem.belowZeroTime(minutes: 30)) { try spend("- [ ] Kubernetes ⏱ 30m", -60) }
        #expect(throws: ProgressProblem.belowZeroTime(minutes: 0)) { try spend("- [ ] Kubernetes", -60) }
    }
}
