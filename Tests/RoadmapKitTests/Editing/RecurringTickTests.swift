import Testing
@testable import RoadmapKit

/// Ticking a recurring goal writes the next occurrence above the done line, as Obsidian Tasks
/// does with its default settings: the dates moved by the rule, the done and cancelled dates, the
/// id, the dependencies and the block link left out, the box open; `🏁 delete` keeps only the
/// new occurrence (issue 26). Every other byte of both lines is the goal's own.
struct RecurringTickTests {
    static let date = CivilDate(iso: "2026-12-07")!

    func tick(_ text: String, goal: Int = 0, on day: String = "2026-12-07", to state: GoalState = .done) -> String {
        let bytes = Array(text.utf8)
        let done = CivilDate(iso: day)!
        return String(decoding: Roadmap(parsing: bytes).edits(setting: goal, to: state, doneDate: done, today: done).applied(to: bytes),
                      as: UTF8.self)
    }

    @Test(arguments: [
        // the plugin's own examples
        ("- [ ] take out the trash 🔁 every Sunday 📅 2021-04-25\n", "2021-04-24",
         "- [ ] take out the trash 🔁 every Sunday 📅 2021-05-02\n- [x] take out the trash 🔁 every Sunday 📅 2021-04-25 ✅ 2021-04-24\n"),
        ("- [ ] sweep the floors 🔁 every week when done ⏳ 2021-02-06\n", "2022-02-13",
         "- [ ] sweep the floors 🔁 every week when done ⏳ 2022-02-20\n- [x] sweep the floors 🔁 every week when done ⏳ 2021-02-06 ✅ 2022-02-13\n"),
        ("-   [ ] Mow the lawn 🔁 every 2 weeks ⏳ 2021-10-28 📅 2021-10-30\n", "2021-10-30",
         "-   [ ] Mow the lawn 🔁 every 2 weeks ⏳ 2021-11-11 📅 2021-11-13\n-   [x] Mow the lawn 🔁 every 2 weeks ⏳ 2021-10-28 📅 2021-10-30 ✅ 2021-10-30\n"),
        // id, dependencies and block link stay on the done line only
        ("- [ ] review 🔁 every month 🆔 rev ⛔ x1 📅 2026-12-31 ^blk\n", "2026-12-07",
         "- [ ] review 🔁 every month 📅 2027-01-31\n- [x] review 🔁 every month 🆔 rev ⛔ x1 📅 2026-12-31 ✅ 2026-12-07 ^blk\n"),
        // Dataview fields, in place
        ("- [ ] pay rent [repeat:: every month on the 1st] [due:: 2026-12-01]\n", "2026-12-02",
         "- [ ] pay rent [repeat:: every month on the 1st] [due:: 2027-01-01]\n- [x] pay rent [repeat:: every month on the 1st] [due:: 2026-12-01]  [completion:: 2026-12-02]\n"),
        // indentation, an in-progress box and CRLF are kept; the new box is open
        ("# Habits\r\n\r\n  - [/] stretch 🔁 every day 📅 2026-12-07\r\n", "2026-12-07",
         "# Habits\r\n\r\n  - [ ] stretch 🔁 every day 📅 2026-12-08\r\n  - [x] stretch 🔁 every day 📅 2026-12-07 ✅ 2026-12-07\r\n"),
        // the last line without an ending: the new line gets one
        ("- [ ] stretch 🔁 every day 📅 2026-12-07", "2026-12-07",
         "- [ ] stretch 🔁 every day 📅 2026-12-08\n- [x] stretch 🔁 every day 📅 2026-12-07 ✅ 2026-12-07"),
        // a created date says the vault writes them: the new occurrence is created today
        ("- [ ] floss 🔁 every day ➕ 2026-11-01 📅 2026-12-06\n", "2026-12-07",
         "- [ ] floss 🔁 every day ➕ 2026-12-07 📅 2026-12-07\n- [x] floss 🔁 every day ➕ 2026-11-01 📅 2026-12-06 ✅ 2026-12-07\n"),
        // no dates: the new occurrence has none either
        ("- [ ] call home 🔁 every week\n", "2026-12-07",
         "- [ ] call home 🔁 every week\n- [x] call home 🔁 every week ✅ 2026-12-07\n"),
        // 🏁 delete: only the new occurrence is left; keep is the default
        ("- [ ] water the plants 🔁 every 3 days 🏁 delete 📅 2026-12-01\n", "2026-12-07",
         "- [ ] water the plants 🔁 every 3 days 🏁 delete 📅 2026-12-04\n"),
        ("- [ ] water the plants 🔁 every 3 days 🏁 keep 📅 2026-12-01\n", "2026-12-07",
         "- [ ] water the plants 🔁 every 3 days 🏁 keep 📅 2026-12-04\n- [x] water the plants 🔁 every 3 days 🏁 keep 📅 2026-12-01 ✅ 2026-12-07\n"),
        ("- [ ] a\n- [ ] one-off 🏁 delete\n- [ ] b\n", "2026-12-07", "- [ ] a\n- [ ] b\n"),
    ])
    func tickWritesTheNextOccurrence(_ text: String, _ day: String, _ expected: String) {
        let roadmap = Roadmap(parsing: Array(text.utf8))
        let goal = roadmap.goals.indices.first { roadmap.text(of: $0).contains("🔁") || roadmap.text(of: $0).contains("repeat") || roadmap.text(of: $0).contains("🏁") }!
        #expect(tick(text, goal: goal, on: day) == expected)
    }

    /// Only done makes a next occurrence (the plugin's `isCompleted`), and a done goal ticked again is left alone.
    @Test func onlyDoneRecurs() {
        let text = "- [ ] stretch 🔁 every day 📅 2026-12-07\n"
        #expect(tick(text, to: .cancelled) == "- [-] stretch 🔁 every day 📅 2026-12-07 ❌ 2026-12-07\n")
        #expect(tick(text, to: .inProgress) == "- [/] stretch 🔁 every day 📅 2026-12-07\n")
        let done = "- [x] stretch 🔁 every day 📅 2026-12-07 ✅ 2026-12-07\n"
        #expect(tick(done) == done)
    }

    /// A rule roadmap cannot read ticks as a plain goal here; `Plan.changing` is what refuses it.
    @Test func anUnknownRuleIsRefusedByTheChange() throws {
        let bytes = Array("- [ ] dentist 🔁 every January on the 15th 📅 2027-01-15\n".utf8)
        let plan = Plan(single: Roadmap(parsing: bytes), path: "roadmap.md")
        let change = plan.changing([GoalRef(file: 0, goal: 0)], to: .done, doneDate: Self.date, today: Self.date)
        #expect(change.unreadRecurrence?.ref == GoalRef(file: 0, goal: 0))
        let message = change.unreadRecurrence?.error.message ?? ""
        #expect(message.contains("month names"))
        let written = change.edits.reduce(0) { $0 + $1.count }
        #expect(written == 0)
        let plain = plan.changing([GoalRef(file: 0, goal: 0)], to: .inProgress, doneDate: Self.date, today: Self.date)
        #expect(plain.unreadRecurrence == nil)
    }
}
