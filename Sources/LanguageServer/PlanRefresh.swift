import JSONRPC
import JSONText
import LanguageServerProtocol
import RoadmapKit

/// A change in one open file of a plan moves the hints of the others: ticking a goal of a phase
/// file changes its index's counts, and the index's start date moves the phase file's due dates.
/// After such a change the server asks the client to fetch its inlay hints again
/// (`workspace/inlayHint/refresh`), when the client says it can (`workspace.inlayHint.refreshSupport`).
/// Whether two open files are of one plan is judged cheaply: another file is open and one of the
/// two links local files, or both have one plan root (two phases of an index that is not open:
/// one's `🆔` is what the other's `⛔` names; roots are looked up on disk when a file is opened,
/// closed or saved or files change on disk, not on a keystroke: `PlanLint`, `DiskFiles`).
/// Closing a file refreshes the roadmaps still open: a phase file falls back to its index on disk.
public enum PlanRefresh: Capability {
    /// Registers the hooks run after each open, change and close.
    public static func register(in handlers: inout Handlers) {
        handlers.onDocumentChanged { state, uri in
            guard supportsRefresh(state) else { return }
            if !related(&state, to: uri).isEmpty { state.sendRequest("workspace/inlayHint/refresh") }
        }
        // A closed buffer no longer stands for its file: the others read the disk again.
        handlers.onDocumentClosed { state, _ in
            guard supportsRefresh(state),
                  state.documents.keys.contains(where: { (try? state.analysis(of: $0))?.isRoadmap == true }) else { return }
            state.sendRequest("workspace/inlayHint/refresh")
        }
    }

    static func supportsRefresh(_ state: ServerState) -> Bool {
        state.client.capabilities["workspace"]?["inlayHint"]?["refreshSupport"]?.bool == true
    }

    /// The other open documents a change to `uri` may move (the diagnostics publisher sends
    /// theirs again too): all of them when the changed one is a roadmap or links files and one
    /// of the two links local files; else those of the same plan root; none otherwise. Found once
    /// a change: the publisher's hook and the refresh's both ask, for the same generation.
    public static func related(_ state: inout ServerState, to uri: DocumentURI) -> [DocumentURI] {
        if let kept = state.relatedKept, kept.generation == state.generation, kept.uri == uri { return kept.related }
        let found = findRelated(&state, to: uri)
        state.relatedKept = (state.generation, uri, found)
        state.relatedFound += 1
        return found
    }

    private static func findRelated(_ state: inout ServerState, to uri: DocumentURI) -> [DocumentURI] {
        guard let changed = try? state.analysis(of: uri), changed.isRoadmap || changed.roadmap.hasLocalLinks else { return [] }
        let others = state.documents.keys.filter { $0 != uri }.sorted()
        guard !others.isEmpty else { return [] }
        let linked = changed.roadmap.hasLocalLinks
            || others.contains { (try? state.analysis(of: $0))?.roadmap.hasLocalLinks == true }
        if linked { return others }
        let root = state.planRoot(of: uri)
        return others.filter { state.planRoot(of: $0) == root }
    }
}
