import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapStorage
import RoadmapTestSupport

/// Every corpus file and seed through the four renderers: nothing crashes, and no file can put
/// markup of its own into the report (every `<` in the page starts one of the page's own tags).
struct ExportCorpusTests {
    static let ownTags: Set<String> = ["!DOCTYPE", "html", "head", "meta", "title", "style", "body", "div", "header", "main", "footer",
        "section", "h1", "h2", "h3", "p", "dl", "dt", "dd", "ul", "ol", "li", "span", "strong", "code", "br", "time", "figure",
        "figcaption", "details", "summary", "table", "caption", "thead", "tbody", "tr", "th", "td",
        "svg", "circle", "text", "line", "path", "rect", "g"]

    static func check(_ bytes: [UInt8], name: String, today: CivilDate) {
        let plan = Plan(single: Roadmap(parsing: bytes), path: "career-roadmap.md")
        let history = HistoryBuilder.build(PlanSchedule(plan, today: today), replay: nil)
        let html = HTMLReport.render(ReportFacts(PlanSchedule(plan, today: today)), history: history)
        for tag in html.split(separator: "<").dropFirst() {
            let name_ = tag.prefix { $0 != " " && $0 != ">" && $0 != "/" && $0 != "\n" }
            let bare = name_.isEmpty && tag.hasPrefix("/") ? tag.dropFirst().prefix { $0 != ">" } : name_
            #expect(ownTags.contains(String(bare)), "\(name): <\(tag.prefix(40))")
        }
        _ = Badge.progress(percent: plan.tally.percent, label: PlainText.of(plan.root.title ?? "roadmap")).svg()
        let feed = ICalendar.render(CalendarFeed.events(PlanSchedule(plan, today: today)), name: plan.root.title ?? "", stamp: today)
        #expect(!feed.isEmpty)
        _ = MarkdownSummary.render(PlanSchedule(plan, today: today))
    }

    @Test func everyCorpusFileRenders() {
        guard Corpus.isAvailable else {
            print("SKIP: everyCorpusFileRenders: \(Corpus.shared.path)/corpus does not exist")
            return
        }
        let files = Corpus.files
        #expect(files.count > 100)
        for url in files { Self.check(Corpus.bytes(url), name: Corpus.name(url), today: CivilDate(iso: "2026-11-22")!) }
    }

    @Test func theEdgesOfTheCalendar() {
        let text = "# Far\n\n**Start Date:** 0001-01-01\n\n## Year 5000 Goals\n\n- [x] Done ✅ 0001-01-02\n- [ ] Later (Year 9000)\n- [ ] 📅 9999-12-31\n\n### 3-Month Checkpoint\n\n**Date:** 9999-12-31\n"
        for today in ["0001-01-01", "2026-11-22", "9999-12-20", "9999-12-31"] {
            Self.check(Array(text.utf8), name: "edges at \(today)", today: CivilDate(iso: today)!)
        }
    }
}
