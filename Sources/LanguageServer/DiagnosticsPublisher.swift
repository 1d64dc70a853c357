import JSONRPC
import JSONText
import LanguageServerProtocol
import RoadmapKit

/// Diagnostics, pushed after every open and change (`textDocument/publishDiagnostics`) and
/// cleared on close: every `roadmap lint` finding, with its rule as the code and lint's words,
/// and the goals and checkpoints that are overdue (warning) or due within a week (information),
/// as `roadmap next` finds them. A document without goals gets an empty list.
public enum DiagnosticsPublisher: Capability {
    /// Publishes after each open or change, clears on close.
    public static func register(in handlers: inout Handlers) {
        handlers.onDocumentChanged { state, uri in
            publish(&state, uri)
            // A change in one file of a plan moves the due dates of the others (the index's start
            // date, a phase's ticks): theirs are published again, or the editor keeps stale ones.
            for other in PlanRefresh.related(&state, to: uri) { publish(&state, other) }
        }
        handlers.onDocumentClosed { state, uri in
            state.send(.publishDiagnostics(PublishDiagnosticsParams(uri: uri, diagnostics: [])))
        }
    }

    /// Publishes the diagnostics of the open document `uri` as it is now.
    static func publish(_ state: inout ServerState, _ uri: DocumentURI) {
        guard let analysis = try? state.analysis(of: uri) else { return }
        // Due dates as the document's plan sets them (a phase file opened alone counts from
        // its index's start), as the hints and `roadmap next -f FILE` count them.
        // The plan-wide findings come from the plan of the document's index (`PlanLint`).
        let diagnostics = analysis.isRoadmap
            ? RoadmapDiagnostics.all(analysis, schedule: (try? state.documentPlan(of: uri))?.schedule, planFindings: state.planFindings(of: uri)) : []
        let json = state.documents[uri]?.published.json(of: diagnostics) ?? diagnostics.map(\.json)
        // The members in `PublishDiagnosticsParams.json`'s order, the diagnostics' JSON reused.
        state.send(.notification(method: "textDocument/publishDiagnostics",
                                 params: .object(["uri": uri, "version": analysis.version, "diagnostics": JSONValue.array(json)])))
    }
}

/// The diagnostics last published for a document, with their JSON: a keystroke changes a few
/// diagnostics of thousands, so the next publish builds JSON only between the longest common
/// start and end of the two lists (a line end typed moves every range after it: those are built
/// again). Each diagnostic's JSON is kept written (`JSONValue.raw`), so the writer copies its
/// bytes instead of writing it again: about 400 KB a keystroke on a 10,000-goal file.
struct PublishedDiagnostics {
    var diagnostics: [Diagnostic] = []
    var values: [JSONValue] = []

    /// The JSON of `new`, each element equal to `new[i].json` (and written as it would be);
    /// remembers `new` for the next call.
    mutating func json(of new: [Diagnostic]) -> [JSONValue] {
        let common = min(new.count, diagnostics.count)
        var prefix = 0
        while prefix < common && new[prefix] == diagnostics[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < common - prefix && new[new.count - 1 - suffix] == diagnostics[diagnostics.count - 1 - suffix] { suffix += 1 }
        // In place: the last publish's message is gone, so the list is not copied, and the
        // diagnostics kept are not retained again one by one.
        var changed: [JSONValue] = []
        changed.reserveCapacity(new.count - suffix - prefix)
        for diagnostic in new[prefix..<(new.count - suffix)] { changed.append(.raw(diagnostic.rawJSON)) }
        values.replaceSubrange(prefix..<(values.count - suffix), with: changed)
        diagnostics = new
        return values
    }
}

/// The diagnostics of one version of a document, in line order: lint's, then the schedule's.
public enum RoadmapDiagnostics {
    /// The `source` every diagnostic carries, so an editor showing several servers' says whose.
    public static let source = "roadmap"
    /// How many days ahead a goal counts as due soon.
    public static let soonWindow = 7

