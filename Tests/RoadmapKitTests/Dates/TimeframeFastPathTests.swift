import Testing
@testable import RoadmapCore
import RoadmapTestSupport

/// `Timeframe.leading` gives up when the first letter is no `t` (issue 28): against the general
/// reading (`Timeframe.label`) on every label, near misses, and random texts built from label
/// words, emphasis, escapes, entities and colons, on every sub-range.
struct TimeframeFastPathTests {
    private func agree(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        Timeframe.leading(in: bytes, range) == Timeframe.label(in: bytes, range)
    }

    @Test func everyLabelIsStillRead() {
        for text in ["Today: x", "**Today**: x", "**This Week:** x", "__this month__: x", "THIS QUARTER: x", "This Year: x"] {
            let bytes = Array(text.utf8)
            #expect(Timeframe.leading(in: bytes, 0..<bytes.count) != nil, "\(text)")
        }
    }

    @Test func agreesWithTheGeneralReadingOnRandomText() {
        var random = SplitMix(seed: 2832)
        let pieces = ["Today", "today", "This", "this", " ", "Week", "Month", "*", "_", ":", "\\", "&amp;", "&#84;", "&#x74;",
                      "T", "t", "x", "`", "[", "](u)", "<b>", "Year", "**"].map { Array($0.utf8) }
        for _ in 0..<5_000 {
            let bytes = (0..<random.next(7)).flatMap { _ in pieces[random.next(pieces.count)] }
            for lower in 0...bytes.count {
                for upper in lower...bytes.count { #expect(agree(bytes, lower..<upper), "\(bytes) \(lower)..<\(upper)") }
            }
        }
    }
}
