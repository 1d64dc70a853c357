import JSONText

/// `initialize`'s params: what the server reads of them. The client's capabilities are kept whole
/// (`capabilities`), since a server consults few of them and a client may send hundreds.
public struct InitializeParams: Equatable, Sendable, JSONCodable {
    /// The client's process id, for the server to exit when it dies; nil (null) when it has none.
    public var processId: Int?
    /// The client's name and version, when it gives them.
    public var clientInfo: ClientInfo?
    /// The workspace's root folder, deprecated in favour of `workspaceFolders`; nil when none is open.
    public var rootUri: DocumentURI?
    /// The workspace folders open at start; nil when the client does not support them.
    public var workspaceFolders: [WorkspaceFolder]?
    /// Options for this server from the client's settings, passed on as given.
    public var initializationOptions: JSONValue?
    /// The client's capabilities, kept whole as a JSON object.
    public var capabilities: JSONValue

    /// `clientInfo`: who the client is, for logs.
    public struct ClientInfo: Equatable, Sendable, JSONCodable {
        /// The client's name as it defines it.
        public var name: String
        /// The client's version as it defines it.
        public var version: String?
        /// The info of client `name` at `version`.
        public init(name: String, version: String? = nil) {
            self.name = name
            self.version = version
        }
        /// Reads the wire form (`{name, version?}`).
        public init(json: JSONValue) throws(JSONDecodingError) {
            name = try json.decode("name")
            version = try json.decodeIfPresent("version")
        }
        /// Writes the wire form (`{name, version?}`).
        public var json: JSONValue { .object(["name": name, "version": version]) }
    }

    /// The params with the given members; no capabilities by default.
    public init(processId: Int? = nil, clientInfo: ClientInfo? = nil, rootUri: DocumentURI? = nil,
                workspaceFolders: [WorkspaceFolder]? = nil, initializationOptions: JSONValue? = nil,
                capabilities: JSONValue = .object(JSONObject())) {
        self.processId = processId
        self.clientInfo = clientInfo
        self.rootUri = rootUri
        self.workspaceFolders = workspaceFolders
        self.initializationOptions = initializationOptions
        self.capabilities = capabilities
    }

    /// Reads the wire form; `capabilities` is required and must be an object.
    public init(json: JSONValue) throws(JSONDecodingError) {
        processId = try json.decodeIfPresent("processId")
        clientInfo = try json.decodeIfPresent("clientInfo")
        rootUri = try json.decodeIfPresent("rootUri")
        workspaceFolders = try json.decodeIfPresent("workspaceFolders")
        initializationOptions = json["initializationOptions"]
        capabilities = try json.decode("capabilities")
        guard capabilities.object != nil else { throw JSONDecodingError.expected("an object", found: capabilities).inside("capabilities") }
    }

    /// `processId` and `rootUri` are required members that may be null (LSP 3.17), so null is
    /// written rather than nothing.
    public var json: JSONValue {
        .object([
            "processId": processId.map(\.json) ?? .null, "clientInfo": clientInfo, "rootUri": rootUri.map(\.json) ?? .null,
            "workspaceFolders": workspaceFolders, "initializationOptions": initializationOptions, "capabilities": capabilities,
        ])
    }

    /// `capabilities.general.positionEncodings`, in the client's order of preference; nil when
    /// absent or not a list of strings (a malformed capability is no capability).
    public var positionEncodings: [String]? {
        guard let kinds = capabilities["general"]?["positionEncodings"]?.array else { return nil }
        let names = kinds.compactMap(\.string)
        return names.count == kinds.count ? names : nil
    }

    /// The encoding to answer with (`PositionEncoding.negotiate`).
    public var negotiatedPositionEncoding: PositionEncoding { .negotiate(clientSupports: positionEncodings) }
}

/// A folder open in the client's workspace (LSP 3.17 `WorkspaceFolder`).
public struct WorkspaceFolder: Hashable, Sendable, JSONCodable {
    /// The folder's URI.
    public var uri: DocumentURI
    /// The folder's name as the client shows it.
    public var name: String