    /// Every diagnostic of the document, ordered by where it starts (lint's first on a tie).
    /// `schedule` is the document's plan's (file 0 is the document); by default the document's own.
    /// `planFindings` are lint's findings over the whole plan that are in this document.
    public static func all(_ analysis: DocumentAnalysis, schedule: PlanSchedule? = nil, planFindings: [LintFinding] = []) -> [Diagnostic] {
        // Lint's are in line order already, each at its line's start; the schedule's few are in
        // due order. Sorting the schedule's and merging gives what a stable sort of both would
        // (lint's first where two start at one place) without sorting thousands on a keystroke.
        // Lint's are made as they are merged, not made and then copied; the plan's, when there are
        // any, joined in as `roadmap lint` joins them.
        let findings = planFindings.isEmpty ? analysis.lintFindings : Lint.joined(analysis.lintFindings, planFindings)
        // The indices are sorted, not the diagnostics: moving a diagnostic retains its strings.
        let unsorted = self.schedule(analysis, schedule ?? analysis.schedule)
        let schedule = unsorted.indices
            .sorted { (unsorted[$0].range.start, $0) < (unsorted[$1].range.start, $1) }
            .map { unsorted[$0] }
        var merged: [Diagnostic] = []
        merged.reserveCapacity(findings.count + schedule.count)
        var k = 0
        for finding in findings {
            let diagnostic = lint(finding, analysis)
            while k < schedule.count && schedule[k].range.start < diagnostic.range.start {
                merged.append(schedule[k])
                k += 1
            }
            merged.append(diagnostic)
        }
        merged.append(contentsOf: schedule[k...])
        return merged
    }

    /// The diagnostic of one lint finding of `analysis`, on the line lint names. A link is checked
    /// against the disk only for a `file:` document (its folder is where the link points from).
    static func lint(_ finding: LintFinding, _ analysis: DocumentAnalysis) -> Diagnostic {
        Diagnostic(range: analysis.range(ofLine: finding.line), severity: .warning, code: .string(finding.kind.rawValue),
                   source: source, message: finding.message)
    }

    /// Overdue goals and checkpoints (warning) and those due within `soonWindow` days
    /// (information): `NextReport`'s entries, the ones `roadmap next` lists, of the document
    /// (file 0 of `schedule`; the files it links have their own diagnostics when open).
    public static func schedule(_ analysis: DocumentAnalysis, _ schedule: PlanSchedule) -> [Diagnostic] {
        let report = NextReport(schedule, window: soonWindow)
        var found: [Diagnostic] = []
        // Goals share due dates (a month's end): each date's words are made once, and so is each
        // message (a goal's and a checkpoint's; one date is overdue or not for all).
        var words: [CivilDate: (goal: String, checkpoint: String)] = [:]
        for entry in report.entries where entry.reason != .inProgress {
            guard let due = entry.due, entry.file == 0 else { continue }
            let overdue = entry.reason == .overdue
            let messages: (goal: String, checkpoint: String)
            if let known = words[due] {
                messages = known
            } else {
                let when = dueWords(due, today: analysis.today)
                messages = (overdue ? "overdue: \(when)" : when, overdue ? "checkpoint overdue: \(when)" : "checkpoint \(when)")
                words[due] = messages
            }
            switch entry.item {
            case .goal(let ref):
                let goal = analysis.roadmap.goals[ref.goal]
                found.append(Diagnostic(
                    range: analysis.range(of: goal.markerRange.lowerBound - 1..<goal.textRange.upperBound),
                    severity: overdue ? .warning : .information, code: .string(overdue ? "overdue" : "dueSoon"), source: source,
                    message: messages.goal))
            case .checkpoint(let ref):
                let checkpoint = schedule.tracking(0).checkpoints[ref.index]
                found.append(Diagnostic(
                    range: analysis.range(ofLine: checkpoint.line),
                    severity: overdue ? .warning : .information, code: .string(overdue ? "overdueCheckpoint" : "checkpointDueSoon"),
                    source: source, message: messages.checkpoint))
            }
        }
        return found
    }

    /// `due 2026-12-01, 6 days ago`, `due today`, `due 2026-12-09, in 2 days`.
    static func dueWords(_ due: CivilDate, today: CivilDate) -> String {
        let days = today.days(until: due)
        switch days {
        case 0: return "due today (\(due))"
        case 1: return "due \(due), tomorrow"
        case -1: return "due \(due), yesterday"
        case ..<0: return "due \(due), \(-days) days ago"
        default: return "due \(due), in \(days) days"
        }
    }
}

extension NextReport.Entry {
    /// The plan file the entry's goal or checkpoint is in.
    fileprivate var file: Int {
        switch item {
        case .goal(let ref): ref.file
        case .checkpoint(let ref): ref.file
        }
    }
}
