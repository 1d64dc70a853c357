import Foundation
import Testing
import RoadmapKit
@testable import roadmap

/// Habits on the command line (issue 27): add-progress writes a done entry, skip a skipped one,
/// one line each and undoable; status shows the streak and counts the habit apart.
final class HabitCommandTests {
    static let text = """
    # Plan

    ## Writing
    - [ ] Blog post [habit:: 1/week]
      - [x] 2026-11-02
      - [x] 2026-11-10
    - [x] Set up the blog

    """

    let h: CLIHarness
    var state: [String: String] { ["XDG_STATE_HOME": h.directory.appendingPathComponent("state").path] }

    init() throws { h = try CLIHarness(files: ["roadmap.md": Self.text]) }
    deinit { try? FileManager.default.removeItem(at: h.directory) }

    func run(_ arguments: [String], today: String = "2026-11-22") -> CLIHarness.Result {
        h.run(arguments, variables: state.merging(["ROADMAP_TODAY": today]) { $1 })
    }
    var file: String { (try? h.read("roadmap.md")) ?? "" }

    @Test func skipThenDoneKeepTheStreak() {
        let skip = run(["skip", "post", "--date", "2026-11-17"])
        #expect(skip.status == .success, "\(skip.stderr)")
        #expect(file == Self.text.replacing("  - [x] 2026-11-10\n", with: "  - [x] 2026-11-10\n  - [-] 2026-11-17\n"))
        let done = run(["add-progress", "post"], today: "2026-11-25")
        #expect(done.status == .success, "\(done.stderr)")
        #expect(file.contains("  - [-] 2026-11-17\n  - [x] 2026-11-25\n"))
        #expect(done.stdout.contains("done 2026-11-25; 1/1 this week, streak 3 weeks (longest 3)"), "\(done.stdout)")
        let status = run(["status"], today: "2026-11-26")
        #expect(status.stdout.contains("Blog post"), "\(status.stdout)")
        #expect(status.stdout.contains("1/1 this week, streak 3 weeks (longest 3)"), "\(status.stdout)")
        #expect(status.stdout.contains("1/1 100%"), "the habit is counted apart: \(status.stdout)")
        #expect(status.stdout.contains("1 habit counted apart"), "\(status.stdout)")
        #expect(run(["undo"]).status == .success && run(["undo"]).status == .success)
        #expect(file == Self.text)
    }

    @Test func skipRefusesAGoalThatIsNoHabit() {
        let result = run(["skip", "set", "up"])
        #expect(result.status == .failure && result.stderr.contains("is no habit"), "\(result.stderr)")
        #expect(file == Self.text)
    }
}