    /// The folder at `uri`, named `name`.
    public init(uri: DocumentURI, name: String) {
        self.uri = uri
        self.name = name
    }

    /// Reads the wire form (`{uri, name}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        uri = try json.decode("uri")
        name = try json.decode("name")
    }

    /// Writes the wire form (`{uri, name}`).
    public var json: JSONValue { .object(["uri": uri, "name": name]) }
}

/// `TextDocumentSyncKind`: how `didChange` carries the text.
public struct TextDocumentSyncKind: RawRepresentable, Hashable, Sendable, JSONCodable {
    /// The kind's number on the wire.
    public let rawValue: Int
    /// Any kind by number, known or not.
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Documents are not synced.
    public static let none = TextDocumentSyncKind(rawValue: 0)
    /// Every `didChange` sends the whole text.
    public static let full = TextDocumentSyncKind(rawValue: 1)
    /// Ranged changes, applied in order (what this server asks for).
    public static let incremental = TextDocumentSyncKind(rawValue: 2)
}

/// What the server can do, as `initialize` answers it: the providers the issue names.
public struct ServerCapabilities: Equatable, Sendable, JSONCodable {
    /// The position encoding the server chose from the client's list (utf-16 when absent).
    public var positionEncoding: PositionEncoding?
    /// How `didChange` carries text; written with `openClose` true, so open and close are sent too.
    public var textDocumentSync: TextDocumentSyncKind?
    /// Whether the server answers `textDocument/hover`.
    public var hoverProvider: Bool?
    /// Characters that trigger completion besides identifiers; non-nil means `completionProvider` is set.
    public var completionTriggerCharacters: [String]?
    /// The code action kinds the server may return; non-nil means `codeActionProvider` is set.
    public var codeActionKinds: [CodeActionKind]?
    /// Whether the server answers `codeAction/resolve` (written in `codeActionProvider`'s options).
    public var codeActionResolveProvider: Bool?
    /// Whether the server answers `textDocument/documentSymbol`.
    public var documentSymbolProvider: Bool?
    /// Whether the server answers `workspace/symbol`.
    public var workspaceSymbolProvider: Bool?
    /// Whether the server answers `textDocument/inlayHint`.
    public var inlayHintProvider: Bool?
    /// The commands `workspace/executeCommand` runs; non-nil means `executeCommandProvider` is set.
    public var executeCommands: [String]?

    /// Capabilities with the given providers; nil leaves a provider out.
    public init(positionEncoding: PositionEncoding? = nil, textDocumentSync: TextDocumentSyncKind? = nil,
                hoverProvider: Bool? = nil, completionTriggerCharacters: [String]? = nil,
                codeActionKinds: [CodeActionKind]? = nil, documentSymbolProvider: Bool? = nil,
                workspaceSymbolProvider: Bool? = nil, inlayHintProvider: Bool? = nil, executeCommands: [String]? = nil) {
        self.positionEncoding = positionEncoding
        self.textDocumentSync = textDocumentSync
        self.hoverProvider = hoverProvider
        self.completionTriggerCharacters = completionTriggerCharacters
        self.codeActionKinds = codeActionKinds
        self.documentSymbolProvider = documentSymbolProvider
        self.workspaceSymbolProvider = workspaceSymbolProvider
        self.inlayHintProvider = inlayHintProvider
        self.executeCommands = executeCommands
    }

