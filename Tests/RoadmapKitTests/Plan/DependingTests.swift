import Testing
@testable import RoadmapKit

/// `roadmap depend`'s edits (issue 26): the goal waited for gets a `🆔` when it has none (a short
/// id made from its words, unique in the plan), the waiting goal gets `⛔ id` or the id added to
/// its list; both in the form the line (else the file) uses; a cycle is refused; `--remove` and
/// `--clear` take ids back out.
struct DependingTests {
    func plan(_ text: String) -> Plan { Plan(single: Roadmap(parsing: Array(text.utf8)), path: "r.md") }
    func ref(_ goal: Int) -> GoalRef { GoalRef(file: 0, goal: goal) }
    func applied(_ text: String, _ edits: [[TextEdit]]) -> String {
        String(decoding: edits[0].applied(to: Array(text.utf8)), as: UTF8.self)
    }
    func depend(_ text: String, _ goal: Int, on other: Int) throws -> String {
        applied(text, try plan(text).depending(ref(goal), on: ref(other)).get().edits)
    }

    @Test(arguments: [
        ("- [ ] learn docker\n- [ ] deploy to kubernetes\n", 1, 0,
         "- [ ] learn docker 🆔 learn-docker\n- [ ] deploy to kubernetes ⛔ learn-docker\n"),
        ("- [ ] a 🆔 abc\n- [ ] b ⛔ xyz\n", 1, 0, "- [ ] a 🆔 abc\n- [ ] b ⛔ xyz,abc\n"),
        ("- [ ] a 🆔 abc\n- [ ] b ⛔ xyz 📅 2026-12-01 ^b\n", 1, 0, "- [ ] a 🆔 abc\n- [ ] b ⛔ xyz,abc 📅 2026-12-01 ^b\n"),
        ("- [ ] Write the **annual** report! ^r1\n- [ ] send it\n", 1, 0,
         "- [ ] Write the **annual** report! 🆔 write-the-annual ^r1\n- [ ] send it ⛔ write-the-annual\n"),
        ("- [ ] a [due:: 2026-01-01]\n- [ ] b\n", 1, 0, "- [ ] a [due:: 2026-01-01]  [id:: a]\n- [ ] b  [dependsOn:: a]\n"),
        // an id another goal has, or that a ⛔ already names, is not taken
        ("- [ ] learn docker\n- [ ] x ⛔ learn-docker\n- [ ] y\n", 2, 0,
         "- [ ] learn docker 🆔 learn-docker-2\n- [ ] x ⛔ learn-docker\n- [ ] y ⛔ learn-docker-2\n"),
        ("- [ ] 日本語を学ぶ\n- [ ] y\n", 1, 0, "- [ ] 日本語を学ぶ 🆔 goal\n- [ ] y ⛔ goal\n"),
    ])
    func dependWritesBothFields(_ text: String, _ goal: Int, _ other: Int, _ expected: String) throws {
        #expect(try depend(text, goal, on: other) == expected)
    }

    @Test func dependingTwiceChangesNothing() throws {
        let change = try plan("- [ ] a 🆔 abc\n- [ ] b ⛔ abc\n").depending(ref(1), on: ref(0)).get()
        #expect(change.edits.allSatisfy { $0.isEmpty })
        #expect(change.id == "abc")
    }

    @Test func aCycleIsRefused() {
        let result = plan("- [ ] a 🆔 a ⛔ b\n- [ ] b 🆔 b\n- [ ] c\n").depending(ref(1), on: ref(0))
        #expect(result.failure == .cycle([ref(1), ref(0)]))
        #expect(plan("- [ ] a\n").depending(ref(0), on: ref(0)).failure == .cycle([ref(0)]))
    }

    @Test func removeTakesOneIDOutAndClearAll() {
        let text = "- [ ] a 🆔 a\n- [ ] c 🆔 c\n- [ ] b ⛔ a, c #x\n"
        let p = plan(text)
        let once = applied(text, p.notDepending(ref(2), on: ref(0)).edits)
        #expect(once == "- [ ] a 🆔 a\n- [ ] c 🆔 c\n- [ ] b ⛔ c #x\n")
        let twice = applied(once, plan(once).notDepending(ref(2), on: ref(1)).edits)
        #expect(twice == "- [ ] a 🆔 a\n- [ ] c 🆔 c\n- [ ] b #x\n")
        #expect(applied(text, p.notDepending(ref(2), on: nil).edits) == "- [ ] a 🆔 a\n- [ ] c 🆔 c\n- [ ] b #x\n")
        #expect(p.notDepending(ref(0), on: ref(1)).edits.allSatisfy { $0.isEmpty })
    }

    @Test func acrossFiles() throws {
        let files = ["r.md": "- [ ] [Phase](p.md)\n- [ ] root goal\n", "p.md": "- [ ] phase goal\n"]
        let root = Roadmap(parsing: Array(files["r.md"]!.utf8))
        let plan = Plan(root: root, path: "r.md") { path in .success(Array(files[path]!.utf8)) }
        #expect(plan.files.count == 2)
        let change = try plan.depending(GoalRef(file: 0, goal: 1), on: GoalRef(file: 1, goal: 0)).get()
        #expect(String(decoding: change.edits[1].applied(to: Array(files["p.md"]!.utf8)), as: UTF8.self) == "- [ ] phase goal 🆔 phase-goal\n")
        #expect(String(decoding: change.edits[0].applied(to: Array(files["r.md"]!.utf8)), as: UTF8.self)
                == "- [ ] [Phase](p.md)\n- [ ] root goal ⛔ phase-goal\n")
    }
}

extension Result {
    var failure: Failure? { if case let .failure(error) = self { error } else { nil } }
}
