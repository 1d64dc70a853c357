import JSONText

/// `quickfix`, `refactor.rewrite`, …: a dotted open set of strings.
public struct CodeActionKind: RawRepresentable, Hashable, Sendable, JSONCodable {
    /// The kind's dotted name on the wire.
    public let rawValue: String
    /// Any kind by name, known or not.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `quickfix`: the base kind of quick fixes, offered for a diagnostic.
    public static let quickFix = CodeActionKind(rawValue: "quickfix")
    /// `refactor`: the base kind of refactorings.
    public static let refactor = CodeActionKind(rawValue: "refactor")
    /// `refactor.rewrite`: a refactoring that rewrites what is there.
    public static let refactorRewrite = CodeActionKind(rawValue: "refactor.rewrite")
    /// `source`: the base kind of actions on the whole file.
    public static let source = CodeActionKind(rawValue: "source")
}

/// What a `textDocument/codeAction` request is about (LSP 3.17 `CodeActionContext`).
public struct CodeActionContext: Hashable, Sendable, JSONCodable {
    /// The client's diagnostics that overlap the request's range.
    public var diagnostics: [Diagnostic]
    /// The kinds the client asks for; nil for all.
    public var only: [CodeActionKind]?

    /// A context of `diagnostics`, asking for the kinds in `only` (all when nil).
    public init(diagnostics: [Diagnostic] = [], only: [CodeActionKind]? = nil) {
        self.diagnostics = diagnostics
        self.only = only
    }

    /// Reads the wire form (`{diagnostics, only?}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        diagnostics = try json.decode("diagnostics")
        only = try json.decodeIfPresent("only")
    }

    /// Writes the wire form (`{diagnostics, only?}`).
    public var json: JSONValue { .object(["diagnostics": diagnostics, "only": only]) }
}

/// `textDocument/codeAction`'s params: the document, the range and the context.
public struct CodeActionParams: Hashable, Sendable, JSONCodable {
    /// The document the actions are for.
    public var textDocument: TextDocumentIdentifier
    /// The range (or cursor, when empty) the actions are for.
    public var range: PositionRange
    /// The diagnostics there and the kinds asked for.
    public var context: CodeActionContext

    /// The params for `range` in `textDocument`.
    public init(textDocument: TextDocumentIdentifier, range: PositionRange, context: CodeActionContext = CodeActionContext()) {
        self.textDocument = textDocument
        self.range = range
        self.context = context
    }

    /// Reads the wire form (`{textDocument, range, context}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        textDocument = try json.decode("textDocument")
        range = try json.decode("range")
        context = try json.decode("context")
    }

    /// Writes the wire form (`{textDocument, range, context}`).
    public var json: JSONValue { .object(["textDocument": textDocument, "range": range, "context": context]) }
}

/// The edits of one document, at the version they were computed for.
public struct TextDocumentEdit: Hashable, Sendable, JSONCodable {
    /// The document, with the version the edits were computed for.
    public var textDocument: VersionedTextDocumentIdentifier
    /// The edits, each against the document as it was before all of them.
    public var edits: [TextEdit]

    /// The `edits` of `textDocument`.
    public init(textDocument: VersionedTextDocumentIdentifier, edits: [TextEdit]) {
        self.textDocument = textDocument
        self.edits = edits
    }

    /// Reads the wire form (`{textDocument, edits}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        textDocument = try json.decode("textDocument")
        edits = try json.decode("edits")
    }

    /// Writes the wire form (`{textDocument, edits}`).
    public var json: JSONValue { .object(["textDocument": textDocument, "edits": edits]) }
}

/// Edits across documents: `changes` by URI, or `documentChanges` with versions (which a client
/// that supports them prefers, as it refuses an edit to a document that has moved on).
public struct WorkspaceEdit: Hashable, Sendable, JSONCodable {
    /// The edits by document URI, without versions (absent when nil).
    public var changes: [DocumentURI: [TextEdit]]?
    /// The edits per versioned document (absent when nil); preferred over `changes` by a client that has both.
    public var documentChanges: [TextDocumentEdit]?

    /// An edit of `changes` and/or `documentChanges`.
    public init(changes: [DocumentURI: [TextEdit]]? = nil, documentChanges: [TextDocumentEdit]? = nil) {
        self.changes = changes
        self.documentChanges = documentChanges
    }

    /// Reads the wire form (`{changes?, documentChanges?}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        changes = try json.decodeIfPresent("changes")
        documentChanges = try json.decodeIfPresent("documentChanges")
    }

    /// Writes the wire form (`{changes?, documentChanges?}`; `changes`' URIs in sorted order).
    public var json: JSONValue { .object(["changes": changes, "documentChanges": documentChanges]) }
}

/// One action offered on a line: Check, Start, Cancel, … (LSP 3.17 `CodeAction`).
public struct CodeAction: Hashable, Sendable, JSONCodable {
    /// The action's name as the user sees it.
    public var title: String
    /// The action's kind, for the client to filter and group by (absent when nil).
    public var kind: CodeActionKind?
    /// The diagnostics this action fixes (what makes it a quick fix of them).
    public var diagnostics: [Diagnostic]?
    /// Whether this is the preferred action, the one the client's "auto fix" applies.
    public var isPreferred: Bool?
    /// The edit the action makes; applied before `command` when both are given.
    public var edit: WorkspaceEdit?
    /// The command run after `edit`, if any.
    public var command: Command?
    /// Kept by the client between `textDocument/codeAction` and `codeAction/resolve`.
    public var data: JSONValue?

    /// An action named `title` with the given members; nil leaves a member out.
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

    /// Reads the wire form (`{title, kind?, diagnostics?, isPreferred?, edit?, command?, data?}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        title = try json.decode("title")
        kind = try json.decodeIfPresent("kind")
        diagnostics = try json.decodeIfPresent("diagnostics")
        isPreferred = try json.decodeIfPresent("isPreferred")
        edit = try json.decodeIfPresent("edit")
        command = try json.decodeIfPresent("command")
        data = json["data"]
    }

    /// Writes the wire form (`{title, kind?, diagnostics?, isPreferred?, edit?, command?, data?}`).
    public var json: JSONValue {
        .object([
            "title": title, "kind": kind, "diagnostics": diagnostics, "isPreferred": isPreferred,
            "edit": edit, "command": command, "data": data,
        ])
    }
}
