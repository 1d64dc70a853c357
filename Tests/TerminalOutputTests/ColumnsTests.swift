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
}
