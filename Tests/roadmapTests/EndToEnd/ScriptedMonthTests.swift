import Foundation
import Testing
@testable import roadmap
import RoadmapTestSupport

/// Issue 27's scripted month on the bundled career roadmap: posts counted, Terraform study hours
/// spent (and one taken back, `-30m` with no `--`), a weekly habit kept with one skip, a commit
/// after each day's work, two goals learned and put on refreshers (`recall`). `status`, `review`,
/// `history`, `next` and the report (in headless Chromium) show it all; every write changes one line, and undo and redo take it back and forth.
@Suite(.serialized)
struct ScriptedMonthTests {
    static let file = "career-roadmap.md"

    /// Runs one write on `today`: it must change one line (rewrite it, or add it), undo must give
    /// back the file before it and redo the file after it.
    func write(_ repository: GitRepository, _ arguments: [String], today: String) throws {
        let before = try repository.read(Self.file)
        let result = repository.run(arguments, today: today)
        #expect(result.status == .success, "\(arguments): \(result.stderr)")
        let after = try repository.read(Self.file)
        #expect(Self.oneLineChanged(before, after), "\(arguments) changed more than one line")
        let undone = repository.run(["undo"], today: today)
        #expect(undone.status == .success, "undo after \(arguments): \(undone.stderr)")
        #expect(try repository.read(Self.file) == before, "undo after \(arguments) did not give the file back")
        let redone = repository.run(["redo"], today: today)
        #expect(redone.status == .success, "redo after \(arguments): \(redone.stderr)")
        #expect(try repository.read(Self.file) == after, "redo after \(arguments) did not give the write back")
    }

    /// One line rewritten in place, or one line added and nothing else moved.
    static func oneLineChanged(_ before: String, _ after: String) -> Bool {
        let old = before.split(separator: "\n", omittingEmptySubsequences: false)
        let new = after.split(separator: "\n", omittingEmptySubsequences: false)
        if old.count == new.count { return zip(old, new).filter { $0 != $1 }.count == 1 }
        guard new.count == old.count + 1 else { return false }
        return new.indices.contains { k in Array(new[..<k]) + Array(new[(k + 1)...]) == old }
    }

