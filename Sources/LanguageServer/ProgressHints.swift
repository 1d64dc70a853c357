import JSONRPC
import JSONText
import LanguageServerProtocol
import RoadmapKit

/// Inlay hints (LSP 3.17) for the lines the editor asks about: after each heading with goals its
/// section's `done/counted · percent` as `roadmap status` counts them (linked files included);
/// after a checkpoint's heading its due date and how late or near it is; after a goal with no
/// `📅` of its own whose heading (or parent goal) makes it due, that date. Dates come from the
/// document's plan, so a phase file opened alone counts from its index's start.
public enum ProgressHints: Capability {
    /// Registers the handlers and what `initialize` advertises.
    public static func register(in handlers: inout Handlers) {
        handlers.advertise { capabilities, _ in capabilities.inlayHintProvider = true }
        handlers.onRequest("textDocument/inlayHint", InlayHintParams.self) { state, params in
            let document = try state.documentPlan(of: params.textDocument.uri)
            guard document.analysis.isRoadmap else { return .array([]) }
            return hints(document, lines: document.analysis.lines(of: params.range)).json
        }
    }

    /// The hints on `lines` (1-based), in position order (a checkpoint's count before its date).
    public static func hints(_ document: DocumentPlan, lines: ClosedRange<Int>) -> [InlayHint] {
        let analysis = document.analysis
        let roadmap = analysis.roadmap
        let schedule = document.own
        var found: [(offset: Int, hint: InlayHint)] = []
        func add(_ offset: Int, _ label: String) {
            found.append((offset, InlayHint(position: analysis.mapper.position(of: offset), label: .text(label), paddingLeft: true)))
        }
        for index in roadmap.sections.indices.dropFirst() where lines.contains(roadmap.sections[index].line) {
            let tally = document.plan.tally(ofFile: 0, section: index)
            if tally.total > 0 { add(roadmap.sections[index].titleRange.upperBound, count(tally)) }
        }
        for (index, checkpoint) in analysis.tracking.checkpoints.enumerated() where lines.contains(checkpoint.line) {
            if let label = due(checkpoint: index, schedule) { add(checkpoint.titleRange.upperBound, label) }
        }
        for (index, goal) in roadmap.goals.enumerated() where lines.contains(goal.line) {
            guard goal.state != .done && goal.state != .cancelled, let due = schedule.goalDue[index],
                  DueDate.signified(in: roadmap.bytes, goal.textRange) == nil else { continue }
            add(goal.textRange.upperBound, "📅 \(due)")
        }
        // Stable: hints at one place keep the order they were added in.
        return found.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }.map(\.element.hint)
    }

    /// `3/8 · 37%`: done out of the goals that count (cancelled ones left out), as `status`.
    public static func count(_ tally: Tally) -> String { "\(tally.done)/\(tally.counted) · \(tally.percent)%" }

    /// `due 2026-12-01 · 6 days late`, `· in 3 days`, `· today`, `· done`; nil for a checkpoint
    /// that has no date while the plan has a start (nothing to say).
    static func due(checkpoint index: Int, _ schedule: Schedule) -> String? {
        guard let due = schedule.checkpointDue[index] else {
            return schedule.start == nil ? "no due date: set the start date" : nil
        }
        if schedule.isComplete(checkpoint: index) { return "due \(due) · done" }
        return "due \(due) · " + lateness(due, today: schedule.today)
    }

    /// `6 days late`, `1 day late`, `today`, `tomorrow`, `in 3 days`.
    public static func lateness(_ due: CivilDate, today: CivilDate) -> String {
        let days = today.days(until: due)
        switch days {
        case ..<(-1): return "\(-days) days late"
        case -1: return "1 day late"
        case 0: return "today"
        case 1: return "tomorrow"
        default: return "in \(days) days"
        }
    }
}
