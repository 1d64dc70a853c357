import JSONRPC
import JSONText

/// `textDocument/hover`'s answer. The contents are read as `MarkupContent`, or as a bare string
/// (a deprecated `MarkedString`, which is markdown).
public struct Hover: Hashable, Sendable, JSONCodable {
    /// What the client shows on hover.
    public var contents: MarkupContent
    /// The range the hover is about, which the client may highlight (absent when nil).
    public var range: PositionRange?

    /// A hover showing `contents` for `range`.
    public init(contents: MarkupContent, range: PositionRange? = nil) {
        self.contents = contents
        self.range = range
    }

    /// Reads the wire form (`{contents, range?}`); a bare string is markdown.
    public init(json: JSONValue) throws(JSONDecodingError) {
        if let text = json["contents"]?.string {
            contents = MarkupContent(kind: .markdown, value: text)
        } else {
            contents = try json.decode("contents")
        }
        range = try json.decodeIfPresent("range")
    }

    /// Writes the wire form (`{contents, range?}`).
    public var json: JSONValue { .object(["contents": contents, "range": range]) }
}

/// What kind of thing a completion item is, which picks its icon (LSP 3.17 `CompletionItemKind`).
public struct CompletionItemKind: RawRepresentable, Hashable, Sendable, JSONCodable {
    /// The kind's number on the wire.
    public let rawValue: Int
    /// Any kind by number, known or not.
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Plain text.
    public static let text = CompletionItemKind(rawValue: 1)
    /// A value.
    public static let value = CompletionItemKind(rawValue: 12)
    /// A keyword.
    public static let keyword = CompletionItemKind(rawValue: 14)
    /// A member of an enumeration.
    public static let enumMember = CompletionItemKind(rawValue: 20)
}

/// `textDocument/completion`'s params: the place, and what triggered the request.
public struct CompletionParams: Hashable, Sendable, JSONCodable {
    /// The document the completion is asked in.
    public var textDocument: TextDocumentIdentifier
    /// The cursor's position.
    public var position: Position
    /// 1 invoked, 2 a trigger character (`triggerCharacter`), 3 re-triggered.
    public var triggerKind: Int?
    /// The character typed that triggered it, when `triggerKind` is 2.
    public var triggerCharacter: String?

    /// The params for `position` in `textDocument`, with how it was triggered.
    public init(textDocument: TextDocumentIdentifier, position: Position, triggerKind: Int? = nil, triggerCharacter: String? = nil) {
        self.textDocument = textDocument
        self.position = position
        self.triggerKind = triggerKind
        self.triggerCharacter = triggerCharacter
    }

    /// Reads the wire form (`{textDocument, position, context?: {triggerKind, triggerCharacter?}}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        textDocument = try json.decode("textDocument")
        position = try json.decode("position")
        let context = json["context"]
        triggerKind = try context?.decodeIfPresent("triggerKind")
        triggerCharacter = try context?.decodeIfPresent("triggerCharacter")
    }

    /// Writes the wire form (`{textDocument, position, context?: {triggerKind, triggerCharacter?}}`).
    public var json: JSONValue {
        .object([
            "textDocument": textDocument, "position": position,
            "context": triggerKind.map { JSONValue.object(["triggerKind": $0, "triggerCharacter": triggerCharacter]) },
        ])
    }
}

/// A date, an option name or a field label offered at the cursor.
public struct CompletionItem: Hashable, Sendable, JSONCodable {
    /// The text shown in the list, and inserted when there is no `textEdit`.
    public var label: String
    /// What kind of item it is, which picks its icon.
    public var kind: CompletionItemKind?
    /// More about the item, shown beside its label (absent when nil).
    public var detail: String?
    /// Documentation shown for the selected item.
    public var documentation: MarkupContent?
    /// The text the client sorts by instead of `label`.
    public var sortText: String?
    /// The text the client filters by instead of `label`.
    public var filterText: String?
    /// The edit that inserts the item (a range on the cursor's line); with it, `insertText` is
    /// ignored by the client.
    public var textEdit: TextEdit?

    /// An item `label` with the given members; nil leaves a member out.
    public init(label: String, kind: CompletionItemKind? = nil, detail: String? = nil, documentation: MarkupContent? = nil,
                sortText: String? = nil, filterText: String? = nil, textEdit: TextEdit? = nil) {
        self.label = label
        self.kind = kind
        self.detail = detail
        self.documentation = documentation
        self.sortText = sortText
        self.filterText = filterText
        self.textEdit = textEdit
    }

    /// Reads the wire form; a bare string `documentation` is plain text.
    public init(json: JSONValue) throws(JSONDecodingError) {
        label = try json.decode("label")
        kind = try json.decodeIfPresent("kind")
        detail = try json.decodeIfPresent("detail")
        if let text = json["documentation"]?.string {
            documentation = MarkupContent(kind: .plaintext, value: text)
        } else {
            documentation = try json.decodeIfPresent("documentation")
        }
        sortText = try json.decodeIfPresent("sortText")
        filterText = try json.decodeIfPresent("filterText")
        textEdit = try json.decodeIfPresent("textEdit")
    }

    /// Writes the wire form (`{label, kind?, detail?, documentation?, sortText?, filterText?, textEdit?}`).
    public var json: JSONValue {
        .object([
            "label": label, "kind": kind, "detail": detail, "documentation": documentation,
            "sortText": sortText, "filterText": filterText, "textEdit": textEdit,
        ])
    }
}

/// `textDocument/completion`'s answer: the items, and whether typing more should ask again.
public struct CompletionList: Hashable, Sendable, JSONCodable {
    /// Whether the list is partial, so further typing should request it again.
    public var isIncomplete: Bool
    /// The items offered.
    public var items: [CompletionItem]

    /// A list of `items`, complete unless `isIncomplete`.
    public init(isIncomplete: Bool = false, items: [CompletionItem]) {
        self.isIncomplete = isIncomplete
        self.items = items
    }

    /// Reads the wire form (`{isIncomplete, items}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        isIncomplete = try json.decode("isIncomplete")
        items = try json.decode("items")
    }

    /// Writes the wire form (`{isIncomplete, items}`).
    public var json: JSONValue { .object(["isIncomplete": isIncomplete, "items": items]) }
}

/// `workspace/executeCommand`: `roadmap.review`, `roadmap.status`.
public struct ExecuteCommandParams: Hashable, Sendable, JSONCodable {
    /// The identifier of the command to run.
    public var command: String
    /// The arguments it is run with (absent when nil).
    public var arguments: [JSONValue]?

    /// The params that run `command` with `arguments`.
    public init(command: String, arguments: [JSONValue]? = nil) {
        self.command = command
        self.arguments = arguments
    }

    /// Reads the wire form (`{command, arguments?}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        command = try json.decode("command")
        arguments = try json.decodeIfPresent("arguments")
    }

    /// Writes the wire form (`{command, arguments?}`).
    public var json: JSONValue { .object(["command": command, "arguments": arguments]) }
}

/// `$/cancelRequest`: the id of a request the client no longer wants answered.
public struct CancelParams: Hashable, Sendable, JSONCodable {
    /// The id of the request to cancel.
    public var id: RequestID

    /// The params that cancel request `id`.
    public init(id: RequestID) { self.id = id }
    /// Reads the wire form (`{id}`).
    public init(json: JSONValue) throws(JSONDecodingError) { id = try json.decode("id") }
    /// Writes the wire form (`{id}`).
    public var json: JSONValue { .object(["id": id]) }
}
