import JSONRPC
import JSONText
import LanguageServerProtocol
import RoadmapKit

/// The files of plans the editor has not open (a phase's index, the other phases, the workspace's
/// tree), as the server last read them from disk. A keystroke in a phase file reuses them: it does
/// not read the index and the other phases again. They are read again, when next needed, after
/// the server is told the disk may have changed: a document opened or closed, one saved
/// (`didSave`), files changed (`workspace/didChangeWatchedFiles`, `WatchedFiles`). A file the
/// editor has open is never read: its buffer is read instead (`ServerState.planText`).
///
/// A class: the readers the library is given (`open:` closures) fill it while the server's state
/// is borrowed for the call.
final class DiskFiles {
    /// Moves each time what was read is forgotten: what was worked out from the disk is kept with
    /// the epoch it was worked out in, and worked out again in a later one.
    private(set) var epoch = 0
    /// Each file read, by normalised full path; nil when it could not be read as text (the
    /// library reads it itself then, to say why).
    private var texts: [String: [UInt8]?] = [:]
    /// How many files were read from disk since the server started (a test counts them).
    private(set) var reads = 0
    /// Each open document's inherited start (`DocumentPlan`), with the epoch and the edits of the
    /// other documents it was found for: the phase's own keystrokes do not move it.
    var inherited: [DocumentURI: (epoch: Int, others: Int, start: InheritedStart?)] = [:]
    /// The workspace's plan or tree on disk as workspace symbols search it (`PlanSymbols`).
    var workspace: PlanSymbols.Kept?
    /// The canonical paths and identities the plans' folder rules looked up (a keystroke in an
    /// index would otherwise ask the disk for each linked file's again).
    private(set) var lookups = PathLookups()

    /// The text of the file at normalised full `path`, read once an epoch.
    func text(ofFullPath path: String) -> [UInt8]? {
        if let known = texts[path] { return known }
        reads += 1
        var text: [UInt8]?
        if let bytes = try? FileSystem.readWhenNotBeingWritten(path), TextFileCheck.problem(bytes, path: path) == nil { text = bytes }
        texts[path] = .some(text)
        return text
    }

    /// Forgets everything read: the next use reads the disk again.
    func forget() {
        epoch += 1
        texts = [:]
        inherited = [:]
        workspace = nil
        lookups = PathLookups()
    }
}

extension ServerState {
    /// The text of a plan's file by full path: the editor's buffer when it has the file open, else
    /// the file as read from disk this epoch (`DiskFiles`).
    func planText(buffers: [String: [UInt8]]) -> (String) -> [UInt8]? {
        let disk = self.disk
        return { path in
            let normalized = RelativePath.normalized(path)
            return buffers[normalized] ?? disk.text(ofFullPath: normalized)
        }
    }

    /// The disk may have changed (a save, files the client saw change): what was read of it is
    /// forgotten, and with it the plan roots, the plans and lint's record of which links exist.
    mutating func diskMayHaveChanged() {
        disk.forget()
        planLint.forgetRoots()
        plans = [:]
        for uri in documents.keys {
            documents[uri]?.lint.clear()
            documents[uri]?.cached = nil
        }
    }

    /// How many times the documents other than `uri` were opened or changed: what a document's
    /// plan reads of the others is kept while it stands still.
    func editsOfOthers(than uri: DocumentURI) -> Int {
        edits - (editsByDocument[uri] ?? 0)
    }
}

/// `workspace/didChangeWatchedFiles` (LSP 3.17): a client that can register file watchers
/// dynamically (`workspace.didChangeWatchedFiles.dynamicRegistration`) is asked, once initialized,
/// to report changes to markdown files (`**/*.md`); a change it reports makes the server read the
/// disk again (`DiskFiles`), publish the diagnostics of the open documents again and ask the
/// client to fetch the hints again (an index changed in a terminal moves a phase's due dates).
/// A client that cannot is not asked; the disk is then read again on open, close and save only.
public enum WatchedFiles: Capability {
    /// The watcher asked for: every markdown file of the workspace.
    public static let globPattern = "**/*.md"

    /// Registers the `initialized` and `workspace/didChangeWatchedFiles` handlers.
    public static func register(in handlers: inout Handlers) {
        handlers.onNotification("initialized", JSONValue.self) { state, _ in
            guard state.client.capabilities["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.bool == true else { return }
            let watcher: JSONValue = ["globPattern": .string(globPattern)]
            let registration: JSONValue = ["id": "roadmap-watched-markdown", "method": "workspace/didChangeWatchedFiles",
                                           "registerOptions": ["watchers": [watcher]]]
            state.sendRequest("client/registerCapability", ["registrations": [registration]])
        }
        handlers.onNotification("workspace/didChangeWatchedFiles", JSONValue.self) { state, params in
            let changes = params["changes"]?.array ?? []
            // A change (type 2) to a file the editor has open is its own save, or a write the
            // editor will offer to load: its buffer stays the truth, and nothing else moved.
            let open = Set(state.documents.keys)
            let moved = changes.contains { change in
                guard let uri = change["uri"]?.string else { return false }
                return !(change["type"]?.int == 2 && open.contains(uri))
            }
            guard moved else { return }
            state.diskMayHaveChanged()
            state.generation += 1
            // Each open document once (not as changed documents, whose hooks would ask for a
            // refresh each), then one refresh of the hints.
            var roadmaps = false
            for uri in state.documents.keys.sorted() {
                DiagnosticsPublisher.publish(&state, uri)
                roadmaps = roadmaps || (try? state.analysis(of: uri))?.isRoadmap == true
            }
            if roadmaps && PlanRefresh.supportsRefresh(state) { state.sendRequest("workspace/inlayHint/refresh") }
        }
    }
}
