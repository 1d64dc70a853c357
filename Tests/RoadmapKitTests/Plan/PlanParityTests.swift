import Foundation
import Testing
@testable import RoadmapKit
import RoadmapTestSupport

/// One model: the same roadmap as one file and split across an index and linked files (built by
/// `PlanSplit`) gives the same totals, fields, choices, metrics, checkpoints, due dates, next list
/// and review. Only ids, files and lines differ — and the split's own linking goals, one per part,
/// which are goals of the index (open, so the split's total is the single total plus the parts).
@Suite struct PlanParityTests {
    static let today = CivilDate(iso: "2026-11-22")!

    /// The roadmap with every third goal ticked on a date in the last months, so reviews and next
    /// lists have something to say.
    static func ticked(_ bytes: [UInt8]) -> [UInt8] {
        let roadmap = Roadmap(parsing: bytes)
        var edits: [TextEdit] = []
        for goal in roadmap.goals.indices where goal % 3 == 1 && roadmap.goals[goal].state == .open {
            edits += roadmap.edits(setting: goal, to: .done, doneDate: today.adding(days: -(goal * 7 % 120)))
        }
        return edits.applied(to: bytes)
    }

    /// What must agree, read from a plan with its links' own goals left out.
    struct Facts: Equatable, CustomStringConvertible {
        var goals: [String] = []
        var fields: [String] = []
        var choices: [String] = []
        var metrics: [String] = []
        var checkpoints: [String] = []
        var next: [String] = []
        var review: [String] = []
        var description: String { [goals, fields, choices, metrics, checkpoints, next, review].map { $0.joined(separator: "\n") }.joined(separator: "\n--\n") }

        init(_ plan: Plan) {
            let schedule = PlanSchedule(plan, today: PlanParityTests.today)
            // The count status prints, file by file, against the list in reading order (issue 28).
            #expect(schedule.overdueGoalCount == schedule.overdueGoals.count)
            let links = Set(plan.goalsInOrder.filter { plan.linkedFile(of: $0) != nil })
            for ref in plan.goalsInOrder where !links.contains(ref) {
                let roadmap = plan.files[ref.file].roadmap
                goals.append("\(roadmap.text(of: ref.goal)) \(plan.state(of: ref)) due \(schedule.due(of: ref).map(\.description) ?? "-") \(schedule.isOverdue(goal: ref))")
            }
            for (file, s) in schedule.files.enumerated() {
                let t = s.tracking
                fields += t.fields.indices.map { "\(t.label(of: $0)) = \(t.value(of: $0) ?? "(blank)")" }
                choices += t.groups.map { "\(t.name(of: $0)): \($0.options.map(t.text)) \($0.ticked)" }
                metrics += t.metrics.map { m in
                    let target = s.targetColumn(of: m)
                    return "\(t.name(of: m)) \(t.tables[m.table].columns.indices.map { t.cellText(of: m, column: $0) ?? "-" }) target \(target.map { t.header(m.table, $0) } ?? "-") \(target.flatMap { s.due(ofColumn: $0, in: m.table) }?.description ?? "-")"
                }
                checkpoints += t.checkpoints.indices.map { c in
                    let ref = PlanSchedule.Ref(file: file, index: c)
                    return "\(t.title(of: t.checkpoints[c])) due \(schedule.due(of: ref)?.description ?? "-") \(schedule.isOverdue(checkpoint: ref)) \(schedule.isComplete(checkpoint: ref)) \(schedule.tally(of: ref))"
                }
            }
            fields.sort(); choices.sort(); metrics.sort(); checkpoints.sort()
            for entry in NextReport(schedule).entries {
                switch entry.item {
                case let .goal(ref) where !links.contains(ref):
                    next.append("\(entry.reason) \(entry.due?.description ?? "-") \(plan.files[ref.file].roadmap.text(of: ref.goal))")
                case let .checkpoint(ref):
                    let t = schedule.tracking(ref.file)
                    next.append("\(entry.reason) \(entry.due?.description ?? "-") ⚑ \(t.title(of: t.checkpoints[ref.index]))")
                default: break
                }
            }
            let review = Review(schedule, log: Review.log(of: plan, schedule))
            self.review = review.completed.map { plan.files[$0.file].roadmap.text(of: $0.goal, withoutDoneDate: true) }
                + ["done \(review.now.done)", "then \(review.then.done)"]
                + review.checkpoints.map { schedule.tracking($0.file).title(of: schedule.tracking($0.file).checkpoints[$0.index]) }
                + review.metrics.map { "\($0.name) \($0.last ?? "-") → \($0.target ?? "-")" }.sorted()
        }
    }

