import JSONRPC
import JSONText
import LanguageServerProtocol
import RoadmapKit

/// `workspace/executeCommand` for clients that map commands to keys: `roadmap.status` answers
/// the plan's status as text, `roadmap.review` the review `roadmap review --yes` would write this
/// month, as text for the client to show. Neither writes anything. The one argument is the
/// document (its URI, or `{"uri": …}`); without it, the first open roadmap by URI.
public enum PlanCommands: Capability {
    /// The command answering the status text.
    public static let status = "roadmap.status"
    /// The command answering this month's draft review.
    public static let review = "roadmap.review"

    /// Registers the handlers and what `initialize` advertises.
    public static func register(in handlers: inout Handlers) {
        handlers.advertise { capabilities, _ in capabilities.executeCommands = (capabilities.executeCommands ?? []) + [status, review] }
        handlers.onRequest("workspace/executeCommand", ExecuteCommandParams.self) { state, params in
            guard params.command == status || params.command == review else {
                throw ResponseError(.invalidParams, "Unknown command \(params.command): this server runs \(status) and \(review)")
            }
            let document = try state.documentPlan(of: try target(&state, params.arguments ?? []))
            guard document.analysis.isRoadmap else { throw ResponseError(.invalidParams, "\(document.analysis.uri) has no goals: not a roadmap") }
            return .string(params.command == status ? StatusSummary.text(document.schedule) : try reviewText(document.schedule))
        }
    }

    /// The document the command is about.
    static func target(_ state: inout ServerState, _ arguments: [JSONValue]) throws(ResponseError) -> DocumentURI {
        if let first = arguments.first {
            if let uri = first.string ?? first["uri"]?.string { return uri }
            throw ResponseError(.invalidParams, "Invalid params: the argument is a document URI or {\"uri\": …}")
        }
        for uri in state.documents.keys.sorted() where (try? state.analysis(of: uri))?.isRoadmap == true { return uri }
        throw ResponseError(.invalidParams, "No roadmap is open: open one, or name it as the argument")
    }

    /// This month's review as `roadmap review --yes` drafts it (no answers given), as markdown.
    static func reviewText(_ schedule: PlanSchedule) throws(ResponseError) -> String {
        let review = Review(schedule, log: Review.log(of: schedule.plan, schedule))
        do {
            let outcome = try review.write(ReviewAnswers())
            let level = outcome.replaced?.level ?? 3
            return outcome.draft.lines(level: level).map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n") + "\n"
        } catch {
            throw ResponseError(.requestFailed, error.message)
        }
    }
}

/// `roadmap status` in plain text, from the library's report (`StatusReport`, `StatusHistory`,
/// the schedule): the bars' numbers without bars or colour, which the executable's terminal
/// renderer draws. Moving that renderer (styles, column widths, wrapping) into the library was
/// more than this command needs.
public enum StatusSummary {
    /// The summary, lines ending in `\n`.
    public static func text(_ schedule: PlanSchedule) -> String {
        let plan = schedule.plan
        let report = StatusReport(plan, depth: 2)
        var lines = [report.title, plan.files[0].path + (plan.files.count > 1 ? " and \(plan.files.count - 1) linked" : ""), ""]
        lines.append("Overall  " + counts(report.goals))
        for row in report.rows { lines.append(String(repeating: "  ", count: row.depth) + row.title + "  " + counts(row.goals)) }
        lines.append("")
        if let start = schedule.start {
            lines.append("Started     \(start)" + (schedule.startInheritedFrom.map { ", from \($0)" } ?? ""))
        } else {
            lines.append("Started     no start date; due dates count from it")
        }
        let overdueGoals = schedule.overdueGoals.count
        let overdueCheckpoints = schedule.checkpoints.filter(schedule.isOverdue).count
        if overdueGoals + overdueCheckpoints > 0 {
            let parts = [(overdueGoals, "goal"), (overdueCheckpoints, "checkpoint")].filter { $0.0 > 0 }.map { Count.of($0.0, $0.1) }
            lines.append("Overdue     " + parts.joined(separator: ", "))
        }
        if let next = schedule.nextCheckpoint {
            let tracking = schedule.tracking(next.file)
            var text = "Checkpoint  " + tracking.title(of: tracking.checkpoints[next.index])
            if let due = schedule.due(of: next) { text += ", due \(due) (" + ProgressHints.lateness(due, today: schedule.today) + ")" }
            lines.append(text)
        }
        if let forecast = StatusHistory(schedule).forecast {
            lines.append("Forecast    " + forecast.section + " · " + RoadmapHover.describe(forecast))
        }
        if !report.inProgress.isEmpty {
            lines.append("")
            lines.append("In progress")
            for ref in report.inProgress.prefix(5) { lines.append("  " + goalText(plan, ref)) }
        }
        if let next = report.next {
            lines.append("")
            lines.append("Next  " + goalText(plan, next))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func counts(_ tally: Tally) -> String {
        var text = ProgressHints.count(tally)
        if tally.inProgress > 0 { text += "  \(tally.inProgress) in progress" }
        if tally.cancelled > 0 { text += "  \(tally.cancelled) cancelled" }
        return text
    }

    static func goalText(_ plan: Plan, _ ref: GoalRef) -> String {
        "\(plan.displayID(ref)) " + PlainText.of(plan.files[ref.file].roadmap.text(of: ref.goal, withoutDoneDate: true))
    }
}
