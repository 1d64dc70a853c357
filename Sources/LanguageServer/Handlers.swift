import JSONRPC
import JSONText
import LanguageServerProtocol

/// One capability of the server (diagnostics, code actions, hover, …): a type that registers its
/// handlers and says what it adds to `initialize`'s answer. Each lives in its own file and joins
/// the list in `Capabilities.all`; nothing else needs to change to add one.
public protocol Capability {
    /// Adds the capability's handlers, hooks and advertised capabilities to `handlers`.
    static func register(in handlers: inout Handlers)
}

/// The server's table of what to do: request and notification handlers by method, hooks run
/// after a document opens, changes or closes, and the contributions to `ServerCapabilities`.
public struct Handlers {
    /// Answers a request: its result, or an error response.
    /// (A `Result` rather than typed throws: Swift 6.3 crashes compiling a stored closure that
    /// throws a typed error.)
    public typealias RequestHandler = (inout ServerState, JSONValue) -> Result<JSONValue, ResponseError>
    /// Acts on a notification; an error is logged (a notification has no answer).
    public typealias NotificationHandler = (inout ServerState, JSONValue) -> ResponseError?
    /// Runs after a document was opened or changed (publish diagnostics, refresh hints), or closed.
    public typealias DocumentHook = (inout ServerState, DocumentURI) -> Void
    /// Adds to the capabilities `initialize` answers with, knowing what the client offered.
    public typealias Advertiser = (inout ServerCapabilities, InitializeParams) -> Void

    var requests: [String: RequestHandler] = [:]
    var notifications: [String: NotificationHandler] = [:]
    var documentChanged: [DocumentHook] = []
    var documentClosed: [DocumentHook] = []
    var advertisers: [Advertiser] = []

    /// An empty table; each capability fills in its part.
    public init() {}

    /// Handles requests named `method`, their params read as `Params` (a mismatch is answered
    /// `InvalidParams` with the path to the bad member). Missing params read as null. The body
    /// throws a `ResponseError` to answer with it; any other error is an `InternalError`.
    public mutating func onRequest<Params: JSONDecodable>(
        _ method: String, _ params: Params.Type = Params.self,
        _ body: @escaping (inout ServerState, Params) throws -> JSONValue
    ) {
        requests[method] = { state, json in
            do {
                return .success(try body(&state, try Params(json: json)))
            } catch {
                return .failure(Handlers.responseError(error))
            }
        }
    }

    /// Handles notifications named `method`, their params read as `Params`.
    public mutating func onNotification<Params: JSONDecodable>(
        _ method: String, _ params: Params.Type = Params.self,
        _ body: @escaping (inout ServerState, Params) throws -> Void
    ) {
        notifications[method] = { state, json in
            do {
                try body(&state, try Params(json: json))
                return nil
            } catch {
                return Handlers.responseError(error)
            }
        }
    }

    /// Runs `hook` after every message that opened or changed a document.
    public mutating func onDocumentChanged(_ hook: @escaping DocumentHook) { documentChanged.append(hook) }

    /// Runs `hook` after a document was closed (its state is already gone).
    public mutating func onDocumentClosed(_ hook: @escaping DocumentHook) { documentClosed.append(hook) }

    /// Adds to `initialize`'s answer.
    public mutating func advertise(_ advertiser: @escaping Advertiser) { advertisers.append(advertiser) }

    /// A handler's error as the client gets it: a `ResponseError` as thrown, params of the wrong
    /// shape as `InvalidParams`, anything else as an `InternalError` with its description.
    static func responseError(_ error: any Error) -> ResponseError {
        if let error = error as? ResponseError { return error }
        if let error = error as? JSONDecodingError { return ResponseError(.invalidParams, "Invalid params: \(error)") }
        return ResponseError(.internalError, "Internal error: \(error)")
    }

    static func decode<Params: JSONDecodable>(_ json: JSONValue, as type: Params.Type) throws(ResponseError) -> Params {
        do {
            return try Params(json: json)
        } catch {
            throw ResponseError(.invalidParams, "Invalid params: \(error)")
        }
    }
}
