import JSONRPC
import JSONText
import LanguageServerProtocol
import RoadmapKit

/// What the handlers share: where the lifecycle is, what was agreed at `initialize`, the open
/// documents as the editor has them, and the messages to send once the current one is handled.
/// A handler reads and changes it through `inout`; the server alone moves the lifecycle.
public struct ServerState {
    /// Where the server is in the lifecycle (LSP 3.17, "Server lifecycle").
    public enum Phase: Equatable, Sendable {
        /// Before `initialize`: requests are answered `ServerNotInitialized`, notifications dropped.
        case waiting
        /// After `initialize` was answered.
        case running
        /// After `shutdown`: requests are answered `InvalidRequest`; only `exit` does anything.
        case shutDown
    }

    /// Where the lifecycle is; only the server moves it.
    public internal(set) var phase = Phase.waiting
    /// The `initialize` params, whole (a capability reads the client capabilities it cares about).
    public internal(set) var client = InitializeParams()
    /// What `Position.character` counts, as agreed at `initialize`.
    public internal(set) var encoding = PositionEncoding.utf16
    /// The open documents by URI: the editor's text, never the file on disk.
    public var documents: [DocumentURI: OpenDocument] = [:]
    /// Today, as `roadmap` commands take it (`--today`, `ROADMAP_TODAY`, else the clock): asked
    /// each time, so a server left running over midnight dates a tick with the new day.
    public let today: () -> CivilDate
    /// Messages to send after the one being handled (notifications a handler produced).
    var outbox: [Message] = []
    /// Documents opened or changed while handling the current message, in order, each once:
    /// the server runs the `documentChanged` hooks for them afterwards.
    var changed: [DocumentURI] = []
    /// Documents closed while handling the current message.
    var closed: [DocumentURI] = []
    /// Moves on every open, change and close: a document's plan (`documentPlan(of:)`), which may
    /// read any open buffer, is kept while it stands still.
    var generation = 0
    /// Each open document's plan, with the generation and day it was made for.
    var plans: [DocumentURI: (generation: Int, today: CivilDate, plan: DocumentPlan)] = [:]
    /// Each open document's plan root and the plan-wide lint findings of each root (`PlanLint`).
    var planLint = PlanLint()
    /// `PlanRefresh.related` of the document changed last, with the generation it was found for.
    var relatedKept: (generation: Int, uri: DocumentURI, related: [DocumentURI])?
    /// How many times `PlanRefresh.related` was worked out (not taken from `relatedKept`): a test
    /// checks it is once a change.
    var relatedFound = 0
    /// The files of plans the editor has not open, as last read from disk (`DiskFiles`).
    let disk = DiskFiles()
    /// How many times a document was opened or changed, in all and by document
    /// (`editsOfOthers(than:)`).
    var edits = 0
    var editsByDocument: [DocumentURI: Int] = [:]
    /// How many times workspace symbols read the workspace's plan or tree from disk.
    var workspaceReads = 0
    /// How many requests the server has sent the client (their ids are `roadmap-1`, `roadmap-2`, …).
    var sentRequests = 0

    /// A server before `initialize`, asking `today` for the date.
    public init(today: @escaping () -> CivilDate) {
        self.today = today
    }

    /// Queues a notification to the client.
    public mutating func send(_ message: Message) { outbox.append(message) }

    /// Queues a request to the client (`workspace/inlayHint/refresh`), with an id of its own; the
    /// answer is read and dropped, as nothing waits for it.
    public mutating func sendRequest(_ method: String, _ params: JSONValue? = nil) {
        sentRequests += 1
        outbox.append(.request(id: .string("roadmap-\(sentRequests)"), method: method, params: params))
    }

    /// Tells the client, in its log, of input the server dropped. Before `initialize` is answered
    /// nothing may be sent but that answer, so the note is dropped too.
    public mutating func log(_ type: MessageType, _ text: String) {
        guard phase != .waiting else { return }
        outbox.append(.logMessage(type, text))
    }

    /// Marks a document as opened or changed: hooks run for it once the message is handled.
    public mutating func didChange(_ uri: DocumentURI) {
        generation += 1
        edits += 1
        editsByDocument[uri, default: 0] += 1
        if !changed.contains(uri) { changed.append(uri) }
    }

    /// Marks a document as closed.
    public mutating func didClose(_ uri: DocumentURI) {
        generation += 1
        plans[uri] = nil
        editsByDocument[uri] = nil
        planLint.forgetRoots()
        // The closed file is read from disk again by the plans that hold it; what else was read
        // is read again too, as on an open (the editor may have saved it on the way out).
        disk.forget()
        changed.removeAll { $0 == uri }
        closed.append(uri)
    }

    /// The open document, or the error a request about a document that is not open gets.
    public func document(_ uri: DocumentURI) throws(ResponseError) -> OpenDocument {
        guard let document = documents[uri] else {
            throw ResponseError(.invalidParams, "\(uri) is not open (the server reads only documents the editor has opened)")
        }
        return document
    }
}
