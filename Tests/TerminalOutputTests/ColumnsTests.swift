import Testing
@testable import TerminalOutput

/// Widths are what a terminal shows: a colour is a mark the console renders as an escape code, so
/// it takes no column, and text wraps where the same text without colour wraps (issue 25: at 120
/// columns, status's `Overdue … (roadmap next)` wrapped with colour on and not with it off).
@Suite struct ColumnsTests {
    @Test func colourTakesNoColumnWhenWrapping() {
        let style = Style(color: true)
        let plain = "35 goals, 2 checkpoints  (roadmap next)"
        let coloured = style.bold("35") + " goals, " + style.yellow("2 checkpoints") + "  " + style.dim("(roadmap next)")
        #expect(Columns.width(coloured) == Columns.width(plain))
        for limit in [20, 30, 39, 40, 60] {
            let lines = Columns.wrap(coloured, to: limit, indent: 2)
            #expect(lines.map { TerminalText.withoutMarks($0) } == Columns.wrap(plain, to: limit, indent: 2), "at \(limit) columns")
        }
    }
    /// Printable ASCII is measured a byte a column without looking at scalars (issue 28): against
    /// the scalar measure on every string of up to three scalars from the bytes around the
    /// printable range's edges, controls, a colour mark, wide and zero-width scalars, and on
    /// longer mixes of them.
    @Test func printableASCIIMeasuresAsTheScalarsDo() {
        let alphabet: [String] = ["a", " ", "~", "\u{7F}", "\u{1F}", "\u{1B}", "\t", "\n", "\u{80}", "\u{9B}", "é", "漢", "🎯",
                                  "\u{301}", "\u{FE0F}", "\u{E000}", "\u{E001}", Style(color: true).bold("b")]
        func agree(_ s: String) -> Bool { Columns.width(s) == Columns.scalarWidth(s) }
        for a in alphabet {
            #expect(agree(a), "\(a.unicodeScalars.map(\.value))")
            for b in alphabet {
                #expect(agree(a + b), "\((a + b).unicodeScalars.map(\.value))")
                for c in alphabet { #expect(agree(a + b + c), "\((a + b + c).unicodeScalars.map(\.value))") }
            }
        }
        var state: UInt64 = 2836
        for _ in 0..<2_000 {
            var s = ""
            for _ in 0..<20 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                s += alphabet[Int(state >> 33) % alphabet.count]
            }
            #expect(agree(s), "\(s.unicodeScalars.map(\.value))")
        }
        #expect(Columns.printableASCIIWidth("Month 1: Production Operations") == 30)
        #expect(Columns.printableASCIIWidth("caf\u{E9}") == nil)
    }
}
