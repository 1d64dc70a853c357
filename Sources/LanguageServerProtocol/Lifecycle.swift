import JSONText

/// `initialize`'s params: what the server reads of them. The client's capabilities are kept whole
/// (`capabilities`), since a server consults few of them and a client may send hundreds.
public struct InitializeParams: Equatable, Sendable, JSONCodable {
    public var processId: Int?
    public var clientInfo: ClientInfo?
    public var rootUri: DocumentURI?
    public var workspaceFolders: [WorkspaceFolder]?
    public var initializationOptions: JSONValue?
    public var capabilities: JSONValue

    public struct ClientInfo: Equatable, Sendable, JSONCodable {
        public var name: String
        public var version: String?
        public init(name: String, version: String? = nil) {
            self.name = name
            self.version = version
        }
        public init(json: JSONValue) throws(JSONDecodingError) {
            name = try json.decode("name")
            version = try json.decodeIfPresent("version")
        }
        public var json: JSONValue { .object(["name": name, "version": version]) }
    }

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

public struct WorkspaceFolder: Hashable, Sendable, JSONCodable {
    public var uri: DocumentURI
    public var name: String

    public init(uri: DocumentURI, name: String) {
        self.uri = uri
        self.name = name
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        uri = try json.decode("uri")
        name = try json.decode("name")
    }

    public var json: JSONValue { .object(["uri": uri, "name": name]) }
}

/// `TextDocumentSyncKind`: how `didChange` carries the text.
public struct TextDocumentSyncKind: RawRepresentable, Hashable, Sendable, JSONCodable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let none = TextDocumentSyncKind(rawValue: 0)
    public static let full = TextDocumentSyncKind(rawValue: 1)
    /// Ranged changes, applied in order (what this server asks for).
    public static let incremental = TextDocumentSyncKind(rawValue: 2)
}

/// What the server can do, as `initialize` answers it: the providers the issue names.
public struct ServerCapabilities: Equatable, Sendable, JSONCodable {
    public var positionEncoding: PositionEncoding?
    public var textDocumentSync: TextDocumentSyncKind?
    public var hoverProvider: Bool?
    public var completionTriggerCharacters: [String]?
    public var codeActionKinds: [CodeActionKind]?
    public var documentSymbolProvider: Bool?
    public var workspaceSymbolProvider: Bool?
    public var inlayHintProvider: Bool?
    public var executeCommands: [String]?

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
        case let options?: codeActionKinds = try options.decodeIfPresent("codeActionKinds") ?? []
        }
        documentSymbolProvider = try json.decodeIfPresent("documentSymbolProvider")
        workspaceSymbolProvider = try json.decodeIfPresent("workspaceSymbolProvider")
        inlayHintProvider = try json.decodeIfPresent("inlayHintProvider")
        if let execute = json["executeCommandProvider"], execute != .null {
            executeCommands = try execute.decode("commands")
        }
    }

    public var json: JSONValue {
        .object([
            "positionEncoding": positionEncoding,
            "textDocumentSync": textDocumentSync.map { JSONValue.object(["openClose": true, "change": $0]) },
            "hoverProvider": hoverProvider,
            "completionProvider": completionTriggerCharacters.map { JSONValue.object(["triggerCharacters": $0]) },
            "codeActionProvider": codeActionKinds.map { JSONValue.object(["codeActionKinds": $0]) },
            "documentSymbolProvider": documentSymbolProvider,
            "workspaceSymbolProvider": workspaceSymbolProvider,
            "inlayHintProvider": inlayHintProvider,
            "executeCommandProvider": executeCommands.map { JSONValue.object(["commands": $0]) },
        ])
    }
}

public struct InitializeResult: Equatable, Sendable, JSONCodable {
    public var capabilities: ServerCapabilities
    public var serverName: String?
    public var serverVersion: String?

    public init(capabilities: ServerCapabilities, serverName: String? = nil, serverVersion: String? = nil) {
        self.capabilities = capabilities
        self.serverName = serverName
        self.serverVersion = serverVersion
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        capabilities = try json.decode("capabilities")
        let info = json["serverInfo"]
        serverName = try info?.decodeIfPresent("name")
        serverVersion = try info?.decodeIfPresent("version")
    }

    public var json: JSONValue {
        .object([
            "capabilities": capabilities,
            "serverInfo": serverName.map { JSONValue.object(["name": $0, "version": serverVersion]) },
        ])
    }
}

/// `window/logMessage` and `window/showMessage`'s `type`.
public struct MessageType: RawRepresentable, Hashable, Sendable, JSONCodable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let error = MessageType(rawValue: 1)
    public static let warning = MessageType(rawValue: 2)
    public static let info = MessageType(rawValue: 3)
    public static let log = MessageType(rawValue: 4)
}

/// `window/logMessage`: how the server tells of input it dropped (a framing error, a message for
/// a closed document) without answering anything.
public struct LogMessageParams: Hashable, Sendable, JSONCodable {
    public var type: MessageType
    public var message: String

    public init(type: MessageType, message: String) {
        self.type = type
        self.message = message
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        type = try json.decode("type")
        message = try json.decode("message")
    }

    public var json: JSONValue { .object(["type": type, "message": message]) }
}
