/// A refresher mark whose value is neither a date nor `off` (`🔄 2027-13-45`, `[recall:: soon]`):
/// `recall` passes such a goal over, so it would never be asked about again.
enum RecallDates {
    static func findings(_ input: LintInput) -> [LintFinding] {
        let roadmap = input.roadmap
        var found: [LintFinding] = []
        for index in roadmap.goals.indices {
            guard case let .unreadable(value)? = roadmap.recallMark(of: index) else { continue }
            let dataview = roadmap.recallField(of: index)?.dataview ?? false
            let form = dataview ? ("[recall:: YYYY-MM-DD]", "[recall:: off]") : ("🔄 YYYY-MM-DD", "🔄 off")
            let shown = VisibleControls.escaped(value.count > 40 ? String(value.prefix(39)) + "…" : value)
            found.append(LintFinding(line: roadmap.goals[index].line, kind: .badRecallDate,
                                     message: "'\(shown)' is not a refresher date; write \(form.0), or \(form.1) to stop refreshers"))
        }
        return found
    }
}
