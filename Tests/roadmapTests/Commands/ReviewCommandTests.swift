import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// `roadmap review` in its scripted form (no terminal): what it writes, byte for byte, across
/// months and within one, on CRLF files and files without a final newline, and `--history`.
struct ReviewCommandTests {
    static let file = "career-roadmap.md"

    func harness(_ text: String = ReviewSample.text) throws -> CLIHarness {
        try CLIHarness(files: [Self.file: text])
    }

    @Test func writesTheEntryAndTheSkillCellAndNothingElse() throws {
        let h = try harness()
        let result = h.run(["review", "--today", "2026-10-20", "--metric", "Python=45", "--metric", "GitHub contributions=120",
                            "--note", "Good month"])
        #expect(result.status == .success)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasSuffix("\nWrote the 2026-10 review to career-roadmap.md: 2/7 (28%), 2 goals completed, 2 metrics, a note.\nAlso set 1 metric cell.\n"))
        let expected = ReviewSample.text.replacingOccurrences(of: "| Python | 30% |", with: "| Python | 45% |") + """

        ## Review Log

        ### 2026-10 review (2026-10-20)

        - Progress: 2/7 (28%)
        - Completed since the start, 2026-08-15: 2 goals
          - Linux shell
          - Docker images
        - Metrics:
          - Python: 45%
          - GitHub contributions: 120
        - Note: Good month

        """
        #expect(try h.read(Self.file) == expected)
    }

