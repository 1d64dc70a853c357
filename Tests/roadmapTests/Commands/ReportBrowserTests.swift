import Foundation
import Testing
@testable import roadmap
import RoadmapKit
import RoadmapTestSupport

/// `roadmap report` rendered in headless Chromium: the bundled career roadmap, the
/// same filled in with a year of history (light, dark, printed on A4 and Letter), a plan across
/// files, an empty roadmap and a hostile one. Each checks the DOM's text, that nothing in the
/// markup points outside the page, and that the screenshot is not blank. With
/// UPDATE_SCREENSHOTS=1 the filled-in roadmap's pictures are kept in docs/screenshots/.
@Suite(.serialized)
struct ReportBrowserTests {
    struct Tools {
        let chromium: Chromium
        let python: String
    }

    static func tools(_ test: String, _ harness: CLIHarness) -> Tools? {
        guard let python = PageProbe.python() else {
            print("SKIP: \(test): python3 not on PATH (it decodes the screenshots and parses the DOM)")
            return nil
        }
        guard let chromium = Chromium.find(profile: harness.directory.appendingPathComponent("chromium-profile")) else {
            print("SKIP: \(test): chromium not on PATH (apt-get install chromium; .ci/run installs it)")
            return nil
        }
        return Tools(chromium: chromium, python: python)
    }

    /// Writes the report of `path`, loads it in the browser and runs the checks every page must pass.
    func render(_ harness: CLIHarness, _ tools: Tools, path: String = "career-roadmap.md", name: String) throws -> (page: URL, dom: PageProbe.DOM) {
        let result = harness.run(["report", "-f", path, "-o", "\(name).html"])
        #expect(result.status == .success, "\(result.stderr)")
        let page = harness.directory.appendingPathComponent("\(name).html")
        let dom = try PageProbe.dom(try tools.chromium.dom(page), python: tools.python)
        // Nothing in the markup points outside the page: no address in any attribute or style.
        for attribute in dom.attributes + [dom.style] {
            for needle in ["http:", "https:", "//", "url(", "@import", "file:", "data:", "javascript:"] {
                #expect(!attribute.lowercased().contains(needle), "\(needle) in \(attribute.prefix(120))")
            }
        }
        for tag in ["script", "img", "link", "iframe", "object", "embed", "image", "use", "base", "form", "video", "audio"] {
            #expect(!dom.tags.contains(tag), "a <\(tag)> element in the DOM")
        }
        #expect(dom.tags.first == "html" && dom.attributes.contains("html lang=en"))
        #expect(dom.attributes.contains("meta content=default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"))
        return (page, dom)
    }

    /// A screenshot at half the scale (a quarter of the pixels, the same layout), checked for being a page at all.
    func expectNotBlank(_ page: URL, _ tools: Tools, dark: Bool = false) throws -> PageProbe.Picture {
        let file = page.deletingPathExtension().appendingPathExtension(dark ? "dark.png" : "png")
        try tools.chromium.screenshot(page, to: file, dark: dark, scale: 0.5)
        let picture = try PageProbe.picture(file, python: tools.python)
        #expect(picture.width == 600 && picture.height == 1000, "\(picture.width)×\(picture.height)")
        #expect(picture.colours > 12, "only \(picture.colours) colours: a blank page?")
        #expect(picture.ink > 0.02, "only \(picture.ink) of the page is not background")
        return picture
    }

    @Test func theBundledCareerRoadmap() throws {
        let harness = try CLIHarness(files: ["career-roadmap.md": try ReportFixtures.bundled("career-roadmap.md")])
        guard let tools = Self.tools("theBundledCareerRoadmap", harness) else { return }
        let (page, dom) = try render(harness, tools, name: "career")
        #expect(dom.title == "Career Roadmap: Junior AI Infrastructure Engineer · progress report")
        for text in ["0 / 74 goals done", "Overall 0/74 0%", "6-Month Goals 0/26 0%", "Core Skills 0/10 0%", "Checkpoints 0/18 0%",
                     "3-Month Checkpoint no due date", "no start date yet", "No history yet", "Success Metrics", "GitHub contributions"] {
            #expect(dom.text.contains(text), "missing: \(text)")
        }
        _ = try expectNotBlank(page, tools)
    }