    /// Reads the forms this server writes: `textDocumentSync` as options with `change` (or the
    /// bare kind), the completion, code action and execute command providers as options (a bare
    /// `true` for code actions reads as no kinds named).
    public init(json: JSONValue) throws(JSONDecodingError) {
        positionEncoding = try json.decodeIfPresent("positionEncoding")
        if let sync = json["textDocumentSync"], sync.object != nil {
            textDocumentSync = try sync.decodeIfPresent("change")
        } else {
            textDocumentSync = try json.decodeIfPresent("textDocumentSync")
        }
        hoverProvider = try json.decodeIfPresent("hoverProvider")
        if let completion = json["completionProvider"], completion != .null {
            completionTriggerCharacters = try completion.decodeIfPresent("triggerCharacters") ?? []
        }
        switch json["codeActionProvider"] {
        case nil, .null?, .bool(false)?: codeActionKinds = nil
        case .bool(true)?: codeActionKinds = []
        case let options?:
            codeActionKinds = try options.decodeIfPresent("codeActionKinds") ?? []
            codeActionResolveProvider = try options.decodeIfPresent("resolveProvider")
        }
        documentSymbolProvider = try json.decodeIfPresent("documentSymbolProvider")
        workspaceSymbolProvider = try json.decodeIfPresent("workspaceSymbolProvider")
        inlayHintProvider = try json.decodeIfPresent("inlayHintProvider")
        if let execute = json["executeCommandProvider"], execute != .null {
            executeCommands = try execute.decode("commands")
        }
    }

    /// Writes the wire form: the sync kind, completion, code action and execute command providers as options.
    public var json: JSONValue {
        .object([
            "positionEncoding": positionEncoding,
            "textDocumentSync": textDocumentSync.map { JSONValue.object(["openClose": true, "change": $0]) },
            "hoverProvider": hoverProvider,
            "completionProvider": completionTriggerCharacters.map { JSONValue.object(["triggerCharacters": $0]) },
            "codeActionProvider": codeActionKinds.map { JSONValue.object(["codeActionKinds": $0, "resolveProvider": codeActionResolveProvider]) },
            "documentSymbolProvider": documentSymbolProvider,
            "workspaceSymbolProvider": workspaceSymbolProvider,
            "inlayHintProvider": inlayHintProvider,
            "executeCommandProvider": executeCommands.map { JSONValue.object(["commands": $0]) },
        ])
    }
}

/// `initialize`'s result: what the server can do and who it is (LSP 3.17 `InitializeResult`).
public struct InitializeResult: Equatable, Sendable, JSONCodable {
    /// The capabilities the server offers.
    public var capabilities: ServerCapabilities
    /// `serverInfo.name`; without it `serverInfo` is left out.
    public var serverName: String?
    /// `serverInfo.version`.
    public var serverVersion: String?

    /// The result with `capabilities` and, optionally, the server's name and version.
    public init(capabilities: ServerCapabilities, serverName: String? = nil, serverVersion: String? = nil) {
        self.capabilities = capabilities
        self.serverName = serverName
        self.serverVersion = serverVersion
    }

    /// Reads the wire form (`{capabilities, serverInfo?: {name, version?}}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        capabilities = try json.decode("capabilities")
        let info = json["serverInfo"]
        serverName = try info?.decodeIfPresent("name")
        serverVersion = try info?.decodeIfPresent("version")
    }

    /// Writes the wire form (`{capabilities, serverInfo?: {name, version?}}`).
    public var json: JSONValue {
        .object([
            "capabilities": capabilities,
            "serverInfo": serverName.map { JSONValue.object(["name": $0, "version": serverVersion]) },
        ])
    }
}

/// `window/logMessage` and `window/showMessage`'s `type`.
public struct MessageType: RawRepresentable, Hashable, Sendable, JSONCodable {
    /// The type's number on the wire.
    public let rawValue: Int
    /// Any type by number, known or not.
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// An error message.
    public static let error = MessageType(rawValue: 1)
    /// A warning message.
    public static let warning = MessageType(rawValue: 2)
    /// An information message.
    public static let info = MessageType(rawValue: 3)
    /// A log message.
    public static let log = MessageType(rawValue: 4)
}

/// `window/logMessage`: how the server tells of input it dropped (a framing error, a message for
/// a closed document) without answering anything.
public struct LogMessageParams: Hashable, Sendable, JSONCodable {
    /// How serious the message is.
    public var type: MessageType
    /// The message's text.
    public var message: String

    /// A message of `type` saying `message`.
    public init(type: MessageType, message: String) {
        self.type = type
        self.message = message
    }

    /// Reads the wire form (`{type, message}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        type = try json.decode("type")
        message = try json.decode("message")
    }

    /// Writes the wire form (`{type, message}`).
    public var json: JSONValue { .object(["type": type, "message": message]) }
}
