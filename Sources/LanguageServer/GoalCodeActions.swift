import JSONRPC
import JSONText
import LanguageServerProtocol
import RoadmapKit

/// Code actions on the goals of a line or a selection: Check, Uncheck, Start, Cancel, Reopen
/// (then stamp, sub-goal, adopt and choose: `StampActions`, `EditActions`), each a
/// `WorkspaceEdit` of the library's edits (`Roadmap.edits(setting:to:doneDate:)`, what
/// `roadmap check` and its siblings write, today's date included), so applying one gives the
/// bytes the command line would write. Quick fixes for the diagnostics that have a fix
/// (`FixActions`) are offered beside them.
public enum GoalCodeActions: Capability {
    /// Answers `textDocument/codeAction` and advertises its kinds.
    public static func register(in handlers: inout Handlers) {
        handlers.advertise { capabilities, client in
            capabilities.codeActionKinds = (capabilities.codeActionKinds ?? []) + [.quickFix, .refactorRewrite]
            if EditForm(client).resolvesEdits { capabilities.codeActionResolveProvider = true }
        }
        handlers.onRequest("codeAction/resolve", CodeAction.self) { state, action in
            try EditActions.resolve(action, &state)
        }
        let stamps = StampActions()
        handlers.onRequest("textDocument/codeAction", CodeActionParams.self) { state, params in
            let analysis = try state.analysis(of: params.textDocument.uri)
            let lines = analysis.lines(of: params.range)
            let form = EditForm(state.client)
            // A file of plain bullets has no goal yet: adopting them is the one action it gets.
            var actions = EditActions.adoption(analysis, lines: lines, editForm: form)
            if analysis.isRoadmap {
                actions = FixActions.actions(analysis, lines: lines, context: params.context, editForm: form)
                    + GoalChanges.actions(analysis, lines: lines, editForm: form)
                    + stamps.actions(analysis, lines: lines, editForm: form) { state.log(.info, $0) }
                    + EditActions.subGoal(analysis, lines: lines, editForm: form) + actions
                    + EditActions.choices(analysis, lines: lines, editForm: form)
            }
            if let only = params.context.only {
                actions = actions.filter { action in
                    only.contains { kind in action.kind.map { $0 == kind || $0.rawValue.hasPrefix(kind.rawValue + ".") } ?? false }
                }
            }
            return actions.json
        }
    }
}

/// The five state changes a goal's line offers, in the order a menu shows them.
public enum GoalChanges {
    /// One state change, as a menu names it.
    public struct Change: Sendable {
        /// The verb: "Check", "Uncheck", …
        public let title: String
        /// The state it gives (what the matching command sets).
        public let state: GoalState
        /// Whether the change is offered for a goal in `state` (a goal already there is passed
        /// over; a custom state such as `[>]` only reopens, as the commands need `--force` for it).
        public let appliesTo: @Sendable (GoalState) -> Bool
    }

    /// Check, Uncheck, Start, Cancel, Reopen.
    public static let changes: [Change] = [
        Change(title: "Check", state: .done) { $0 != .done && $0 != .other },
        Change(title: "Uncheck", state: .open) { $0 == .done },
        Change(title: "Start", state: .inProgress) { $0 != .inProgress && $0 != .other },
        Change(title: "Cancel", state: .cancelled) { $0 != .cancelled && $0 != .other },
        Change(title: "Reopen", state: .open) { $0 == .inProgress || $0 == .cancelled || $0 == .other },
    ]

    /// The goals whose line is in `lines`, by index.
    public static func goals(_ analysis: DocumentAnalysis, lines: ClosedRange<Int>) -> [Int] {
        analysis.roadmap.goals.indices.filter { lines.contains(analysis.roadmap.goals[$0].line) }
    }

    /// The library's edits of one change over the goals it applies to.
    public static func edits(_ change: Change, goals: [Int], in analysis: DocumentAnalysis) -> [RoadmapKit.TextEdit] {
        let roadmap = analysis.roadmap
        return goals.filter { change.appliesTo(roadmap.goals[$0].state) && roadmap.refusesChange($0, to: change.state) == nil }
            .flatMap { roadmap.edits(setting: $0, to: change.state, doneDate: analysis.today) }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// One action per change that applies to at least one goal on `lines`, changing all of them.
    public static func actions(_ analysis: DocumentAnalysis, lines: ClosedRange<Int>, editForm: EditForm) -> [CodeAction] {
        let goals = goals(analysis, lines: lines)
        guard !goals.isEmpty else { return [] }
        return changes.compactMap { change in
            let count = goals.filter { change.appliesTo(analysis.roadmap.goals[$0].state) && analysis.roadmap.refusesChange($0, to: change.state) == nil }.count
            let edits = edits(change, goals: goals, in: analysis)
            guard count > 0, !edits.isEmpty else { return nil }
            let title = count == 1 ? "\(change.title) goal" : "\(change.title) \(count) goals"
            return CodeAction(title: title, kind: .refactorRewrite, edit: editForm.edit(analysis, analysis.clientEdits(edits)))
        }
    }
}

/// How a `WorkspaceEdit` is written for this client: as `documentChanges` with the version the
/// edits were computed for when the client supports them (it then refuses an edit to a document
/// that moved on), else as `changes`.
public struct EditForm: Sendable {
    /// Whether edits go as `documentChanges` with a version.
    public let versioned: Bool
    /// Whether the client resolves a code action's edit (`codeAction/resolve`): it says so with
    /// `textDocument.codeAction.resolveSupport.properties` naming `edit`, and keeps `data`
    /// (`dataSupport`), which says what to resolve. The costly actions then come without their
    /// edit (`EditActions`).
    public internal(set) var resolvesEdits: Bool

    /// The form the client's `workspace.workspaceEdit.documentChanges` capability asks for.
    public init(_ client: InitializeParams) {
        versioned = client.capabilities["workspace"]?["workspaceEdit"]?["documentChanges"]?.bool == true
        let codeAction = client.capabilities["textDocument"]?["codeAction"]
        resolvesEdits = codeAction?["dataSupport"]?.bool == true
            && codeAction?["resolveSupport"]?["properties"]?.array?.contains(.string("edit")) == true
    }

    /// `edits` of the analysed document as a workspace edit in this form.
    public func edit(_ analysis: DocumentAnalysis, _ edits: [LanguageServerProtocol.TextEdit]) -> WorkspaceEdit {
        versioned
            ? WorkspaceEdit(documentChanges: [TextDocumentEdit(textDocument: VersionedTextDocumentIdentifier(uri: analysis.uri, version: analysis.version), edits: edits)])
            : WorkspaceEdit(changes: [analysis.uri: edits])
    }
}
