import RoadmapKit

/// The bar lines of `status`, for one file or a plan across files: name, bar, done/counted,
/// percent, and the states that are not simply open or done.
struct StatusBars {
    let style: Style
    let console: Console
    private let countWidth: Int
    private let barWidth: Int
    /// The label column, at most `widestLabelColumn` wide so bars stay near their labels on a
    /// wide terminal, and less where the line would not fit; a longer label is cut to it, so
    /// every bar starts in the same column.
    private let nameWidth: Int
    static let widestLabelColumn = 48

    init(total: Int, width: Int, style: Style, console: Console) {
        self.style = style
        self.console = console
        countWidth = String(total).count * 2 + 1
        barWidth = min(24, max(10, width / 4))
        nameWidth = min(Self.widestLabelColumn, max(12, width - barWidth - countWidth - 9))
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

extension StatusBars {
    /// What follows the bars, for one file or a plan: up to five goals in progress, the next open
    /// goal, and how the total was counted. `render` draws a goal in the width it is given.
    func footer<Goal>(inProgress: [Goal], next: Goal?, goals: Tally, files: Int?, width: Int, moreCommand: String,
                      render: (Goal, Int) -> String) {
        if !inProgress.isEmpty {
            console.print()
            console.print(style.bold("In progress"))
            for goal in inProgress.prefix(5) { console.print("  " + render(goal, width - 2)) }
            if inProgress.count > 5 { console.print(style.dim("  … and \(inProgress.count - 5) more: \(moreCommand)")) }
        }
        if let next {
            console.print()
            console.print(style.bold("Next") + "  " + render(next, width - 6))
        }
        console.print()
        var counted = "Counted: \(goals.done) done of \(goals.counted)" + (files.map { " in \($0) files" } ?? "")
        if goals.cancelled > 0 { counted += " (\(goals.cancelled) cancelled left out)" }
        if goals.inProgress + goals.other > 0 { counted += "; in-progress and other states count as not done" }
        if goals.habits > 0 { counted += "; \(Count.of(goals.habits, "habit")) counted apart" }
        if goals.partialGoals > 0 { counted += "; \(Count.of(goals.partialGoals, "goal")) with a count count as their part of one goal" }
        // Several notes make a long line: wrapped, so a narrow terminal (`--width 40`) keeps them whole.
        for line in Columns.wrap(counted + ".", to: width, indent: 2) { console.print(style.dim(line)) }
    }
}
