import JSONText

/// `quickfix`, `refactor.rewrite`, …: a dotted open set of strings.
public struct CodeActionKind: RawRepresentable, Hashable, Sendable, JSONCodable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let quickFix = CodeActionKind(rawValue: "quickfix")
    public static let refactor = CodeActionKind(rawValue: "refactor")
    public static let refactorRewrite = CodeActionKind(rawValue: "refactor.rewrite")
    public static let source = CodeActionKind(rawValue: "source")
}

public struct CodeActionContext: Hashable, Sendable, JSONCodable {
    public var diagnostics: [Diagnostic]
    /// The kinds the client asks for; nil for all.
    public var only: [CodeActionKind]?

    public init(diagnostics: [Diagnostic] = [], only: [CodeActionKind]? = nil) {
        self.diagnostics = diagnostics
        self.only = only
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        diagnostics = try json.decode("diagnostics")
        only = try json.decodeIfPresent("only")
    }

    public var json: JSONValue { .object(["diagnostics": diagnostics, "only": only]) }
}

public struct CodeActionParams: Hashable, Sendable, JSONCodable {
    public var textDocument: TextDocumentIdentifier
    public var range: PositionRange
    public var context: CodeActionContext

    public init(textDocument: TextDocumentIdentifier, range: PositionRange, context: CodeActionContext = CodeActionContext()) {
        self.textDocument = textDocument
        self.range = range
        self.context = context
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        textDocument = try json.decode("textDocument")
        range = try json.decode("range")
        context = try json.decode("context")
    }

    public var json: JSONValue { .object(["textDocument": textDocument, "range": range, "context": context]) }
}

/// The edits of one document, at the version they were computed for.
public struct TextDocumentEdit: Hashable, Sendable, JSONCodable {
    public var textDocument: VersionedTextDocumentIdentifier
    public var edits: [TextEdit]

    public init(textDocument: VersionedTextDocumentIdentifier, edits: [TextEdit]) {
        self.textDocument = textDocument
        self.edits = edits
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        textDocument = try json.decode("textDocument")
        edits = try json.decode("edits")
    }

    public var json: JSONValue { .object(["textDocument": textDocument, "edits": edits]) }
}

/// Edits across documents: `changes` by URI, or `documentChanges` with versions (which a client
/// that supports them prefers, as it refuses an edit to a document that has moved on).
public struct WorkspaceEdit: Hashable, Sendable, JSONCodable {
    public var changes: [DocumentURI: [TextEdit]]?
    public var documentChanges: [TextDocumentEdit]?

    public init(changes: [DocumentURI: [TextEdit]]? = nil, documentChanges: [TextDocumentEdit]? = nil) {
        self.changes = changes
        self.documentChanges = documentChanges
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        changes = try json.decodeIfPresent("changes")
        documentChanges = try json.decodeIfPresent("documentChanges")
    }

    public var json: JSONValue { .object(["changes": changes, "documentChanges": documentChanges]) }
}

/// One action offered on a line: Check, Start, Cancel, … (LSP 3.17 `CodeAction`).
public struct CodeAction: Hashable, Sendable, JSONCodable {
    public var title: String
    public var kind: CodeActionKind?
    /// The diagnostics this action fixes (what makes it a quick fix of them).
    public var diagnostics: [Diagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit?
    public var command: Command?
    public var data: JSONValue?

    public init(title: String, kind: CodeActionKind? = nil, diagnostics: [Diagnostic]? = nil, isPreferred: Bool? = nil,
                edit: WorkspaceEdit? = nil, command: Command? = nil, data: JSONValue? = nil) {
        self.title = title
        self.kind = kind
        self.diagnostics = diagnostics
        self.isPreferred = isPreferred
        self.edit = edit
        self.command = command
        self.data = data
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        title = try json.decode("title")
        kind = try json.decodeIfPresent("kind")
        diagnostics = try json.decodeIfPresent("diagnostics")
        isPreferred = try json.decodeIfPresent("isPreferred")
        edit = try json.decodeIfPresent("edit")
        command = try json.decodeIfPresent("command")
        data = json["data"]
    }

    public var json: JSONValue {
        .object([
            "title": title, "kind": kind, "diagnostics": diagnostics, "isPreferred": isPreferred,
            "edit": edit, "command": command, "data": data,
        ])
    }
}
