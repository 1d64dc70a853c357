import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

/// UTF-8 decoded once as Windows-1252 or Mac Roman and saved again, read back as what was meant.
@Suite struct MojibakeTests {
    func repaired(_ text: String) -> String? {
        Mojibake.repaired(Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func windows1252EmojiAndMarksAreRepaired() {
        #expect(repaired("## ðŸŽ¯ What Companies Want") == "## 🎯 What Companies Want")
        #expect(repaired("| âœ… Available |") == "| ✅ Available |")
        #expect(repaired("ðŸ“š Support â€” thanks") == "📚 Support — thanks")
        #expect(repaired("cafÃ© crÃ¨me") == "café crème")
    }

    @Test func macRomanEmojiAndArrowsAreRepaired() {
        #expect(repaired("## \u{F8FF}üéØ What Companies Want") == "## 🎯 What Companies Want")
        #expect(repaired("‚úÖ Focus On:") == "✅ Focus On:")
        #expect(repaired("    ‚Üì") == "    ↓")
        #expect(repaired("‚îú‚îÄ‚îÄ [Primary]") == "├── [Primary]")
    }

    @Test func textThatCouldBeMeantIsLeftAlone() {
        #expect(repaired("plain ascii") == nil)
        #expect(repaired("café — “quoted” naïve Zürich") == nil)
        #expect(repaired("🎯 ✅ already right") == nil)
        // German closing quote after ß: DF 93 would decode, but to an NKo letter nobody meant.
        #expect(repaired("„Fuß“") == nil)
        #expect(repaired("Ελληνικά и русский 日本語") == nil)
    }

    /// Bytes Windows-1252 leaves undefined (0x8F, 0x9D) were dropped on the way: what is left
    /// cannot be told apart, so that piece stays as it is while the rest is repaired.
    @Test func piecesWithLostBytesStayAsTheyAre() {
        #expect(repaired("Sponsor-â¤ï¸-red") == nil)
        #expect(repaired("ðŸ¢ Enterprise") == nil)
        // The two losses that are certain come back: a variation selector after an emoji, a
        // zero-width joiner between two.
        #expect(repaired("ðŸ—ºï¸ Quick") == "🗺️ Quick")
        #expect(repaired("ðŸ§‘â€ðŸ’¼ Senior") == "🧑‍💼 Senior")
        // An emoji's dropped third byte, when a variation selector follows: of 🍗 🏗 🐗 and two
        // symbols, only 🏗 takes one, so it is certain (seed 003's report showed `ðŸ—ï¸`; issue 25).
        #expect(repaired("3. **Parallel:** [ðŸ—ï¸ Infrastructure Basics](04.md)") == "3. **Parallel:** [🏗️ Infrastructure Basics](04.md)")
        #expect(repaired("ðŸ—ï¸ and ðŸ”ï¸") == "🏗️ and 🏔️")
    }

    @Test func aRunMustBeAllOfOneEncoding() {
        // Mac Roman has no ð, so `Ñ•` inside this run is not Mac Roman for a Cyrillic ѕ; as
        // Windows-1252 it is 🏗️ with two undefined bytes dropped (below).
        #expect(repaired("[ðŸ—ï¸ Infrastructure") == "[🏗️ Infrastructure")
        // A replacement character written as mojibake was damaged before; it stays.
        #expect(repaired("## ï¿½ Career") == nil)
        // A real emoji next to mojibake (a tick written later) stays as it is.
        #expect(repaired("- [x] ðŸš€ Launch ✅ 2026-11-01") == "- [x] 🚀 Launch ✅ 2026-11-01")
    }

    /// Issue 22: a pair of characters that spells a two-byte letter (`Ã©`, `√∂`) is read as
    /// mojibake only when the rest of its line agrees: no other character of the line that the
    /// encoding can produce stands outside mojibake. Real accents, quotes and symbols beside it
    /// say the line was written right; characters the encoding cannot produce (Greek in
    /// Windows-1252, a done date's `✅`) say nothing either way.
    @Test func aLoneAmbiguousPairNeedsTheRestOfItsLineToAgree() {
        #expect(repaired("Math: √∂ + √Ω ≤ ∑ x") == nil)
        #expect(repaired("ÉPOCA, não Ã‰POCA: ação e inovação") == nil)
        #expect(repaired("| „Ä“ | „Ärger“ |") == nil)
        #expect(repaired("« “été” »") == nil)
        #expect(repaired("- [x] Ordered at the cafÃ© ✅ 2026-03-01") == "- [x] Ordered at the café ✅ 2026-03-01")
        #expect(repaired("Ελληνικά: read the cafÃ© menu") == "Ελληνικά: read the café menu")
        #expect(repaired("Mac: caf√© and na√Øve") == "Mac: café and naïve")
        // Three or four characters spelling one sequence are never written by chance: repaired
        // beside real accents too.
        #expect(repaired("café: ðŸŽ¯ and â€™") == "café: 🎯 and ’")
    }

    @Test func codePage437() {
        #expect(repaired("DOS: caf├⌐ and na├»ve, itΓÇÖs") == "DOS: café and naïve, it’s")
        #expect(repaired("│   ├── docs") == nil)
        #expect(repaired("╔══╗ ║ ░▒▓█ ╚══╝") == nil)
        #expect(repaired("Σ α β π ≤ ∞") == nil)
    }

    /// A piece's bounds and repair, as lint reports them (`MojibakeLines`): the first of a line.
    @Test func theFirstPieceForMessages() {
        func first(_ line: String) -> (written: String, meant: String)? {
            let utf8 = Array(line.utf8)
            return Mojibake.pieces(utf8, in: 0..<utf8.count).first.map { (String(decoding: utf8[$0.range], as: UTF8.self), String(decoding: $0.meant, as: UTF8.self)) }
        }
        #expect(first("## ðŸŽ¯ What and ðŸ“š")! == ("ðŸŽ¯", "🎯"))
        #expect(first("‚îú‚îÄ‚îÄ [Primary]")! == ("‚îú‚îÄ‚îÄ", "├──"))
    }

    @Test func invalidInputIsNotRepaired() {
        #expect(Mojibake.repaired([0x41, 0xFF, 0xC3, 0xA9]) == nil)
    }

    @Test func plainTextShowsTheRepairButJSONKeepsTheBytes() {
        let r = roadmap("# ðŸŽ¯ Goals\n- [ ] âœ… Ship it\n")
        #expect(PlainText.of(r.bytes, r.sections[1].titleRange) == "🎯 Goals")
        #expect(PlainText.of(r.text(of: 0)) == "✅ Ship it")
        var json = JSONWriter(reservingCapacity: 64)
        json.string(plain: r.bytes, r.sections[1].titleRange)
        #expect(String(decoding: json.bytes, as: UTF8.self) == "\"ðŸŽ¯ Goals\"")
        // The bytes themselves never change by reading.
        #expect(r.text(r.sections[1].titleRange) == "ðŸŽ¯ Goals")
    }
}
