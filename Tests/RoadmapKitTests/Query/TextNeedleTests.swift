import Testing
@testable import RoadmapKit
import RoadmapTestSupport

/// `TextNeedle` (and `ByteSearch` on Characters, which `QueryWords` uses for words beyond ASCII)
/// answer as the standard library's `String.contains` does, in time linear in the text (issue 22).
///
/// The reference is a plain search over Characters, not `String.contains` itself: this module sees
/// Foundation's `contains` (UTF-16, no Characters, empty never found), the product the standard
/// library's, which compares Characters (checked against this search on 200,000 random pairs in a
/// program without Foundation: no difference).
struct TextNeedleTests {
    static func reference(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack), n = Array(needle)
        if n.isEmpty { return true }
        if n.count > h.count { return false }
        return (0...(h.count - n.count)).contains { Array(h[$0..<($0 + n.count)]) == n }
    }

    /// Random short texts over pieces that make canonical equivalence and grapheme clusters
    /// matter: precomposed and decomposed `é`, a lone combining accent, CR LF, an emoji with a
    /// joiner and a skin tone.
    @Test func answersAsStringContains() {
        let pieces = ["e", "\u{E9}", "e\u{301}", "\u{301}", "a", "\r", "\n", "\r\n", "👩", "\u{200D}", "💻", "🏽", " "]
        var rng = SplitMix(seed: 22)
        func text(_ most: Int) -> String { (0..<rng.next(most + 1)).map { _ in pieces[rng.next(pieces.count)] }.joined() }
        for _ in 0..<5_000 {
            let haystack = text(8), needle = text(3)
            let expected = Self.reference(haystack, needle)
            #expect(TextNeedle(needle).isFound(in: haystack) == expected, "\(Array(haystack.unicodeScalars)) \(Array(needle.unicodeScalars))")
            #expect(ByteSearch.contains(Array(haystack), Array(needle)) == expected)
        }
    }

    /// A needle longer than the text costs the text, not the needle; one that fits, both once.
    @Test func readsTheTextNotTheNeedleAgain() {
        let needle = TextNeedle(String(repeating: "a", count: 10_000))
        var steps = 0
        for k in 0..<20_000 { _ = needle.isFound(in: "Section number \(k)", steps: &steps) }
        #expect(steps < 20_000 * 20)
        steps = 0
        #expect(needle.isFound(in: String(repeating: "a", count: 30_000), steps: &steps))
        #expect(steps <= 30_000 + 10_000 + 30_000)
    }
}
