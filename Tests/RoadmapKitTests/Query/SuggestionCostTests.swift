import Testing
@testable import RoadmapKit
@testable import RoadmapCore

/// Issue 13 (and 12): a 2,000-character query against two 200 KB goals took 19 s, 8,000
/// characters 112 s: the suggestions computed full edit-distance tables between every query word
/// and every goal word. One edit distance now (`Closeness`), banded, with early exit, on words of
/// at most 64 characters, within a budget of cells per query; the work is counted, not timed.
struct SuggestionCostTests {
    /// Words of `length` letters drawn from a seeded sequence, `count` of them.
    static func words(_ count: Int, length: Int, seed: UInt64) -> [String] {
        var state = seed
        return (0..<count).map { _ in
            String((0..<length).map { _ -> Character in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return Character(Unicode.Scalar(UInt8(97 + (state >> 33) % 26)))
            })
        }
    }

    static let bigGoals: Roadmap = {
        let goal = { (seed: UInt64) in "- [ ] " + words(22_000, length: 8, seed: seed).joined(separator: " ") + "\n" }
        let long = "- [ ] " + words(100, length: 2_000, seed: 3).joined(separator: " ") + "\n"
        return roadmap(goal(1) + goal(2) + long)
    }()

    @Test(arguments: [(2_000, 8), (8_000, 8), (2_000, 2_000), (8_000, 8_000), (8_000, 1)])
    func longQueriesCostABoundedAmount(_ characters: Int, _ wordLength: Int) {
        let query = Self.words(characters / (wordLength + 1) + 1, length: wordLength, seed: 9).joined(separator: " ")
        var work = 0
        let r = Self.bigGoals
        var steps = 0
        let found = Suggestions.rank(PlainText.words(query).map(String.init), count: r.goals.count, limit: 3, work: &work, steps: &steps) { r.text(of: $0) }
        #expect(work <= Suggestions.budget + Closeness.mostCells, "\(work) distance cells")
        #expect(found.count <= 3)
        #expect(Plan(single: r, path: "roadmap.md").resolve(GoalQuery([query])) != .match(GoalRef(file: 0, goal: 0)))
    }

    /// The banded distance with early exit is the full one wherever that is within the limit.
    @Test func bandedDistanceIsExactWithinTheLimit() {
        var state: UInt64 = 5
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<3_000 {
            let a = (0..<next(10)).map { _ in Unicode.Scalar(UInt8(97 + next(3))) }
            let b = (0..<next(10)).map { _ in Unicode.Scalar(UInt8(97 + next(3))) }
            let limit = next(5)
            var work = 0
            let full = Self.fullDistance(a, b)
            #expect(Closeness.distance(a, b, limit: limit, work: &work) == (full <= limit ? full : nil), "\(a) \(b) \(limit)")
        }
    }

    /// `isClose` on strings decides words past the longest without reading them whole (issue 22);
    /// it still answers as the full distance does, around that length too.
    @Test func isCloseIsTheFullDistanceWithinTheLimit() {
        var state: UInt64 = 22
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<1_500 {
            let long = next(2) == 0
            let a = (0..<(long ? 60 + next(10) : next(10))).map { _ in Unicode.Scalar(UInt8(97 + next(2))) }
            var b = a
            for _ in 0..<next(4) where !b.isEmpty { b[next(b.count)] = Unicode.Scalar(UInt8(97 + next(3))) }
            if next(3) == 0 { b.append("c") }
            let full = Self.fullDistance(a, b)
            let expected = a == b || (a.count <= Closeness.longestWord && b.count <= Closeness.longestWord && full <= Closeness.limit(a.count))
            let typed = String(String.UnicodeScalarView(a)), name = String(String.UnicodeScalarView(b))
            #expect(Closeness.isClose(typed, name) == expected, "\(typed) \(name) \(full)")
        }
    }

    @Test func oneRuleForEveryCloseness() {
        #expect(Closeness.isClose("dokcer", "docker") && Closeness.isClose("nmae", "name") && Closeness.isClose("stauts", "status"))
        #expect(!Closeness.isClose("go", "js") && !Closeness.isClose("kubernetes", "terraform"))
        #expect(Closeness.closest("jsno", among: ["depth", "json"]) == "json")
        #expect(Closeness.closest("carer-roadmap", among: ["career-roadmap", "director-roadmap"]) == "career-roadmap")
        let long = String(repeating: "a", count: 500)
        #expect(!Closeness.isClose(long, long + "b"), "past the longest word, only equal is close")
    }

    /// Optimal string alignment with the whole table: the reference.
    static func fullDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
