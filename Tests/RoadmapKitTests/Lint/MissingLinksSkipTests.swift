import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
import RoadmapTestSupport

/// `MissingLinks` passes over lines without a `](` (`holdsLinkStart`) unread: it must find
/// exactly what reading every line finds.
@Suite struct MissingLinksSkipTests {
    static let tricky = """
    # Links

    [a](a.md) at the start, and one at the end [b](b/c.md)
    ](x.md) bare, `[code](code.md)` in code, \\[escaped\\](esc.md), ]
    - [ ] [goal](goal.md) and <a href="x.md">html</a> [ref][1] [1]: ref.md
    > [quoted](q.md) ]( (empty)
    | [cell](cell.md) | ![image](img/p.png) |
    ]\r
    [a](<with space.md>) [b](c.md "title") [c](d.md#anchor) [d](https://x.org/e.md)
    ]](]((x.md)

    """

    func sameFindings(_ bytes: [UInt8], _ name: String) {
        let roadmap = Roadmap(parsing: bytes, keepingLineFacts: true)
        let input = LintInput(roadmap: roadmap, tracking: Tracking(roadmap), exists: { _ in false })
        let skipping = MissingLinks.findings(input, skipping: true)
        #expect(skipping == MissingLinks.findings(input, skipping: false), "\(name)")
        if name == "tricky" { #expect(skipping.count >= 8) }
    }

    @Test func trickyLines() {
        sameFindings(Array(Self.tricky.utf8), "tricky")
        // Every cut of the text, so a `](` falls on every edge of a line and of a search step.
        let bytes = Array(Self.tricky.utf8)
        for cut in stride(from: 1, to: bytes.count, by: 3) { sameFindings(Array(bytes[..<cut]), "tricky cut at \(cut)") }
    }

    @Test func bundledRoadmaps() throws {
        let folder = PackagePaths.roadmaps
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(!names.isEmpty)
        for name in names { sameFindings(Corpus.bytes(folder.appendingPathComponent(name)), name) }
    }

    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus beside the repository"))
    func corpus() {
        for url in Corpus.files { sameFindings(Corpus.bytes(url), Corpus.name(url)) }
    }
}
