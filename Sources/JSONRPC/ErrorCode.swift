import JSONText

/// A JSON-RPC error code: an open set of integers (LSP 3.17 `ErrorCodes` and `LSPErrorCodes`).
public struct ErrorCode: RawRepresentable, Hashable, Sendable, JSONCodable, CustomStringConvertible {
    /// The integer written as the error's `code`.
    public let rawValue: Int
    /// Any code, known or not: the set is open.
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Reads the wire form (an integer).
    public init(json: JSONValue) throws(JSONDecodingError) { rawValue = try Int(json: json) }

    // JSON-RPC 2.0, section 5.1.
    /// The content is not JSON.
    public static let parseError = ErrorCode(rawValue: -32700)
    /// The JSON is not a request, notification or response.
    public static let invalidRequest = ErrorCode(rawValue: -32600)
    /// The method does not exist or is not offered by the server.
    public static let methodNotFound = ErrorCode(rawValue: -32601)
    /// The params are not what the method takes.
    public static let invalidParams = ErrorCode(rawValue: -32602)
    /// The server failed while handling a valid request.
    public static let internalError = ErrorCode(rawValue: -32603)

    // LSP 3.17, in JSON-RPC's range for server errors (kept there for compatibility).
    /// A request before `initialize` has been answered.
    public static let serverNotInitialized = ErrorCode(rawValue: -32002)
    /// A code LSP reserves for an error no other code names.
    public static let unknownErrorCode = ErrorCode(rawValue: -32001)

    // LSP 3.17 `LSPErrorCodes` (-32899 to -32800).
    /// A request failed although it was valid (the method known, the params right). @since 3.17
    public static let requestFailed = ErrorCode(rawValue: -32803)
    /// The server cancelled a request that supports it. @since 3.17
    public static let serverCancelled = ErrorCode(rawValue: -32802)
    /// The document changed in a way the request cannot follow.
    public static let contentModified = ErrorCode(rawValue: -32801)
    /// The client cancelled the request (`$/cancelRequest`) and the server saw it in time.
    public static let requestCancelled = ErrorCode(rawValue: -32800)

    /// The code as decimal digits.
    public var description: String { String(rawValue) }
}

/// The `error` of a response: a code, a one-line message, and optional data.
public struct ResponseError: Error, Equatable, Sendable, JSONCodable {
    /// What kind of error it is.
    public var code: ErrorCode
    /// A short description of the error, one line.
    public var message: String
    /// More about the error, defined by the server (absent when nil).
    public var data: JSONValue?

    /// An error with its code, message and optional data.
    public init(_ code: ErrorCode, _ message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    /// Reads the wire form (`{code, message, data?}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        code = try json.decode("code")
        message = try json.decode("message")
        data = json["data"]
    }

    /// Writes the wire form (`{code, message, data?}`).
    public var json: JSONValue {
        var object = JSONObject()
        object["code"] = code.json
        object["message"] = .string(message)
        if let data { object["data"] = data }
        return .object(object)
    }
}
