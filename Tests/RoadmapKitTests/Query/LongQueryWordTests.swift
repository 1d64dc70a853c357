import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

/// Issue 22, section 6: one query word of 10,000 characters against 20,000 goals took 15.5 s.
/// Not the edit distance (banded and capped since issue 13) but what surrounds it: every goal
/// read the whole word again (to bytes, to see whether it is ASCII, to a String for the
/// suggestions). The words are read once now, and a goal costs its own text. Counted, not timed
/// (`make bench` times it): `steps` is every byte or Character the query's searches read.
struct LongQueryWordTests {
    static let goals: Roadmap = {
        let words = ["docker", "kubernetes", "linux", "git", "python", "terraform", "aws", "ansible", "golang", "rust"]
        var text = "# Plan\n\n## Goals\n"
        for i in 0..<20_000 {
            text += "- [ ] Learn \(words[i % 10]) n\(i)n and é \(words[(i / 10) % 10])\n"
        }
        return roadmap(text)
    }()
    /// The path every command takes: the file as a plan of one.
    static let plan = Plan(single: goals, path: "roadmap.md")

    /// The plain text the searches may read: every goal's once.
    static var textBytes: Int { goals.goals.indices.reduce(0) { $0 + PlainText.of(goals.text(of: $1)).utf8.count } }

    @Test(arguments: [String(repeating: "a", count: 10_000), String(repeating: "é", count: 10_000),
                      "learn " + String(repeating: "x", count: 10_000), "docker é " + String(repeating: "ab", count: 5_000)])
    func aLongWordCostsTheTextNotTheWordTimesTheGoals(_ query: String) {
        var steps = 0
        let result = Self.plan.resolve(GoalQuery([query]), steps: &steps)
        guard case .none = result else { Issue.record("\(result)"); return }
        // Each goal's text a few times over (to bytes, to Characters, a search per word until one
        // is missing, then the suggestions' searches), the query's words once each. Before: the
        // query again for every goal, 279 to 603 million steps.
        #expect(steps <= 10 * Self.textBytes + 4 * query.utf8.count, "\(steps) steps for \(Self.textBytes) bytes of goals")
        // And the count is of the search the plan ran: every goal's text was read at least once.
        #expect(steps >= Self.textBytes, "\(steps) steps for \(Self.textBytes) bytes of goals")
    }

    /// Words that do match still find their goal, through the same searches.
    @Test func normalQueriesAnswerAsBefore() {
        let plan = Self.plan
        var steps = 0
        #expect(plan.resolve(GoalQuery(["docker", "n10n"]), steps: &steps) == .match(GoalRef(file: 0, goal: 10)))
        #expect(plan.resolve(GoalQuery(["É", "rust", "n9n"]), steps: &steps) == .match(GoalRef(file: 0, goal: 9)))
        #expect(plan.resolve(GoalQuery(["e\u{301}", "rust", "n9n"]), steps: &steps) == .match(GoalRef(file: 0, goal: 9)), "canonically equal")
    }
}
