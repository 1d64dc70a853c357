import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage
import RoadmapTestSupport

/// The HTML report as text: escaping, structure, self-containment, colours. Tests/roadmapTests
/// renders it in a real browser.
struct HTMLReportTests {
    static let hostile = """
    # </style><script>alert(1)</script>

    **Name:** "><svg onload=alert(1)>
    **Start Date:** 2026-01-15

    ## 6-Month <b>Goals</b>

    - [ ] <img src=x onerror=alert(1)> (Month 3)
    - [x] Learn [Docker](https://example.com/docker) ✅ 2026-02-01
    - [/] </textarea><iframe src=javascript:alert(1)>

    ### 3-Month Checkpoint <script>

    **Date:** ____

    - [ ] <style>body{display:none}</style>

    | Skill <u> | Current | Target |
    |---|---|---|
    | <script>x</script> | 40% | 80% |
    """

    static func page(_ text: String, today: String = "2026-03-01", history: History? = nil, title: String? = nil) -> String {
        let plan = Plan(single: Roadmap(parsing: Array(text.utf8)), path: "career-roadmap.md")
        let day = CivilDate(iso: today)!
        return HTMLReport.render(ReportFacts(PlanSchedule(plan, today: day)), history: history ?? HistoryBuilder.build(PlanSchedule(plan, today: day), replay: nil), title: title)
    }

    @Test func everythingFromTheFileIsText() {
        let html = Self.page(Self.hostile, today: "2026-04-01")
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;svg onload=alert(1)&gt;"))
        for tag in ["<img", "<script", "<iframe", "<textarea", "<u>", "<b>", "</textarea"] {
            #expect(!html.lowercased().contains(tag), "\(tag) reached the page")
        }
        #expect(html.components(separatedBy: "<style>").count == 2 && html.components(separatedBy: "</style>").count == 2)
        #expect(!html.contains("onerror=alert(1)>") || html.contains("onerror=alert(1)&gt;"))
        // The link's text stays, its address does not reach an attribute.
        #expect(!html.contains("href"))
    }

    @Test func aGivenTitleIsEscapedToo() {
        let html = Self.page("# Plan\n\n- [ ] a\n", title: "Ada's <plan> & \"more\"")
        #expect(html.contains("<title>Ada&apos;s &lt;plan&gt; &amp; &quot;more&quot; · progress report</title>"))
        #expect(html.contains("<h1>Ada&apos;s &lt;plan&gt; &amp; &quot;more&quot;</h1>"))
    }

    /// The markup itself, text left out: every `<` the page has starts a tag, since text from the
    /// file has its `<` escaped, so the tags are what lies between a `<` and the next `>`.
    static func tags(_ html: String) -> [Substring] {
        html.split(separator: "<").dropFirst().map { $0.prefix { $0 != ">" } }
    }

    @Test func nothingIsFetchedFromElsewhere() {
        let html = Self.page(Self.hostile, today: "2026-04-01", history: Self.yearOfHistory())
        let tags = Self.tags(html)
        #expect(tags.count > 500)
        for tag in tags {
            for needle in ["src=", "href=", "url(", "http:", "https:", "//", "xlink", "srcset", "action=", "formaction"] {
                #expect(!tag.lowercased().contains(needle), "\(needle) in <\(tag)>")
            }
            #expect(!["script", "link", "iframe", "img", "object", "embed", "base", "form", "input", "image", "use", "foreignObject"]
                .contains { tag.lowercased().hasPrefix($0.lowercased()) }, "<\(tag)>")
        }
        let css = ReportStyle.css
        for needle in ["url(", "@import", "@font-face", "http", "//"] { #expect(!css.contains(needle), "\(needle) in the CSS") }
        // The file's link target is not even kept as text: only the link's words are.
        #expect(!html.contains("example.com"))
    }

