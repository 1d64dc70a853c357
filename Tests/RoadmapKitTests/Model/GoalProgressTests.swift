import Testing
@testable import RoadmapKit

/// Progress written inside a goal's line (issue 27): a count, hours spent and estimated, each in
/// its text form and its Dataview form, read from the end of the line among the Tasks fields.
struct GoalProgressTests {
    func progress(_ line: String) -> GoalProgress { roadmap(line).progress(of: 0) }

    @Test(arguments: [
        "- [ ] Solve 300 LeetCode problems (120/300)",
        "- [ ] Solve 300 LeetCode problems [count:: 120/300]",
        "- [ ] Solve 300 LeetCode problems (count:: 120/300)",
        "- [ ] Solve 300 LeetCode problems [ count::120/300 ]",
        "- [ ] Solve 300 LeetCode problems (120/300) 📅 2027-03-01",
        "- [ ] Solve 300 LeetCode problems 📅 2027-03-01 [count:: 120/300]",
        "- [ ] Solve 300 LeetCode problems (120/300) #dsa ^leet",
        "- [ ] Solve 300 LeetCode problems (120/300) ⏱ 3h",
    ])
    func count(_ line: String) {
        let count = progress(line).count
        #expect(count?.done == 120 && count?.target == 300, "\(line)")
    }

    @Test(arguments: [
        "- [ ] Read chapters (1/2) of the book",          // not at the end: text
        "- [ ] Solve problems (1/0)",                     // no target
        "- [ ] Solve problems (a/3)",
        "- [ ] Solve problems (1/)",
        "- [ ] Solve problems (-1/3)",
        "- [ ] Solve problems(1/3)",                      // glued to a word: text
        "- [ ] Solve problems (99999999999999999999/3)",  // too long to be a count
        "- [ ] Solve problems [counts:: 1/3]",
        "- [ ] Solve problems [count:: 1/3",
        "- [ ] CI/CD basics",
    ])
    func notACount(_ line: String) {
        #expect(progress(line).count == nil, "\(line)")
    }

    @Test func aCountMayExceedItsTarget() {
        let count = progress("- [ ] Run 100 km (130/100)").count
        #expect(count?.done == 130 && count?.target == 100)
    }

    @Test(arguments: [
        ("- [ ] Kubernetes ⏱ 12.5h", 750), ("- [ ] Kubernetes ⏱️ 12.5h", 750), ("- [ ] Kubernetes ⏱12.5h", 750),
        ("- [ ] Kubernetes [spent:: 12.5h]", 750), ("- [ ] Kubernetes (spent:: 90m)", 90),
        ("- [ ] Kubernetes [spent:: 1h30m] 📅 2027-01-01", 90), ("- [ ] Kubernetes ⏱ 1h30m [estimate:: 40h]", 90),
    ])
    func spent(_ line: String, _ minutes: Int) {
        #expect(progress(line).spentMinutes == minutes, "\(line)")
    }

    @Test func estimate() {
        let p = progress("- [ ] Kubernetes ⏱ 12.5h [estimate:: 40h]")
        #expect(p.spentMinutes == 750 && p.estimateMinutes == 2400)
        #expect(progress("- [ ] Kubernetes (estimate:: 1h30m)").estimateMinutes == 90)
        #expect(progress("- [ ] Kubernetes [estimate:: soon]").estimateMinutes == nil)
    }

    @Test(arguments: [
        ("1.5h", 90), ("90m", 90), ("1h30m", 90), ("12.5h", 750), ("0.25h", 15), ("2h", 120), ("1h90m", 150), ("0m", 0),
        ("1.05h", 63),
    ])
    func workTime(_ text: String, _ minutes: Int) {
        #expect(WorkTime.minutes(Array(text.utf8)[...]) == minutes, "\(text)")
    }

    @Test(arguments: ["h", "1.h", ".5h", "1", "1m30h", "1.5m", "-1h", "1h30", "99999999999h", "1.123h", ""])
    func notAWorkTime(_ text: String) {
        #expect(WorkTime.minutes(Array(text.utf8)[...]) == nil, "\(text)")
    }

    @Test(arguments: [(90, "1.5h"), (750, "12.5h"), (60, "1h"), (80, "1h20m"), (20, "20m"), (30, "0.5h"), (0, "0h"), (6, "0.1h")])
    func workTimeWritten(_ minutes: Int, _ text: String) {
        #expect(WorkTime.text(minutes) == text)
        #expect(WorkTime.minutes(Array(text.utf8)[...]) == minutes, "written as it reads back")
    }

