import JSONRPC
import JSONText
import LanguageServerProtocol
import RoadmapKit

/// Hover (markdown). On a goal's line: its state, section path, due date (its own or the one it
/// inherits) with lateness, done date, next refresher (`roadmap recall`) and sub-goals. On a
/// heading: its progress as `status` counts it, its due date, the plan's pace (goals dated done
/// per week) and, for a horizon or checkpoint, the forecast `status` and `history` compute
/// (`Forecasting`). Elsewhere: null.
/// When a goal was ticked according to git is not shown: finding it runs `git log` over the
/// file's history, too slow for a hover (`roadmap stamp` writes it into the file instead).
public enum RoadmapHover: Capability {
    /// Registers the handlers and what `initialize` advertises.
    public static func register(in handlers: inout Handlers) {
        handlers.advertise { capabilities, _ in capabilities.hoverProvider = true }
        handlers.onRequest("textDocument/hover", TextDocumentPositionParams.self) { state, params in
            let document = try state.documentPlan(of: params.textDocument.uri)
            guard document.analysis.isRoadmap else { return .null }
            let offset = document.analysis.mapper.offset(of: params.position)
            return hover(document, line: document.analysis.line(ofOffset: offset))?.json ?? .null
        }
    }

    /// What the hover shows on a 1-based line, or nil.
    public static func hover(_ document: DocumentPlan, line: Int) -> Hover? {
        let roadmap = document.analysis.roadmap
        if let goal = roadmap.goals.firstIndex(where: { $0.line == line }) {
            let item = roadmap.goals[goal]
            let range = document.analysis.range(of: item.markerRange.lowerBound - 1..<item.textRange.upperBound)
            return Hover(contents: MarkupContent(kind: .markdown, value: goalText(document, goal)), range: range)
        }
        if let section = roadmap.sections.indices.dropFirst().first(where: { roadmap.sections[$0].line == line }) {
            let range = document.analysis.range(of: roadmap.sections[section].titleRange)
            return Hover(contents: MarkupContent(kind: .markdown, value: sectionText(document, section)), range: range)
        }
        return nil
    }

    static func goalText(_ document: DocumentPlan, _ index: Int) -> String {
        let roadmap = document.analysis.roadmap
        let goal = roadmap.goals[index]
        let path = document.plan.displayPath(ofFile: 0, section: goal.sectionIndex).map(PlainText.of)
        var lines = ["**\(stateName(goal.state))**" + (path.isEmpty ? "" : " · " + path.joined(separator: " › "))]
        if let due = document.own.goalDue[index] {
            let own = DueDate.signified(in: roadmap.bytes, goal.textRange) != nil
            var text = "Due: \(due)"
            if goal.state != .done && goal.state != .cancelled { text += " · " + ProgressHints.lateness(due, today: document.analysis.today) }
            if !own { text += " (from its heading)" }
            lines.append(text)
        }
        if let done = roadmap.doneDate(of: index) { lines.append("Done: \(done)") }
        if let refresher = refresherText(roadmap, index, today: document.analysis.today) { lines.append(refresher) }
        let children = document.plan.childTally(of: GoalRef(file: 0, goal: index))
        if children.total > 0 { lines.append("Sub-goals: " + ProgressHints.count(children)) }
        return lines.joined(separator: "\n\n")
    }

    /// When the goal is next due for a refresher (`roadmap recall`), or that it has none.
    static func refresherText(_ roadmap: Roadmap, _ index: Int, today: CivilDate) -> String? {
        guard let mark = roadmap.recallMark(of: index) else { return nil }
        switch mark {
        case .off: return "Refreshers: off"
        case let .unreadable(value): return "Refresher: '\(VisibleControls.escaped(value))' is no date (🔄 YYYY-MM-DD)"
        case let .due(date):
            if roadmap.recallSwitchedOff(goal: index) { return "Refreshers: off (its heading)" }
            guard roadmap.goals[index].state == .done else { return "Next refresher: \(date), once done" }
            let days = today.days(until: date)
            let when = days < 0 ? "due since \(-days) day\(days == -1 ? "" : "s")" : days == 0 ? "due today" : "in \(days) day\(days == 1 ? "" : "s")"
            return "Next refresher: \(date) · \(when) (roadmap recall)"
        }
    }

    static func sectionText(_ document: DocumentPlan, _ index: Int) -> String {
        let roadmap = document.analysis.roadmap
        let tally = document.plan.tally(ofFile: 0, section: index)
        var head = "**\(PlainText.of(roadmap.bytes, roadmap.sections[index].titleRange))**"
        if tally.total > 0 { head += " · " + ProgressHints.count(tally) }
        var notes: [String] = []
        if tally.inProgress > 0 { notes.append("\(tally.inProgress) in progress") }
        if tally.cancelled > 0 { notes.append("\(tally.cancelled) cancelled") }
        if tally.other > 0 { notes.append("\(tally.other) other") }
        if !notes.isEmpty { head += " (" + notes.joined(separator: ", ") + ")" }
        var lines = [head]
        if let due = document.own.sectionDue[index] {
            lines.append("Due: \(due)" + (tally.counted > tally.done ? " · " + ProgressHints.lateness(due, today: document.analysis.today) : ""))
        }
        guard tally.total > 0 else { return lines.joined(separator: "\n\n") }
        // The pace as StatusHistory takes it (✅ dates of the whole plan), without the next
        // forecast it also works out: this hover wants its own section's.
        let dates = document.plan.files.flatMap { History.Completion.dates(in: $0.roadmap) }
        let pace = History.Pace(History.Completion.counting(dates), today: document.analysis.today)
        lines.append("Pace: \(decimal(pace.weeks4)) goals a week over 4 weeks, \(decimal(pace.weeks12)) over 12 (from ✅ dates)")
        // Only a horizon or a checkpoint has a forecast: other headings skip the plan-wide pass.
        let tracking = document.analysis.tracking
        guard tracking.sectionHorizons[index] != nil || tracking.checkpoints.contains(where: { $0.sectionIndex == index }) else {
            return lines.joined(separator: "\n\n")
        }
        let forecasting = Forecasting(plan: document.plan, schedules: document.schedule.files)
        if let at = forecasting.items.firstIndex(where: { $0.file == 0 && $0.sectionIndex == index }) {
            lines.append("Forecast: " + describe(forecasting.forecast(pace: pace, today: document.analysis.today)[at]))
        }
        return lines.joined(separator: "\n\n")
    }

    /// As `status` and `history` say it: `2 left · due 2027-03-01 · expected 2027-02-10 · on track`.
    static func describe(_ forecast: History.Forecast) -> String {
        guard forecast.status != .done else { return "done" }
        var text = "\(forecast.remaining) left"
        if let due = forecast.due { text += " · due \(due)" }
        return text + " · " + forecast.outlook
    }

    static func stateName(_ state: GoalState) -> String {
        switch state {
        case .open: "Open"
        case .done: "Done"
        case .inProgress: "In progress"
        case .cancelled: "Cancelled"
        case .other: "Other state"
        }
    }

    /// `2`, `1.5`, `0.3`: one decimal, none when it is whole.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