    @Test func showsWhatMovedTheDueCheckpointAndTheMetrics() throws {
        let result = try harness().run(["review", "--today", "2026-10-20", "--dry-run", "--metric", "posts=1"], variables: [:])
        #expect(result.status == .success)
        // --dry-run without a terminal prints only the diff.
        #expect(result.stdout.hasPrefix("--- a/career-roadmap.md\n+++ b/career-roadmap.md\n"))
        let shown = try harness().run(["review", "--today", "2026-10-20", "--metric", "posts=1"])
        #expect(shown.stdout.hasPrefix("""
        Review 2026-10 of career-roadmap.md, 2026-10-20
        Since       the start, 2026-08-15 (no review yet)
        Progress    2/7 (28%), was 0/7 (0%)
        Completed   2 goals
          ✓ Linux shell  (Core, 2026-09-02)
          ✓ Docker images  (Core, 2026-10-03)
        Moved       Core +2 (2/3)

        Checkpoint  3-Month Checkpoint, due 2026-11-15 (in 26 days)  0/2 done
          [ ] Core practiced weekly
          [ ] Project 1 pushed
          Date: (blank) · Adjustments Needed: (none yet)

        Metrics     last value → next target
          Python                30% → 70%  Target (6 months), 2027-02-15
          Kubernetes            –   → 60%  Target (6 months), 2027-02-15
          GitHub contributions  –   → 500+  6 Months, 2027-02-15
          Published posts       –   → 1  6 Months, 2027-02-15
          Success Metrics: no current column, so the values are kept in the Review Log

        """))
    }

    @Test func twoReviewsInOneMonthMakeOneEntry() throws {
        let h = try harness()
        #expect(h.run(["review", "--today", "2026-10-05", "--metric", "GitHub contributions=100", "--note", "Early"]).status == .success)
        let second = h.run(["review", "--today", "2026-10-20", "--metric", "posts=1", "--metric", "GitHub contributions=120"])
        #expect(second.status == .success)
        #expect(second.stdout.contains("Updating    the 2026-10 entry of 2026-10-05 (one entry per month)\n"))
        #expect(second.stdout.contains("\nUpdated the 2026-10 review in career-roadmap.md: 2/7 (28%), 2 goals completed, 2 metrics, a note.\n"))
        let text = try h.read(Self.file)
        #expect(text.hasSuffix("""
        ## Review Log

        ### 2026-10 review (2026-10-20)

        - Progress: 2/7 (28%)
        - Completed since the start, 2026-08-15: 2 goals
          - Linux shell
          - Docker images
        - Metrics:
          - GitHub contributions: 120
          - Published posts: 1
        - Note: Early

        """))
        #expect(text.components(separatedBy: "review (").count == 2)
    }

    @Test func reviewsAcrossMonthsCountFromTheLastOne() throws {
        let h = try harness()
        #expect(h.run(["uncheck", "docker"]).status == .success)
        #expect(h.run(["review", "--today", "2026-09-20", "--metric", "GitHub contributions=40"]).status == .success)
        #expect(h.run(["check", "docker", "--today", "2026-10-03"]).status == .success)
        #expect(h.run(["check", "kubernetes app", "--today", "2026-10-11"]).status == .success)
        #expect(h.run(["review", "--today", "2026-10-20", "--metric", "GitHub contributions=120", "--note", "Kubernetes"]).status == .success)
        #expect(h.run(["check", "core practiced", "--today", "2026-11-02"]).status == .success)
        let november = h.run(["review", "--metric", "GitHub contributions=260", "--metric", "Kubernetes=40"])
        #expect(november.stdout.contains("Since       the 2026-10 review (2026-10-20)\nProgress    4/7 (57%), was 3/7 (42%)\n"))
        let text = try h.read(Self.file)
        #expect(text.contains("### 2026-09 review (2026-09-20)\n\n- Progress: 1/7 (14%)\n- Completed since the start, 2026-08-15: 1 goal\n  - Linux shell\n"))
        #expect(text.contains("### 2026-10 review (2026-10-20)\n\n- Progress: 3/7 (42%)\n- Completed since 2026-09-20: 2 goals\n  - Docker images\n  - Kubernetes app\n"))
        #expect(text.hasSuffix("### 2026-11 review (2026-11-22)\n\n- Progress: 4/7 (57%)\n- Completed since 2026-10-20: 1 goal\n  - Core practiced weekly\n- Metrics:\n  - Kubernetes: 40%\n  - GitHub contributions: 260\n"))
        #expect(text.contains("| Kubernetes | 40% | 60% |"))

        // status shows a metric with no current column at its last reviewed value.
        let status = h.run(["status"]).stdout
        #expect(status.contains("Success Metrics  (last review → next target)\n"))
        #expect(status.contains("  GitHub contributions  █████░░░░░  260 → 500+  6 Months, 2027-02-15\n"))

        let history = h.run(["review", "--history", "--json"])
        #expect(history.status == .success)
        #expect(history.stdout == """
        [{"date":"2026-09-20","goals":{"total":7,"done":1},"percent":14,"metrics":{"GitHub contributions":40},"note":null},\
        {"date":"2026-10-20","goals":{"total":7,"done":3},"percent":42,"metrics":{"GitHub contributions":120},"note":"Kubernetes"},\
        {"date":"2026-11-22","goals":{"total":7,"done":4},"percent":57,"metrics":{"Kubernetes":40,"GitHub contributions":260},"note":null}]

        """)
        let chart = h.run(["review", "--history"])
        #expect(chart.stdout == """
        Review log of career-roadmap.md: 3 reviews, 2026-09-20 to 2026-11-22

          Date       Goals     %  Completed  Note
          2026-09-20   1/7   14%         +1  –
          2026-10-20   3/7   42%         +2  Kubernetes
          2026-11-22   4/7   57%         +1  –

        Trend  oldest → newest, one mark per review
          Progress              ▃▆█  14% → 57%
          Kubernetes            ··█  40%
          GitHub contributions  ▂▄█  40 → 260

        """)
    }

    @Test func aHandEditedLogStillWorks() throws {
        let text = ReviewSample.text + """

        ## Review Log

        Newest first. Written by hand before `roadmap review` existed.

        ### 2026-10-18: October

        * **Progress:** 2 / 7
        * **Metrics:**
            * GitHub contributions: ~100
        * Felt slow.

        ### 2026-09

        - Progress: 1/7 (14%)
        - Note: first month
        """
        let h = try harness(text)
        let result = h.run(["review", "--metric", "posts=1", "--note", "Third"])
        #expect(result.status == .success)
        #expect(result.stdout.contains("Since       the 2026-10 review (2026-10-18)\n"))
        let after = try h.read(Self.file)
        #expect(after.hasPrefix(ReviewSample.text + "\n## Review Log\n\nNewest first. Written by hand before `roadmap review` existed.\n\n### 2026-11 review (2026-11-22)\n"))
        #expect(after.hasSuffix("- Note: Third\n\n### 2026-10-18: October\n" + text.components(separatedBy: "### 2026-10-18: October\n")[1]))
        let history = h.run(["review", "--history", "--json"])
        #expect(history.stdout == """
        [{"date":"2026-09","goals":{"total":7,"done":1},"percent":14,"metrics":{},"note":"first month"},\
        {"date":"2026-10-18","goals":{"total":7,"done":2},"percent":28,"metrics":{"GitHub contributions":"~100"},"note":null},\
        {"date":"2026-11-22","goals":{"total":7,"done":2},"percent":28,"metrics":{"Published posts":1},"note":"Third"}]

        """)
    }

    @Test func aSecondReviewKeepsLinesWrittenByHand() throws {
        let h = try harness()
        #expect(h.run(["review", "--today", "2026-10-05", "--note", "Early"]).status == .success)
        var text = try h.read(Self.file)
        text = text.replacingOccurrences(of: "- Note: Early\n", with: "- Note: Early\n- Mood: tired\n\nA paragraph of mine.\n")
        try h.write(Self.file, text)
        #expect(h.run(["review", "--today", "2026-10-20", "--note", "Later"]).status == .success)
        #expect(try h.read(Self.file).hasSuffix("- Note: Early · Later\n- Mood: tired\n\nA paragraph of mine.\n"))
    }

    @Test func crlfFilesGetCRLFLines() throws {
        let crlf = ReviewSample.text.replacingOccurrences(of: "\n", with: "\r\n")
        let h = try harness(crlf)
        #expect(h.run(["review", "--metric", "Python=50", "--note", "CRLF"]).status == .success)
        let bytes = try h.bytes(Self.file)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix(crlf.components(separatedBy: "| Python |")[0]))
        #expect(text.contains("| Python | 50% | 70% |\r\n"))
        #expect(text.hasSuffix("\r\n## Review Log\r\n\r\n### 2026-11 review (2026-11-22)\r\n\r\n- Progress: 2/7 (28%)\r\n- Completed since the start, 2026-08-15: 2 goals\r\n  - Linux shell\r\n  - Docker images\r\n- Metrics:\r\n  - Python: 50%\r\n- Note: CRLF\r\n"))
        for (i, b) in bytes.enumerated() where b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D) }
        #expect(h.run(["review", "--note", "again"]).status == .success)
        #expect(try h.read(Self.file).hasSuffix("- Note: CRLF · again\r\n"))
    }

    @Test func aFileWithoutFinalNewlineKeepsItThatWay() throws {
        let text = String(ReviewSample.text.dropLast())
        let h = try harness(text)
        #expect(h.run(["review", "--note", "one"]).status == .success)
        let once = try h.read(Self.file)
        #expect(once.hasPrefix(text + "\n\n## Review Log\n\n### 2026-11 review (2026-11-22)\n"))
        #expect(once.hasSuffix("- Note: one"))
        #expect(h.run(["review", "--note", "two"]).status == .success)
        #expect(try h.read(Self.file) == once.replacingOccurrences(of: "- Note: one", with: "- Note: one · two"))
        #expect(h.run(["review", "--today", "2026-12-20", "--note", "three"]).status == .success)
        let thrice = try h.read(Self.file)
        #expect(thrice.hasPrefix(once.replacingOccurrences(of: "- Note: one", with: "- Note: one · two") + "\n\n### 2026-12 review (2026-12-20)\n"))
        #expect(thrice.hasSuffix("- Note: three"))
    }

    @Test func dryRunWritesNothing() throws {
        let h = try harness()
        let result = h.run(["review", "--metric", "Python=50", "--note", "x", "--yes", "--adjust", "More", "--dry-run"])
        #expect(result.status == .success)
        #expect(try h.read(Self.file) == ReviewSample.text)
        #expect(result.stdout.hasPrefix("--- a/career-roadmap.md\n+++ b/career-roadmap.md\n@@ -6,7 +6,7 @@\n"))
        #expect(result.stdout.contains("-| Python | 30% | 70% |\n+| Python | 50% | 70% |\n"))
        #expect(result.stdout.contains("-**Date:** ____\n+**Date:** 2026-11-22\n"))
        #expect(result.stdout.contains(" **Adjustments Needed:**\n+\n+More\n \n"))
        #expect(result.stdout.hasSuffix("+- Note: x\n"))
    }

    @Test func yesHoldsTheCheckpointDueAndKeepsEveryValue() throws {
        let h = try harness()
        #expect(h.run(["review", "--today", "2026-10-20", "--metric", "GitHub contributions=120"]).status == .success)
        // Due 2026-11-15: in October it is shown but not held.
        #expect(h.run(["review", "--today", "2026-10-21", "--yes"]).status == .success)
        #expect(try h.read(Self.file).contains("**Date:** ____"))
        let november = h.run(["review", "--yes", "--adjust", "Less Terraform, more Kubernetes."])
        #expect(november.stdout.hasSuffix("Also filled the Date of 3-Month Checkpoint; wrote the Adjustments Needed of 3-Month Checkpoint.\n"))
        let text = try h.read(Self.file)
        #expect(text.contains("**Date:** 2026-11-22\n\n**Completed:**\n- [ ] Core practiced weekly\n- [ ] Project 1 pushed\n\n**Adjustments Needed:**\n\nLess Terraform, more Kubernetes.\n\n## Success Metrics"))
        #expect(text.hasSuffix("- Metrics:\n  - Python: 30%\n  - GitHub contributions: 120\n"))
        // Held: the next review has no checkpoint to adjust.
        let december = h.run(["review", "--today", "2026-12-20", "--adjust", "x"])
        #expect(december.status == .failure)
        #expect(december.stderr == "error: career-roadmap.md: no checkpoint is due by 2027-01-19, so --adjust has nowhere to go (see 'roadmap next'); nothing written\n")
    }

    @Test func badOptionsChangeNothing() throws {
        let h = try harness()
        let unknown = h.run(["review", "--metric", "Pythn=50"])
        #expect(unknown.status == .failure)
        #expect(unknown.stderr == "error: career-roadmap.md: no metric named 'Pythn' (did you mean 'Python'?)\nMetrics: Python, Kubernetes, GitHub contributions, Published posts\n")
        #expect(h.run(["review", "--metric", "Python"]).status == .usage)
        #expect(h.run(["review", "--metric", "Python="]).status == .usage)
        #expect(h.run(["review", "--note", "two\nlines"]).status == .usage)
        #expect(h.run(["review", "--json"]).status == .usage)
        #expect(h.run(["review", "--history", "--note", "x"]).status == .usage)
        let ambiguous = try CLIHarness(files: [Self.file: ReviewSample.text + "\n## More\n\n| Skill | Score |\n|---|---|\n| Python | 1 |\n"])
        let both = ambiguous.run(["review", "--metric", "Python=2"])
        #expect(both.status == .failure)
        #expect(both.stderr.hasPrefix("error: career-roadmap.md: 'Python' names 2 metrics; say which with a path like 'Skills › Python':\n"))
        #expect(ambiguous.run(["review", "--metric", "More > Python=2"]).status == .success)
        #expect(try ambiguous.read(Self.file).contains("  - More > Python: 2\n"))
        #expect(try h.read(Self.file) == ReviewSample.text)
    }

    @Test func historyOfARoadmapWithoutReviews() throws {
        let h = try harness()
        #expect(h.run(["review", "--history"]).stdout == "No reviews in career-roadmap.md yet; 'roadmap review' writes the first under ## Review Log.\n")
        #expect(h.run(["review", "--history", "--json"]).stdout == "[]\n")
    }
}
