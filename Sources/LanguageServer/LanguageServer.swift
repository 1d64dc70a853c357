import JSONRPC
import JSONText
import LanguageServerProtocol
import RoadmapKit

/// `roadmap lsp`'s server: the lifecycle, cancellation and dispatch of LSP 3.17, over handlers the
/// capabilities register (`Capabilities.all`). It reads messages and answers them one at a time;
/// `handle` turns one input into the messages to send, so a test drives it without a process.
///
/// The lifecycle, exactly as the specification says: before `initialize` a request is answered
/// `ServerNotInitialized` and a notification dropped (`exit` excepted); a second `initialize` is
/// an `InvalidRequest`; after `shutdown` every request is an `InvalidRequest` and every
/// notification but `exit` is dropped; `exit` ends the loop with 0 after `shutdown`, else 1.
public struct LanguageServer {
    /// What the handlers share (read by tests and by the loop).
    public private(set) var state: ServerState
    let handlers: Handlers
    /// Requests the client cancelled before the server started them: answered `RequestCancelled`.
    var cancelled: Set<RequestID> = []
    /// Set by `exit`: the process's exit code.
    public private(set) var exitCode: Int32?
    /// The name and version `initialize` answers with.
    public let version: String?

    /// - Parameters:
    ///   - today: today's date, asked each time it is needed (`ServerState.today`).
    ///   - version: the server's version, for `serverInfo`.
    ///   - capabilities: what the server does (all of them unless a test narrows it).
    public init(today: @escaping () -> CivilDate, version: String? = nil, capabilities: [any Capability.Type] = Capabilities.all) {
        state = ServerState(today: today)
        self.version = version
        var handlers = Handlers()
        for capability in capabilities { capability.register(in: &handlers) }
        self.handlers = handlers
    }

    /// Reads and answers messages until `exit` or the end of input; returns the exit code (0 after
    /// `shutdown` then `exit`, else 1, also when input ends or output fails first).
    ///
    /// Cancellation: before each message the server takes every message already read (without
    /// waiting for more), so a `$/cancelRequest` that came behind a request it has not started
    /// cancels it. Messages are handled in order; nothing runs concurrently.
    public mutating func run<Source: ByteSource, Sink: ByteSink>(_ reader: inout MessageReader<Source>, _ writer: inout MessageWriter<Sink>) -> Int32 {
        var pending: [MessageReader<Source>.Event] = []
        while exitCode == nil {
            if pending.isEmpty {
                guard let event = try? reader.next() else { break }
                pending.append(event)
            }
            while let event = reader.nextBuffered() { pending.append(event) }
            for case .message(.notification("$/cancelRequest", let params?)) in pending {
                if let id = try? RequestID(json: params["id"] ?? .null) { cancelled.insert(id) }
            }
            let outgoing: [Message]
            switch pending.removeFirst() {
            case .message(let message): outgoing = handle(message)
            case .invalid(let error): outgoing = handle(invalid: error)
            case .framing(let error): outgoing = handle(framing: error)
            }
            for message in outgoing {
                do { try writer.send(message) } catch { return 1 }
            }
        }
        return exitCode ?? 1
    }

    /// Content that is no JSON-RPC message: answered with the error JSON-RPC asks for.
    public mutating func handle(invalid error: MessageError) -> [Message] {
        [error.response]
    }

    /// Bytes that framed no message: nothing to answer, so a note in the client's log.
    public mutating func handle(framing error: FramingError) -> [Message] {
        state.log(.error, "dropped input: \(error)")
        return flush()
    }

    /// One message: the answer to a request (always exactly one), then any notifications the
    /// handling produced (diagnostics of a changed document).
    public mutating func handle(_ message: Message) -> [Message] {
        switch message {
        case .request(let id, let method, let params):
            let answer = respond(id: id, method: method, params: params ?? .null)
            cancelled.remove(id)
            return [answer] + flush()
        case .notification(let method, let params):
            notify(method: method, params: params ?? .null)
            return flush()
        case .response:
            // The server sends no requests, so a response answers nothing it asked.
            return []
        }
    }

    private mutating func respond(id: RequestID, method: String, params: JSONValue) -> Message {
        switch state.phase {
        case .waiting:
            guard method == "initialize" else {
                return .failure(id: id, ResponseError(.serverNotInitialized, "Server not initialized: send initialize first"))
            }
            return initialize(id: id, params: params)
        case .shutDown:
            return .failure(id: id, ResponseError(.invalidRequest, "Invalid request: the server is shut down; only exit is expected"))
        case .running:
            break
        }
        if cancelled.contains(id) { return .failure(id: id, ResponseError(.requestCancelled, "Request cancelled")) }
        switch method {
        case "initialize":
            return .failure(id: id, ResponseError(.invalidRequest, "Invalid request: initialize was already received"))
        case "shutdown":
            state.phase = .shutDown
            return .success(id: id, .null)
        default:
            guard let handler = handlers.requests[method] else {
                return .failure(id: id, ResponseError(.methodNotFound, "Method not found: \(method)"))
            }
            return .response(id: id, result: handler(&state, params))
        }
    }

    private mutating func initialize(id: RequestID, params: JSONValue) -> Message {
        let client: InitializeParams
        do {
            client = try Handlers.decode(params, as: InitializeParams.self)
        } catch {
            return .failure(id: id, error)
        }
        state.client = client
        state.encoding = client.negotiatedPositionEncoding
        state.phase = .running
        var capabilities = ServerCapabilities(positionEncoding: state.encoding, textDocumentSync: .incremental)
        for advertise in handlers.advertisers { advertise(&capabilities, client) }
        return .success(id: id, InitializeResult(capabilities: capabilities, serverName: "roadmap", serverVersion: version).json)
    }

    private mutating func notify(method: String, params: JSONValue) {
        if method == "exit" {
            exitCode = state.phase == .shutDown ? 0 : 1
            return
        }
        if method == "$/cancelRequest" {
            // The request it names has been answered by now (cancelled when it came before this).
            if let id = try? RequestID(json: params["id"] ?? .null) { cancelled.remove(id) }
            return
        }
        guard state.phase == .running else { return }
        // Unknown notifications, `$/` ones included, are ignored as the specification asks.
        guard let handler = handlers.notifications[method] else { return }
        if let error = handler(&state, params) { state.log(.error, "\(method): \(error.message)") }
    }

    /// Runs the document hooks for what the message opened, changed or closed, then hands over
    /// every queued notification.
    private mutating func flush() -> [Message] {
        while !state.changed.isEmpty || !state.closed.isEmpty {
            let changed = state.changed, closed = state.closed
            state.changed = []
            state.closed = []
            for uri in closed { for hook in handlers.documentClosed { hook(&state, uri) } }
            for uri in changed where state.documents[uri] != nil { for hook in handlers.documentChanged { hook(&state, uri) } }
        }
        let out = state.outbox
        state.outbox = []
        return out
    }
}