    @Test func aMonthOfCountsHoursAndAWeeklyHabit() throws {
        guard let repository = try GitRepository.make(for: "aMonthOfCountsHoursAndAWeeklyHabit") else { return }
        try repository.write(Self.file, try ReportFixtures.bundled(Self.file))
        try repository.commit("Start from the bundled career roadmap", on: "2026-11-01")
        let posts = ["add-progress", "five", "technical", "posts"]
        let terraform = ["spend", "terraform", "associate"]
        let habit = ["community", "each", "week"]
        let days: [(String, [[String]])] = [
            ("2026-11-02", [posts, terraform + ["2h"], ["add-progress"] + habit, ["check", "linux", "shell"]]),
            ("2026-11-03", [["recall", "linux", "shell", "--yes"]]),
            ("2026-11-04", [terraform + ["1h30m"], ["check", "multi-stage", "docker"], ["recall", "multi-stage", "--yes"]]),
            ("2026-11-10", [posts, ["add-progress"] + habit, ["set-progress", "thirty", "published", "posts", "2"],
                            ["recall", "linux", "shell", "--yes"], ["recall", "multi-stage", "--yes"]]),
            ("2026-11-17", [["skip"] + habit, terraform + ["-30m"]]),
            ("2026-11-24", [posts, terraform + ["1h"], ["add-progress"] + habit]),
        ]
        for (day, writes) in days {
            for arguments in writes { try write(repository, arguments, today: day) }
            try repository.commit("Work of \(day)", on: day)
        }
        let text = try repository.read(Self.file)
        #expect(text.contains("- [ ] Publish five technical posts (3/5)\n"))
        #expect(text.contains("- [ ] HashiCorp Terraform Associate [estimate:: 30h] [spent:: 4h]\n"))
        #expect(text.contains("- [ ] Reach thirty published posts in total (2/30)\n"))
        #expect(text.contains("[habit:: 1/week]\n  - [x] 2026-11-02\n  - [x] 2026-11-10\n  - [-] 2026-11-17\n  - [x] 2026-11-24\n"))

        // Two refreshers: Linux asked a day after it was learned (1 day: solid moves it to 3), then
        // both due by 11-10 and solid again; Docker first asked on the day it was learned.
        let recall = text.split(separator: "\n").filter { $0.contains("🔄 ") }.map(String.init)
        #expect(recall.count == 2, "two goals carry a refresher date:\n\(recall)")
        #expect(recall.contains { $0.hasPrefix("- [x] Work comfortably in a Linux shell") && $0.contains("✅ 2026-11-02") }, "\(recall)")
        #expect(recall.contains { $0.hasPrefix("- [x] Build small, reproducible images") && $0.contains("✅ 2026-11-04") }, "\(recall)")

        let today = "2026-11-30"
        let next = repository.run(["next"], today: today)
        #expect(next.status == .success, "\(next.stderr)")
        #expect(next.stdout.contains("Refreshers due (2)"), "next names the refreshers due:\n\(next.stdout)")
        let status = repository.run(["status"], today: today)
        #expect(status.status == .success, "\(status.stderr)")
        #expect(status.stdout.contains("4h of 80h"), "status totals the hours:\n\(status.stdout)")
        #expect(status.stdout.contains("0/1 this week, streak 3 weeks (longest 3)"), "the skip keeps the streak:\n\(status.stdout)")

        let history = repository.run(["history"], today: today)
        #expect(history.status == .success, "\(history.stderr)")
        let lines = history.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("Publish five technical posts") && $0.contains("0 → 3") && $0.contains("of 5") }, "\(history.stdout)")
        #expect(lines.contains { $0.contains("Reach thirty published post") && $0.contains("0 → 2") && $0.contains("of 30") }, "\(history.stdout)")
        #expect(lines.contains { $0.contains("week of 2026-11-02") && $0.contains("3.5h") }, "\(history.stdout)")
        #expect(lines.contains { $0.contains("week of 2026-11-16") && $0.contains("-0.5h") }, "\(history.stdout)")
        #expect(lines.contains { $0.contains("week of 2026-11-23") && $0.contains("1h") }, "\(history.stdout)")

        let review = repository.run(["review", "--yes"], today: today)
        #expect(review.status == .success, "\(review.stderr)")
        let reviewLines = review.stdout.split(separator: "\n").map(String.init)
        #expect(reviewLines.contains { $0.hasPrefix("Counts") && $0.contains("Publish five technical posts – → 3/5") }, "\(review.stdout)")
        #expect(reviewLines.contains { $0.hasPrefix("Hours") && $0.contains("4h spent since 2026-11-01") && $0.contains("2026-11 4h") }, "\(review.stdout)")

        try report(repository, today: today)
    }

    /// The report of the month, loaded in headless Chromium.
    func report(_ repository: GitRepository, today: String) throws {
        guard let python = PageProbe.python() else {
            print("SKIP: aMonthOfCountsHoursAndAWeeklyHabit's report: python3 not on PATH (it parses the DOM)")
            return
        }
        guard let chromium = Chromium.find(profile: repository.directory.appendingPathComponent("chromium-profile")) else {
            print("SKIP: aMonthOfCountsHoursAndAWeeklyHabit's report: chromium not on PATH (apt-get install chromium)")
            return
        }
        let result = repository.run(["report", "-o", "month.html"], today: today)
        #expect(result.status == .success, "\(result.stderr)")
        let dom = try PageProbe.dom(try chromium.dom(repository.directory.appendingPathComponent("month.html")), python: python)
        for text in ["Counts and hours", "Publish five technical posts 3 5", "Reach thirty published posts in total 2 30",
                     "Overall 4h 80h", "Nov 2026 4h",
                     "Answer a question in an infrastructure or MLOps community each week done on 2026-11-10",
                     "Answer a question in an infrastructure or MLOps community each week skipped on 2026-11-17",
                     "a habit done · skipped"] {
            #expect(dom.text.contains(text), "missing: \(text)")
        }
        #expect(dom.attributes.contains { $0.contains("class=heat0 habit-skip") })
        #expect(dom.attributes.filter { $0.contains(" habit") && !$0.contains("habit-skip") }.count == 3)
    }
}
