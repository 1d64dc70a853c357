import Testing
@testable import RoadmapKit

/// lint's checks over the whole plan (issue 26): a `⛔` that names no `🆔`, two goals with one
/// `🆔`, goals that wait for each other in a circle, and recurrence rules roadmap cannot read,
/// each at its file and line.
struct PlanLintTests {
    func lint(_ files: [String: String]) -> [String] {
        let root = Roadmap(parsing: Array(files["r.md"]!.utf8))
        let plan = Plan(root: root, path: "r.md") { path in files[path].map { .success(Array($0.utf8)) } ?? .failure(StorageError(path: path, message: "missing")) }
        return Lint.planFindings(plan).map { "\(plan.files[$0.file].path):\($0.finding.line) \($0.finding.kind.rawValue): \($0.finding.message)" }
    }

    @Test func danglingDuplicateAndCycleAcrossFiles() {
        let found = lint([
            "r.md": "# Plan\n\n- [ ] [Phase](p.md)\n- [ ] a 🆔 a ⛔ c\n- [ ] gone ⛔ nobody\n",
            "p.md": "# Phase\n\n- [ ] b 🆔 b ⛔ a\n- [ ] c 🆔 c ⛔ b\n- [ ] again 🆔 b\n",
        ])
        #expect(found == [
            "r.md:5 danglingDependency: '⛔ nobody' names no goal's 🆔: add '🆔 nobody' to the goal this one waits for, or take it out",
            // the cycle is named from its goal met first in plan order: the linked file's goals come at its link
            "p.md:3 dependencyCycle: these goals wait for each other, so none can be ready: p:1 'b' → #2 'a' → p:2 'c' → p:1",
            "p.md:5 duplicateTaskID: '🆔 b' is also on p.md:3, so '⛔ b' names two goals; give one of them another id",
        ], "\(found)")
    }

    @Test func unreadRecurrence() {
        let found = lint(["r.md": "- [ ] dentist 🔁 every January on the 15th\n- [ ] fine 🔁 every week\n- [ ] odd [repeat:: every day at 9]\n"])
        #expect(found.count == 2, "\(found)")
        #expect(found.first?.hasPrefix("r.md:1 unreadRecurrence: roadmap cannot read '🔁 every January on the 15th': month names") == true, "\(found)")
        #expect(found.last?.hasPrefix("r.md:3 unreadRecurrence: roadmap cannot read '[repeat:: every day at 9]': 'at'") == true, "\(found)")
    }

    /// The checks run only on a plan whose bytes may hold their fields (`TaskLinks.mayLink`):
    /// each field's form is still found, in the file that holds it, with other files clean.
    @Test func eachFieldFormIsStillFoundBehindTheByteScan() {
        #expect(lint(["r.md": "- [ ] [P](p.md)\n", "p.md": "- [ ] x [dependsOn:: zz]\n"]).map { $0.prefix(26) } == ["p.md:1 danglingDependency:"])
        #expect(lint(["r.md": "- [ ] x (id:: a)\n- [ ] y (id:: a)\n"]).map { $0.prefix(23) } == ["r.md:2 duplicateTaskID:"])
        #expect(lint(["r.md": "- [ ] x ⛔️ gone\n"]).count == 1)
        #expect(TaskLinks.mayLink(Array("- [x] done ✅ 2026-12-01 📅 2026-12-02 🎯\n".utf8)) == false)
        // Each mark at every offset, so it falls at each place of the scan's eight-byte words,
        // across two of them too, and in the bytes after the last whole word.
        for field in ["🆔 a", "⛔ a", "🔁 every week", "[id:: a]", "::"] {
            for pad in 0..<17 {
                let text = String(repeating: "✅ 2026", count: 3) + String(repeating: " ", count: pad) + field
                #expect(TaskLinks.mayLink(Array(text.utf8)), "\(field) after \(pad)")
                #expect(TaskLinks.mayLink(Array((text + String(repeating: "📅 x", count: 4)).utf8)), "\(field) after \(pad)")
            }
        }
        #expect(TaskLinks.mayLink(Array("a: b 🔥 :x ⛏ 🆕\n".utf8)) == false)
    }

    @Test func aCleanPlanHasNone() {
        #expect(lint(["r.md": "- [ ] a 🆔 a\n- [ ] b ⛔ a 🔁 every week 📅 2026-12-01\n"]).isEmpty)
    }
}
