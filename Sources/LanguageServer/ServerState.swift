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

    /// A server before `initialize`, asking `today` for the date.
    public init(today: @escaping () -> CivilDate) {
        self.today = today
    }

    /// Queues a notification to the client.
    public mutating func send(_ message: Message) { outbox.append(message) }

    /// Tells the client, in its log, of input the server dropped. Before `initialize` is answered
    /// nothing may be sent but that answer, so the note is dropped too.
    public mutating func log(_ type: MessageType, _ text: String) {
        guard phase != .waiting else { return }
        outbox.append(.logMessage(type, text))
    }

    /// Marks a document as opened or changed: hooks run for it once the message is handled.
    public mutating func didChange(_ uri: DocumentURI) {
        if !changed.contains(uri) { changed.append(uri) }
    }

    /// Marks a document as closed.
    public mutating func didClose(_ uri: DocumentURI) {
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