    @Test func semanticStructure() {
        let html = Self.page(Self.hostile, history: Self.yearOfHistory())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.components(separatedBy: "<h1>").count == 2)
        #expect(html.contains("<main>") && html.contains("<header class=\"masthead\">") && html.contains("<footer>"))
        for id in ["progress", "checkpoints", "next", "history", "metrics", "about"] {
            #expect(html.contains("<section class=\"top") && html.contains("id=\"\(id)\" aria-labelledby=\"\(id)-h\""), "section \(id)")
        }
        // Every chart has a table of its numbers, and a title naming what it shows.
        let charts = html.components(separatedBy: "<svg class=\"chart\"").count - 1
        #expect(charts == 3)
        #expect(html.components(separatedBy: "<details class=\"data\">").count - 1 == charts)
        #expect(html.components(separatedBy: "role=\"img\" aria-labelledby=").count - 1 == charts)
    }

    @Test func printsWithPageBreaksAndWithoutCutBars() {
        let css = ReportStyle.css
        let print = css[css.range(of: "@media print{")!.upperBound...]
        #expect(print.contains("section.top{break-before:page"))
        #expect(print.contains(".row,li,tr,figure,.card,svg{break-inside:avoid}"))
        #expect(print.contains("print-color-adjust:exact"))
        #expect(css.contains("@media (prefers-color-scheme:dark)"))
    }

    /// WCAG 2.2's contrast ratio (relative luminance, SC 1.4.3 and 1.4.11).
    static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let (r, g, b) = Badge.rgb(hex)!
            func channel(_ v: Int) -> Double {
                let c = Double(v) / 255
                return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
        }
        let (l1, l2) = (luminance(a), luminance(b))
        return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
    }

    @Test(arguments: [("light", ReportPalette.light), ("dark", ReportPalette.dark)])
    func colourPairsPassWCAGAA(name: String, palette: ReportPalette) {
        #expect(palette.pairs.count > 20)
        for pair in palette.pairs {
            let ratio = Self.contrast(pair.foreground, pair.background)
            #expect(ratio >= pair.minimum, "\(name): \(pair.use) \(pair.foreground) on \(pair.background) is \(ratio), needs \(pair.minimum)")
        }
        #expect(Self.contrast("#000000", "#ffffff") > 20.9)
    }

    @Test func theChartsDrawAYearOfHistory() throws {
        let history = Self.yearOfHistory()
        let html = Self.page(Self.career, today: "2026-11-22", history: history)
        // Burn-up: one table row per point; the done line and the dashed total.
        let burnup = try #require(html.range(of: "Table of the burn-up"))
        let table = html[burnup.upperBound...].prefix { _ in true }
        #expect(table.components(separatedBy: "</details>")[0].components(separatedBy: "<tr>").count - 2 == history.points.count)
        #expect(html.contains("class=\"done-line\"") && html.contains("class=\"total\"") && html.contains("class=\"pace-line\""))
        // Calendar: a cell for each of the last 53 weeks' days up to today, levels by count.
        let cells = html.components(separatedBy: "<rect class=\"heat").count - 1
        #expect(cells == 52 * 7 + 7)  // 2026-11-22 is a Sunday: its week is whole
        #expect(html.contains("<title>2 on "))
        // Pace and forecast, metrics with their trend from the history.
        #expect(html.contains("<strong>1.5 goals a week</strong>"))
        #expect(html.contains("42 days late") && html.contains("on track"))
        #expect(html.contains("aria-label=\"Kubernetes: 40, 45, 52, 55, 60\""))
        #expect(html.contains("From 212 commits"))
    }

    @Test func anEmptyRoadmapStillMakesAPage() {
        let html = Self.page("# Nothing here yet\n")
        #expect(html.contains("<h1>Nothing here yet</h1>"))
        #expect(html.contains("No goals yet"))
        #expect(html.contains("No history yet"))
        #expect(html.contains("no checkpoints"))
        #expect(!html.contains("<svg class=\"chart\""))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func aPlanAcrossFilesShowsEachFilesPart() {
        let root = "# Guide\n\n**Start Date:** 2026-01-05\n\n## Phases\n\n- [ ] [Phase 1: Basics](p1.md) (Months 1-2)\n- [ ] [Phase 2: More](p2.md)\n"
        let files = ["p1.md": "# Phase 1\n\n## Reading\n\n- [x] Read ✅ 2026-01-10\n- [/] Write\n", "p2.md": "# Phase 2\n\n- [ ] Ship\n"]
        let plan = Plan(root: Roadmap(parsing: Array(root.utf8)), path: "README.md") { path in
            files[path].map { .success(Array($0.utf8)) } ?? .failure(StorageError(path: path, message: "missing"))
        }
        let today = CivilDate(iso: "2026-02-01")!
        let html = HTMLReport.render(ReportFacts(PlanSchedule(plan, today: today)), history: HistoryBuilder.build(PlanSchedule(plan, today: today), replay: nil))
        #expect(html.contains("Files of this plan"))
        #expect(html.contains("<code>p1.md</code>") && html.contains("<code>p2.md</code>"))
        #expect(html.contains("Phase 1: Basics (Months 1-2)<span class=\"file-tag\">file</span>"))
        #expect(html.contains("<span class=\"count\">1/5</span><span class=\"pct\">20%</span>"))
        #expect(html.contains("<span class=\"id\">p1:2</span>Write"), "ids of goals in linked files carry the file")
    }

    static let career: String = {
        let url = PackagePaths.roadmaps.appendingPathComponent("career-roadmap.md")
        return (try? String(contentsOf: url, encoding: .utf8))?
            .replacingOccurrences(of: "**Start Date:** YYYY-MM-DD", with: "**Start Date:** 2025-11-24")
            .replacingOccurrences(of: "| Kubernetes | ___% | ___% |", with: "| Kubernetes | 60% | 70% |") ?? ""
    }()

    /// A year of history shaped like the git history builder's.
    static func yearOfHistory() -> History {
        let start = CivilDate(iso: "2025-11-24")!
        var points: [History.Point] = [], completions: [History.Completion] = []
        var done = 0
        for day in stride(from: 0, through: 363, by: 3) {
            let date = start.adding(days: day)
            let count = day % 15 == 0 ? 2 : day % 4 == 0 ? 1 : 0
            if count > 0 { completions.append(.init(date: date, count: count)); done += count }
            points.append(.init(date: date, done: done, total: day < 180 ? 70 : 75))
        }
        return History(points: points, completions: completions, pace: .init(weeks4: 1.5, weeks12: 1.25),
                       forecast: [.init(section: "1-Year Goals", remaining: 6, due: CivilDate(iso: "2026-11-24"), expected: CivilDate(iso: "2027-01-05"), status: .late, weeksLate: 6, daysLate: 42),
                                  .init(section: "3-Year Goals", remaining: 14, due: CivilDate(iso: "2028-11-24"), expected: CivilDate(iso: "2027-03-01"), status: .onTrack, weeksLate: 0)],
                       metrics: [.init(name: "Kubernetes", target: 70, values: [40, 45, 52, 55, 60].enumerated().map { .init(date: start.adding(months: $0.offset * 3), value: $0.element) })],
                       source: .git(commits: 212))
    }
}
