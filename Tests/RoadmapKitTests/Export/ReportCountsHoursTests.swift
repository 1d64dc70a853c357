import Testing
@testable import RoadmapKit
@testable import RoadmapCore

/// The report's counts, hours and habit days (issue 27) as text: what each shows, and that a
/// name from the file stays text in the table, the calendar's titles and the habits' table.
struct ReportCountsHoursTests {
    static let plan = """
    # Plan

    ## Skills <b>here</b>

    - [x] Learn Go ✅ 2026-11-03
    - [ ] Solve <script>x</script> problems (12/50)
    - [ ] Kubernetes ⏱ 3h [estimate:: 40h]
    - [ ] Post <img src=x> weekly [habit:: 1/week]
      - [x] 2026-11-02
      - [-] 2026-11-09

    """

    static func page(history: (inout History) -> Void = { _ in }) -> String {
        let plan = Plan(single: Roadmap(parsing: Array(ReportCountsHoursTests.plan.utf8)), path: "plan.md")
        let schedule = PlanSchedule(plan, today: CivilDate(iso: "2026-11-20")!)
        var built = HistoryBuilder.build(schedule, replay: nil)
        history(&built)
        return HTMLReport.render(ReportFacts(schedule), history: built)
    }

    @Test func countsAndHoursPerSectionAndMonth() {
        let html = Self.page { history in
            history.spent = [History.TimeSpent(date: CivilDate(iso: "2026-10-30")!, minutes: 60),
                             History.TimeSpent(date: CivilDate(iso: "2026-11-04")!, minutes: 120)]
        }
        #expect(html.contains("<h2") && html.contains("Counts and hours"))
        #expect(html.contains("<td>Solve &lt;script&gt;x&lt;/script&gt; problems</td><td class=\"n\">12</td><td class=\"n\">50</td>"))
        #expect(!html.contains("<script>x"))
        #expect(html.contains("<td><strong>Overall</strong></td><td class=\"n\">3h</td><td class=\"n\">40h</td>"))
        #expect(html.contains(">Oct 2026</time></td><td class=\"n\">1h</td>"))
        #expect(html.contains(">Nov 2026</time></td><td class=\"n\">2h</td>"))
    }

    @Test func theCalendarRingsTheHabitsDays() {
        let html = Self.page()
        #expect(html.contains("class=\"heat0 habit\""))
        #expect(html.contains("class=\"heat0 habit-skip\""))
        #expect(html.contains("<title>Post &lt;img src=x&gt; weekly done on 2026-11-02</title>"))
        #expect(html.contains("<title>Post &lt;img src=x&gt; weekly skipped on 2026-11-09</title>"))
        #expect(!html.contains("<img"))
        #expect(html.contains("Table of the habits’ days"))
    }

    @Test func aPlanWithoutCountsOrHoursHasNoSuchSection() {
        let plan = Plan(single: Roadmap(parsing: Array("# Plan\n\n- [ ] Learn Go\n".utf8)), path: "plan.md")
        let schedule = PlanSchedule(plan, today: CivilDate(iso: "2026-11-20")!)
        let html = HTMLReport.render(ReportFacts(schedule), history: HistoryBuilder.build(schedule, replay: nil))
        #expect(!html.contains("Counts and hours"))
        #expect(!html.contains(" habit\"") && !html.contains("habit-skip\"") && !html.contains("habits’ days"))
    }
}