    static func check(_ bytes: [UInt8], _ name: String) -> Bool {
        guard let split = PlanSplit(ticked(bytes)) else { return false }
        let single = Plan(single: Roadmap(parsing: split.single), path: "single.md", tracking: Tracking(Roadmap(parsing: split.single)))
        let plan = split.plan()
        #expect(plan.files.count == split.parts.count + 1, "\(name): every part is read")
        var expected = single.tally
        for _ in split.parts { expected.add(.open) }
        #expect(plan.tally == expected, "\(name): totals")
        let (a, b) = (Facts(single), Facts(plan))
        for (k, (x, y)) in [(a.goals, b.goals), (a.fields, b.fields), (a.choices, b.choices), (a.metrics, b.metrics),
                            (a.checkpoints, b.checkpoints), (a.next, b.next), (a.review, b.review)].enumerated() {
            #expect(x == y, "\(name): part \(k) of the facts differs")
        }
        return true
    }

    static let bundled = ["career-roadmap.md", "ai-engineer-roadmap.md", "director-roadmap.md"]

    @Test(arguments: bundled)
    func bundledTemplates(name: String) throws {
        let url = PackagePaths.roadmaps.appendingPathComponent(name)
        #expect(Self.check(Array(try Data(contentsOf: url)), name), "\(name) splits")
    }

    @Test func seedOrigins() throws {
        let root = Corpus.shared.appendingPathComponent("corpus/seed-origins")
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            print("SKIP: PlanParityTests.seedOrigins: ../shared/corpus/seed-origins is missing")
            return
        }
        let files = walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
        let checked = files.filter { Self.check(Corpus.bytes($0), Corpus.name($0)) }.count
        print("PlanParityTests.seedOrigins: \(checked) of \(files.count) files split and compared")
        #expect(checked > 100)
    }

    /// Roadmaps made here: horizons, checkpoints, fields, tables and nesting in random order.
    @Test func generated() {
        var rng = SplitMix(seed: 12)
        var checked = 0
        for n in 0..<200 {
            var text = "# Plan \(n)\n\n**Start Date:** 2026-0\(1 + n % 9)-15\n\n"
            for s in 0..<(1 + rng.next(4)) {
                let headings = ["6-Month Goals", "Month \(1 + rng.next(12))", "\(3 * (1 + rng.next(4)))-Month Checkpoint", "Skills", "Week \(1 + rng.next(20))", "Notes"]
                text += "## \(headings[rng.next(headings.count)]) \(s)\n\n"
                for g in 0..<rng.next(6) {
                    let marker = ["[ ]", "[x]", "[/]", "[-]"][rng.next(4)]
                    text += "- \(marker) goal \(n)-\(s)-\(g)\(rng.next(3) == 0 ? " (Month \(1 + rng.next(18)))" : "")\n"
                    if rng.next(3) == 0 { text += "  - [ ] child \(g)\n" }
                }
                if rng.next(3) == 0 { text += "\n**Date:** \(rng.next(2) == 0 ? "____" : "2026-0\(1 + rng.next(9))-01")\n" }
                if rng.next(3) == 0 { text += "\n| Skill | Current | Target (6 months) |\n|---|---|---|\n| Go \(s) | \(rng.next(90))% | 80% |\n" }
                if rng.next(4) == 0 { text += "\n**Status:** [ ] Not Started [x] In Progress\n" }
                text += "\n"
            }
            if Self.check(Array(text.utf8), "generated \(n)") { checked += 1 }
        }
        #expect(checked > 150)
    }
}

