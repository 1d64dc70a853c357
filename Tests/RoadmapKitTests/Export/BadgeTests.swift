import Foundation
import Testing
@testable import RoadmapKit
import RoadmapTestSupport

/// The progress badge: shields.io's flat style, sized with the Verdana 11px widths shields uses.
struct BadgeTests {
    static let golden = PackagePaths.kitTests.appendingPathComponent("Golden")

    @Test func widthsAreShieldsOwn() {
        // shields.io's "build | passing" badge is 88 wide with a 37-wide label: the same table,
        // rounded to an odd width, plus 5 of padding each side.
        let badge = Badge(label: "build", message: "passing", color: "#4c1")
        #expect(badge.labelWidth == 37)
        #expect(badge.width == 88)
        #expect(VerdanaWidths.width(of: "build") == 6.85 + 6.96 + 3.02 + 3.02 + 6.85)
    }

    @Test func theWidthFollowsTheText() {
        let short = Badge.progress(percent: 7, label: "roadmap")
        let long = Badge.progress(percent: 100, label: "career roadmap of Ada Lovelace")
        #expect(long.width > short.width + 100)
        // A character the table lacks is as wide as an m, so the text never overflows.
        #expect(VerdanaWidths.width(of: "é") == VerdanaWidths.width(of: "m"))
        #expect(VerdanaWidths.width(of: "a\u{7}b") == VerdanaWidths.width(of: "ab"))
    }

    @Test func colourGoesFromRedThroughYellowToGreen() {
        #expect(Badge.color(forPercent: 0) == "#e05d44")
        #expect(Badge.color(forPercent: 19) == "#e05d44")
        #expect(Badge.color(forPercent: 30) == "#fe7d37")
        #expect(Badge.color(forPercent: 50) == "#dfb317")
        #expect(Badge.color(forPercent: 70) == "#a4a61d")
        #expect(Badge.color(forPercent: 90) == "#97ca00")
        #expect(Badge.color(forPercent: 100) == "#4c1")
        #expect(Badge.progress(percent: nil, label: "roadmap").message == "no goals")
        #expect(Badge.progress(percent: nil, label: "roadmap").color == "#9f9f9f")
    }

    @Test func textIsEscaped() {
        let svg = Badge(label: "<script>&\"'", message: "a\u{0}b\u{1B}[31m", color: "#4c1").svg()
        #expect(svg.contains("&lt;script&gt;&amp;&quot;&apos;"))
        #expect(!svg.contains("<script>"))
        #expect(!svg.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(svg.contains(">ab[31m<"))
    }

    @Test func matchesGolden() throws {
        let svg = Badge.progress(percent: 42, label: "roadmap").svg()
        let file = Self.golden.appendingPathComponent("badge-42.svg")
        try Golden.update(file, with: svg)
        #expect(svg == (try String(contentsOf: file, encoding: .utf8)))
    }
}
