import Testing
@testable import RoadmapKit

/// The dates a state change writes, as the plugin writes them (issue 26): a tick writes the done
/// date, a cancel the cancelled date (`❌`), leaving either state removes its date, and each is
/// written in the form the line uses, else the file (emoji, or Dataview with the plugin's two spaces).
struct TasksFieldWritingTests {
    static let date = CivilDate(iso: "2026-12-01")!

    func set(_ text: String, goal: Int = 0, to state: GoalState) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: Roadmap(parsing: bytes).edits(setting: goal, to: state, doneDate: Self.date).applied(to: bytes), as: UTF8.self)
    }

    @Test(arguments: [
        // cancel writes ❌, after the other fields and before a block link
        ("- [ ] call the plumber", GoalState.cancelled, "- [-] call the plumber ❌ 2026-12-01"),
        ("- [ ] call the plumber 📅 2026-11-30 ^b1", .cancelled, "- [-] call the plumber 📅 2026-11-30 ❌ 2026-12-01 ^b1"),
        ("- [/] call the plumber ❌ 2026-11-02", .cancelled, "- [-] call the plumber ❌ 2026-11-02"),
        // leaving cancelled removes it; check writes ✅ instead
        ("- [-] call the plumber ❌ 2026-11-02", .done, "- [x] call the plumber ✅ 2026-12-01"),
        ("- [-] call the plumber ❌ 2026-11-02 #home", .open, "- [ ] call the plumber #home"),
        ("- [-] call the plumber [cancelled:: 2026-11-02]", .open, "- [ ] call the plumber"),
        // Dataview lines get Dataview fields
        ("- [ ] sort the receipts [due:: 2026-11-30]", .done, "- [x] sort the receipts [due:: 2026-11-30]  [completion:: 2026-12-01]"),
        ("- [ ] sort the receipts (priority:: high)", .cancelled, "- [-] sort the receipts (priority:: high)  [cancelled:: 2026-12-01]"),
        ("- [x] sort the receipts  [completion:: 2026-11-02]", .open, "- [ ] sort the receipts"),
        // start keeps the start date, and writes no date of its own
        ("- [ ] learn to juggle 🛫 2026-11-01", .inProgress, "- [/] learn to juggle 🛫 2026-11-01"),
        ("- [x] learn to juggle 🛫 2026-11-01 ✅ 2026-11-20", .inProgress, "- [/] learn to juggle 🛫 2026-11-01"),
    ])
    func stateChangeWritesItsDate(_ text: String, _ state: GoalState, _ expected: String) {
        #expect(set(text, to: state) == expected)
    }

    /// A line without fields takes the file's form: the first goal with a field says it.
    @Test func aBareLineFollowsTheFile() {
        let file = "- [ ] a [due:: 2026-11-30]\n- [ ] b\n"
        #expect(set(file, goal: 1, to: .done) == "- [ ] a [due:: 2026-11-30]\n- [x] b  [completion:: 2026-12-01]\n")
        #expect(set(file, goal: 1, to: .cancelled) == "- [ ] a [due:: 2026-11-30]\n- [-] b  [cancelled:: 2026-12-01]\n")
        let emoji = "- [ ] a 📅 2026-11-30\n- [ ] b\n"
        #expect(set(emoji, goal: 1, to: .done) == "- [ ] a 📅 2026-11-30\n- [x] b ✅ 2026-12-01\n")
    }
}