    @Test func theDescriptionLeavesProgressFieldsOut() {
        let r = roadmap("- [ ] Kubernetes ⏱ 12.5h [estimate:: 40h] 📅 2027-01-01")
        #expect(r.progress(of: 0).descriptionEnd == Array("- [ ] Kubernetes".utf8).count)
    }
}

/// A count is part of one goal in every percent (issue 27): 120/300 of an open goal is 0.4 of it.
struct PartialTallyTests {
    @Test func aCountedGoalCountsAsItsPart() {
        let r = roadmap("# Plan\n## DSA\n- [ ] Solve 300 problems (120/300)\n- [x] Learn Big-O\n")
        #expect(r.tally.done == 1 && r.tally.counted == 2)
        #expect(r.tally.percent == 70)
        #expect(r.sections[2].goals.percent == 70)
        #expect(r.tally.partialGoals == 1)
    }

    @Test func aCountAtItsTargetIsNotDoneUntilTicked() {
        #expect(roadmap("- [ ] Run 100 km (130/100)").tally.percent == 99)
        #expect(roadmap("- [ ] Run 100 km (100/100)").tally.percent == 99)
    }

    @Test func doneAndCancelledGoalsIgnoreTheirCount() {
        #expect(roadmap("- [x] Run 100 km (30/100)\n- [ ] Swim").tally.percent == 50)
        #expect(roadmap("- [-] Run 100 km (30/100)\n- [ ] Swim").tally.percent == 0)
    }

    @Test func inProgressGoalsCountTheirPartToo() {
        #expect(roadmap("- [/] Read 10 books (5/10)\n- [ ] Swim").tally.percent == 25)
    }
}

/// The tally a state change reports (`check` prints it) drops a count's part when the goal is
/// ticked or cancelled, and takes it back when the goal is reopened.
struct PartialTallyChangeTests {
    @Test func tickingACountedGoalCountsItOnce() {
        let p = plan(roadmap("- [ ] Solve 300 problems (150/300)\n- [ ] Graphs\n"))
        let ref = GoalRef(file: 0, goal: 0)
        #expect(p.changing([ref], to: .done, doneDate: nil).tally.percent == 50)
        #expect(p.changing([ref], to: .cancelled, doneDate: nil).tally.percent == 0)
        #expect(p.changing([ref], to: .inProgress, doneDate: nil).tally.percent == 25)
        let done = plan(roadmap("- [x] Solve 300 problems (150/300)\n- [ ] Graphs\n"))
        #expect(done.changing([ref], to: .open, doneDate: nil).tally.percent == 25)
    }
}

/// Lines are untrusted: any bytes at the end of a goal's line read without a crash, and every
/// field found lies inside the goal's text.
struct ProgressFieldsRobustnessTests {
    @Test func anyEndingReads() {
        let pieces = ["(", ")", "[", "]", "/", "::", "count", "spent", "habit", "estimate", "1", "99999999999", "h", "m", ".",
                      " ", "⏱", "\u{FE0F}", "🔁", "📅 2026-01-01", "#t", "^b", "\t", "\u{7}", "\u{FF}", ","]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let tail = (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let r = roadmap("- [ ] a \(tail)\n- [ ] \(tail)")
            for goal in r.goals.indices {
                let fields = r.progressFields(of: goal)
                for field in fields.fields {
                    #expect(r.goals[goal].textRange.contains(field.range.lowerBound) && field.range.upperBound <= r.goals[goal].textRange.upperBound, "\(tail)")
                }
                _ = r.progress(of: goal)
                _ = r.habit(of: goal)
                // Applying checks that no two edits overlap (a precondition).
                if let change = try? r.progressChange(goal, adding: 1, today: CivilDate(iso: "2026-12-07")) { _ = change.edits.applied(to: r.bytes) }
                if let change = try? r.progressChange(goal, setting: "3/3", today: CivilDate(iso: "2026-12-07")) { _ = change.edits.applied(to: r.bytes) }
                if let change = try? r.spendChange(goal, adding: 30) { _ = change.edits.applied(to: r.bytes) }
            }
            _ = r.tally.percent
        }
    }
}
