import RoadmapKit

/// The bar lines of `status`, for one file or a plan across files: name, bar, done/counted,
/// percent, and the states that are not simply open or done.
struct StatusBars {
    let style: Style
    let console: Console
    private let countWidth: Int
    private let barWidth: Int
    private let nameWidth: Int

    init(total: Int, width: Int, style: Style, console: Console) {
        self.style = style
        self.console = console
        countWidth = String(total).count * 2 + 1
        barWidth = min(24, max(10, width / 4))
        nameWidth = max(12, width - barWidth - countWidth - 9)
    }

    func line(_ name: String, _ indent: Int, _ tally: Tally, bold: Bool = false) {
        let label = Columns.pad(Columns.truncate(String(repeating: "  ", count: indent) + name, to: nameWidth), to: nameWidth)
        let counts = Columns.padLeft("\(tally.done)/\(tally.counted)", to: countWidth)
        let percent = Columns.padLeft("\(tally.percent)%", to: 4)
        var text = "\(bold ? style.bold(label) : label) \(style.bar(tally, width: barWidth)) \(counts) \(percent)"
        var notes: [String] = []
        if tally.inProgress > 0 { notes.append(style.yellow("\(tally.inProgress) in progress")) }
        if tally.cancelled > 0 { notes.append(style.dim("\(tally.cancelled) cancelled")) }
        if tally.other > 0 { notes.append(style.cyan("\(tally.other) other")) }
        if !notes.isEmpty { text += "  " + notes.joined(separator: ", ") }
        console.print(text)
    }
}
