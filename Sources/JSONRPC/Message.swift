import JSONText

/// A request's id: JSON-RPC allows a string or a number. A number keeps its text (`JSONNumber`),
/// so the response carries back exactly the id that came.
public enum RequestID: Hashable, Sendable, JSONCodable, CustomStringConvertible {
    case number(JSONNumber)
    case string(String)

    /// A numeric id with `number`'s decimal text.
    public init(_ number: Int) { self = .number(JSONNumber(number)) }

    /// Reads the wire form (a string or a number; any other kind is an error).
    public init(json: JSONValue) throws(JSONDecodingError) {
        switch json {
        case .number(let number): self = .number(number)
        case .string(let string): self = .string(string)
        default: throw JSONDecodingError.expected("a string or a number", found: json)
        }
    }

    /// Writes the wire form (the string, or the number with its text as it came).
    public var json: JSONValue {
        switch self {
        case .number(let number): .number(number)
        case .string(let string): .string(string)
        }
    }

    /// The id as JSON text (a string in quotes), for a log line.
    public var description: String { json.serializedText }
}

/// One JSON-RPC 2.0 message as LSP uses it (no batches: LSP never sends them).
public enum Message: Equatable, Sendable {
    /// A call that wants a response with the same id.
    case request(id: RequestID, method: String, params: JSONValue?)
    /// A call without an id, which is never answered.
    case notification(method: String, params: JSONValue?)
    /// The answer to a request: its result, or an error. The id is nil only in an error response
    /// to a message whose id could not be read (JSON-RPC writes it as null).
    case response(id: RequestID?, result: Result<JSONValue, ResponseError>)

    /// The response that answers request `id` with `result`.
    public static func success(id: RequestID, _ result: JSONValue) -> Message { .response(id: id, result: .success(result)) }
    /// The error response to request `id` (nil when the id could not be read).
    public static func failure(id: RequestID?, _ error: ResponseError) -> Message { .response(id: id, result: .failure(error)) }

    /// The message as a JSON-RPC object, members in the usual order (`jsonrpc`, `id`, `method`,
    /// `params` / `result` / `error`). A success always has `result`, null included (JSON-RPC 5).
    public var json: JSONValue {
        var object = JSONObject()
        object["jsonrpc"] = "2.0"
        switch self {
        case .request(let id, let method, let params):
            object["id"] = id.json
            object["method"] = .string(method)
            if let params { object["params"] = params }
        case .notification(let method, let params):
            object["method"] = .string(method)
            if let params { object["params"] = params }
        case .response(let id, let result):
            object["id"] = id?.json ?? .null
            switch result {
            case .success(let value): object["result"] = value
            case .failure(let error): object["error"] = error.json
            }
        }
        return .object(object)
    }

    /// The message with its base-protocol header, ready to write: `Content-Length: N\r\n\r\n`
    /// and N bytes of compact JSON (UTF-8, the default `Content-Type`, so that header is left out).
    public func framed() -> [UInt8] {
        let content = json.serialized()
        var out = Array("Content-Length: \(content.count)\r\n\r\n".utf8)
        out.append(contentsOf: content)
        return out
    }
}

/// Why a message's content is not a JSON-RPC message, with the answer JSON-RPC asks for.
public enum MessageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The content is not JSON (answered with `ParseError` and a null id).
    case notJSON(JSONReadError)
    /// JSON, but not a request, notification or response (`InvalidRequest`, with the id when one
    /// could be read).
    case invalid(id: RequestID?, reason: String)

    /// The error response to send: JSON-RPC 2.0 (section 5) answers both with a null id unless the
    /// id was readable.
    public var response: Message {
        switch self {
        case .notJSON(let error): .failure(id: nil, ResponseError(.parseError, "Parse error: \(error)"))
        case .invalid(let id, let reason): .failure(id: id, ResponseError(.invalidRequest, "Invalid request: \(reason)"))
        }
    }

    /// One line for a log: what was wrong with the message.
    public var description: String {
        switch self {
        case .notJSON(let error): "message is not JSON: \(error)"
        case .invalid(_, let reason): "invalid JSON-RPC message: \(reason)"
        }
    }
}

extension Message {
    /// Reads a message from the content bytes a framer gave; invalid UTF-8 in a string is a parse
    /// error unless `invalidUTF8` says to replace it (`InvalidUTF8Rule`).
    public init(content: [UInt8], invalidUTF8: InvalidUTF8Rule = .reject) throws(MessageError) {
        let value: JSONValue
        do {
            value = try JSONValue(parsing: content, invalidUTF8: invalidUTF8)
        } catch {
            throw .notJSON(error)
        }
        try self.init(value: value)
    }

    /// Reads a message from JSON by JSON-RPC 2.0's rules: `"jsonrpc": "2.0"`; a `method` string
    /// makes a request (with an `id`) or a notification (without); `params`, when present, is an
    /// object or an array; otherwise `id` with exactly one of `result` and `error` is a response.
    /// Unknown members are ignored.
    public init(value: JSONValue) throws(MessageError) {
        guard case .object(let object) = value else {
            throw .invalid(id: nil, reason: "expected an object, found \(value.kindName)")
        }
        // The id is read first, so that every later complaint can be answered to it.
        var id: RequestID? = nil
        if let rawID = object["id"], rawID != .null {
            guard let readID = try? RequestID(json: rawID) else {
                throw .invalid(id: nil, reason: "id must be a string or a number, found \(rawID.kindName)")
            }
            id = readID
        }
        guard object["jsonrpc"] == "2.0" else { throw .invalid(id: id, reason: "\"jsonrpc\" must be \"2.0\"") }
        if let method = object["method"] {
            guard case .string(let name) = method else {
                throw .invalid(id: id, reason: "method must be a string, found \(method.kindName)")
            }
            // A null `params` is read as none: JSON-RPC allows only a structured value or nothing,
            // but clients send null for a method without params, and refusing their `shutdown`
            // would make the server's exit status 1.
            let params = object["params"] == .null ? nil : object["params"]
            if let params {
                switch params {
                case .object, .array: break
                default: throw .invalid(id: id, reason: "params must be an object or an array, found \(params.kindName)")
                }
            }
            if let id {
                self = .request(id: id, method: name, params: params)
            } else if object["id"] == .null {
                // JSON-RPC discourages a null id on a request; it cannot be answered apart from
                // errors, so it is refused.
                throw .invalid(id: nil, reason: "a request's id must not be null")
            } else {
                self = .notification(method: name, params: params)
            }
            return
        }
        guard object["id"] != nil else { throw .invalid(id: nil, reason: "no method and no id") }
        switch (object["result"], object["error"]) {
        case (let result?, nil):
            guard let id else { throw .invalid(id: nil, reason: "a result needs an id") }
            self = .success(id: id, result)
        case (nil, let error?):
            do {
                self = .failure(id: id, try ResponseError(json: error))
            } catch {
                throw .invalid(id: id, reason: "error: \(error)")
            }
        default:
            throw .invalid(id: id, reason: "a response has exactly one of result and error")
        }
    }
}