    @Test func aFilledInRoadmapWithAYearOfHistory() throws {
        let harness = try ReportFixtures.filledCareerRoadmap()
        guard let tools = Self.tools("aFilledInRoadmapWithAYearOfHistory", harness) else { return }
        let (page, dom) = try render(harness, tools, name: "filled")
        for text in ["Ada Lovelace", "Support Engineer → Junior AI Infrastructure Engineer", "24 Nov 2025 · month 12",
                     "62% done", "46 / 74 goals done", "3 in progress", "2 goals overdue",
                     "Overall 46/74 62%", "6-Month Goals 24/26 92%", "Core Skills 10/10 100%", "1-Year Goals 13/16 81%",
                     "3-Month Checkpoint held 24 Feb 2026 held 3 of 3 done", "12-Month Checkpoint due 24 Nov 2026 · in 2 days upcoming 2 of 3 done",
                     "#18 One ML or data course that ends in a graded project", "Goals done over time", "47 goals done on 43 days",
                     "Python and scripting 75% 80%", "GitHub contributions 940 1,000+", "Hours Available per Week 10"] {
            #expect(dom.text.contains(text), "missing: \(text)")
        }
        let light = try expectNotBlank(page, tools)
        let dark = try expectNotBlank(page, tools, dark: true)
        #expect(light.background > 0.95, "light background is \(light.background)")
        #expect(dark.background < 0.1, "dark background is \(dark.background)")
        // Printed: a page per top section at least, on the paper asked for.
        let html = try harness.read("filled.html")
        for (paper, box) in [("A4", "0 0 594.95996 841.91998"), ("Letter", "0 0 612 792")] {
            let copy = harness.directory.appendingPathComponent("filled-\(paper).html")
            try Data(html.replacingOccurrences(of: "</style>", with: "@page{size:\(paper)}</style>").utf8).write(to: copy)
            let pdf = harness.directory.appendingPathComponent("filled-\(paper).pdf")
            try tools.chromium.pdf(copy, to: pdf)
            let pages = PageProbe.pdfPages(Array(try Data(contentsOf: pdf)))
            #expect(pages.count >= 6, "\(paper): \(pages.count) pages")
            #expect(!pages.boxes.isEmpty && pages.boxes.allSatisfy { $0 == box }, "\(paper): \(Set(pages.boxes))")
        }
        if ProcessInfo.processInfo.environment["UPDATE_SCREENSHOTS"] != nil { try keepScreenshots(page, harness, tools) }
    }

    @Test func aPlanAcrossFiles() throws {
        let harness = try ReportFixtures.devopsGuide(start: "2026-01-15")
        guard let tools = Self.tools("aPlanAcrossFiles", harness) else { return }
        let (page, dom) = try render(harness, tools, path: "guide", name: "guide")
        for text in ["Files of this plan", "Phase 1: Foundation (Months 1-6) file", "guide/phase-1-foundation.md", "guide/phase-2-specialization.md",
                     "guide/phase-3-mastery.md", "AI Fundamentals", "Overall 0/"] {
            #expect(dom.text.contains(text), "missing: \(text)")
        }
        #expect(dom.text.contains("phase-1-foundation:"), "goal ids of linked files")
        _ = try expectNotBlank(page, tools)
    }

    @Test func anEmptyRoadmap() throws {
        let harness = try CLIHarness(files: ["career-roadmap.md": "# My plan\n\nNothing here yet.\n"])
        guard let tools = Self.tools("anEmptyRoadmap", harness) else { return }
        let (page, dom) = try render(harness, tools, name: "empty")
        for text in ["My plan", "Overall 0/0 0%", "No goals yet", "no checkpoints", "No history yet"] {
            #expect(dom.text.contains(text), "missing: \(text)")
        }
        _ = try expectNotBlank(page, tools)
    }

    @Test func hostileTextStaysText() throws {
        let hostile = """
        # </style><script>alert(1)</script>

        **Name:** "><svg onload=alert(1)>
        **Start Date:** 2026-11-01

        ## Goals

        - [ ] <img src=x onerror=alert(1)> (Month 1)
        - [/] </textarea><iframe src=javascript:alert(1)>
        """
        let harness = try CLIHarness(files: ["career-roadmap.md": hostile])
        guard let tools = Self.tools("hostileTextStaysText", harness) else { return }
        let (_, dom) = try render(harness, tools, name: "hostile")
        for text in ["<img src=x onerror=alert(1)> (Month 1)", "</textarea><iframe src=javascript:alert(1)>", "\"><svg onload=alert(1)>"] {
            #expect(dom.text.contains(text), "missing as text: \(text)")
        }
        #expect(dom.title == "</style><script>alert(1)</script> · progress report")
        #expect(!dom.attributes.contains { $0.contains("onload") || $0.contains("onerror") })
    }

    /// docs/screenshots: the filled-in roadmap in light and dark at full size, and printed on A4.
    private func keepScreenshots(_ page: URL, _ harness: CLIHarness, _ tools: Tools) throws {
        let folder = PackagePaths.root.appendingPathComponent("docs/screenshots")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try tools.chromium.screenshot(page, to: folder.appendingPathComponent("report-light.png"), height: 2400)
        try tools.chromium.screenshot(page, to: folder.appendingPathComponent("report-dark.png"), dark: true, height: 2400)
        try FileManager.default.copyItem(at: harness.directory.appendingPathComponent("filled-A4.pdf"), to: folder.appendingPathComponent("report-a4.pdf.tmp"))
        _ = try? FileManager.default.removeItem(at: folder.appendingPathComponent("report-a4.pdf"))
        try FileManager.default.moveItem(at: folder.appendingPathComponent("report-a4.pdf.tmp"), to: folder.appendingPathComponent("report-a4.pdf"))
        try Data(try harness.read("filled.html").utf8).write(to: folder.appendingPathComponent("report.html"))
    }
}
