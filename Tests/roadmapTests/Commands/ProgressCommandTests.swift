import Foundation
import Testing
import RoadmapKit
@testable import roadmap

/// `add-progress`, `set-progress` and `spend` (issue 27): one field's bytes change, a count that
/// reaches its target ticks the goal, and each write is one journal entry that `undo` reverts.
final class ProgressCommandTests {
    static let text = """
    # Plan

    ## Practice
    - [ ] Solve 300 LeetCode problems (120/300)
    - [ ] Read 12 books [count:: 11/12]
    - [x] Learn Big-O ✅ 2026-10-01

    ## Study
    - [ ] Kubernetes ⏱ 12.5h [estimate:: 40h]
    - [ ] Terraform

    """

    let h: CLIHarness
    var state: [String: String] { ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path] }

    init() throws { h = try CLIHarness(files: ["roadmap.md": Self.text]) }
    deinit { try? FileManager.default.removeItem(at: h.directory) }

    func run(_ arguments: [String]) -> CLIHarness.Result { h.run(arguments, variables: state) }
    var file: String { (try? h.read("roadmap.md")) ?? "" }

    @Test func addProgressChangesOnlyTheCount() {
        let result = run(["add-progress", "leetcode"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(file == Self.text.replacing("(120/300)", with: "(121/300)"))
        #expect(result.stdout.hasPrefix("#1 Solve 300 LeetCode problems: 120/300 → 121/300\n"), "\(result.stdout)")
        #expect(run(["add-progress", "1", "9"]).status == .success)
        #expect(run(["add-progress", "leetcode", "problems", "-30"]).status == .success, "the last word is N when it is a number")
        #expect(file.contains("(100/300)"))
    }

    @Test func reachingTheTargetTicksWithTheDate() {
        let result = run(["add-progress", "books"])
        #expect(result.status == .success, "\(result.stderr)")
        #expect(file.contains("- [x] Read 12 books [count:: 12/12]  [completion:: 2026-11-22]\n")
                || file.contains("- [x] Read 12 books [count:: 12/12] ✅ 2026-11-22\n"), "\(file)")
        #expect(result.stdout.contains("checked"), "\(result.stdout)")
    }

    @Test func setProgressAndTheRefusals() {
        #expect(run(["set-progress", "leetcode", "200"]).status == .success)
        #expect(file.contains("(200/300)"))
        let below = run(["add-progress", "leetcode", "-500"])
        #expect(below.status == .failure && below.stderr.contains("below 0"), "\(below.stderr)")
        let none = run(["add-progress", "terraform"])
        #expect(none.status == .failure && none.stderr.contains("has no count"), "\(none.stderr)")
        #expect(run(["set-progress", "terraform", "0/5"]).status == .success)
        #expect(file.contains("- [ ] Terraform (0/5)\n"))
        #expect(run(["set-progress", "leetcode", "x"]).status == .usage)
    }

    @Test func spendAddsHours() {
        for (time, shown) in [("1.5h", "14h"), ("90m", "15.5h"), ("1h30m", "17h")] {
            let result = run(["spend", "kubernetes", time])
            #expect(result.status == .success, "\(result.stderr)")
            #expect(file.contains("- [ ] Kubernetes ⏱ \(shown) [estimate:: 40h]\n"), "\(file)")
        }
        #expect(run(["spend", "kubernetes", "2h"]).stdout.hasPrefix("#4 Kubernetes: 17h → 19h of 40h estimated"))
        #expect(run(["spend", "terraform", "45m"]).status == .success)
        #expect(file.contains("- [ ] Terraform ⏱ 45m\n"))
        #expect(run(["spend", "terraform", "soon"]).status == .usage)
        #expect(run(["spend", "terraform"]).status == .usage)
    }

    /// Time spent is held against the estimates of the goals that have one: `5h of 4h` read as
    /// over budget when 3h of the 5h went to a goal nobody estimated.
    @Test func hoursCompareSpentWithEstimatesOfTheSameGoals() {
        #expect(run(["spend", "terraform", "3h"]).status == .success)
        let hours = run(["status"]).stdout.split(separator: "\n").drop { $0 != "Hours" }.prefix(3)
            .map { $0.replacingOccurrences(of: " +", with: " ", options: .regularExpression) }
        #expect(hours == ["Hours", "Overall 15.5h, 12.5h of 40h estimated", "Study 15.5h, 12.5h of 40h estimated"], "\(hours)")
        #expect(run(["spend", "terraform", "-3h"]).status == .success)
        let estimated = run(["status"]).stdout.split(separator: "\n").drop { $0 != "Hours" }.dropFirst().first
            .map { $0.replacingOccurrences(of: " +", with: " ", options: .regularExpression) }
        #expect(estimated == "Overall 12.5h of 40h", "\(String(describing: estimated))")
    }

    @Test func eachWriteIsUndoable() {
        #expect(run(["add-progress", "books"]).status == .success)
        #expect(run(["spend", "terraform", "1h"]).status == .success)
        #expect(run(["undo"]).status == .success)
        #expect(run(["undo"]).status == .success)
        #expect(file == Self.text)
    }

    @Test func dryRunWritesNothing() {
        let result = run(["add-progress", "books", "--dry-run"])
        #expect(result.stdout.contains("+- [x] Read 12 books"), "\(result.stdout)")
        #expect(file == Self.text)
    }

    @Test func statusAndListShowTheCounts() {
        let status = run(["status"])
        // 1 done + 0.4 + 11/12 of 5 goals: 46%.
        #expect(status.stdout.contains("46%"), "\(status.stdout)")
        #expect(status.stdout.contains("2 goals with a count count as their part"), "\(status.stdout)")
        #expect(status.stdout.contains("12.5h of 40h"), "hours per section: \(status.stdout)")
        let list = run(["list"])
        #expect(list.stdout.contains("Solve 300 LeetCode problems (120/300)"), "\(list.stdout)")
        #expect(list.stdout.contains("Kubernetes ⏱ 12.5h"), "\(list.stdout)")
        let json = run(["list", "--json"]).stdout
        #expect(json.contains(#""count":120,"target":300"#), "\(json)")
        #expect(json.contains(#""spentMinutes":750,"estimateMinutes":2400"#), "\(json)")
        #expect(json.contains(#""count":null,"target":null"#))
    }
}

/// `next --neglected`: goals that track time, least time spent first.
struct NeglectedTests {
    @Test func leastTimeFirst() throws {
        let h = try CLIHarness(files: ["roadmap.md": """
        # Plan
        - [ ] Kubernetes ⏱ 12.5h [estimate:: 40h]
        - [ ] Terraform ⏱ 2h
        - [ ] Go [estimate:: 10h]
        - [x] Docker ⏱ 1h
        - [ ] Rust

        """])
        let result = h.run(["next", "--neglected"])
        #expect(result.status == .success, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(result.stdout)")
        #expect(lines.count == 4 && lines[1].contains("Go") && lines[2].contains("Terraform") && lines[3].contains("Kubernetes"), "\(result.stdout)")
        let json = h.run(["next", "--neglected", "--json"]).stdout
        #expect(json.hasPrefix(#"[{"id":"3","text":"Go"#), "\(json)")
    }
}
