import JSONRPC
import JSONText

/// `textDocument/hover`'s answer. The contents are read as `MarkupContent`, or as a bare string
/// (a deprecated `MarkedString`, which is markdown).
public struct Hover: Hashable, Sendable, JSONCodable {
    public var contents: MarkupContent
    public var range: PositionRange?

    public init(contents: MarkupContent, range: PositionRange? = nil) {
        self.contents = contents
        self.range = range
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        if let text = json["contents"]?.string {
            contents = MarkupContent(kind: .markdown, value: text)
        } else {
            contents = try json.decode("contents")
        }
        range = try json.decodeIfPresent("range")
    }

    public var json: JSONValue { .object(["contents": contents, "range": range]) }
}

public struct CompletionItemKind: RawRepresentable, Hashable, Sendable, JSONCodable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let text = CompletionItemKind(rawValue: 1)
    public static let value = CompletionItemKind(rawValue: 12)
    public static let keyword = CompletionItemKind(rawValue: 14)
    public static let enumMember = CompletionItemKind(rawValue: 20)
}

/// `textDocument/completion`'s params: the place, and what triggered the request.
public struct CompletionParams: Hashable, Sendable, JSONCodable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
    /// 1 invoked, 2 a trigger character (`triggerCharacter`), 3 re-triggered.
    public var triggerKind: Int?
    public var triggerCharacter: String?

    public init(textDocument: TextDocumentIdentifier, position: Position, triggerKind: Int? = nil, triggerCharacter: String? = nil) {
        self.textDocument = textDocument
        self.position = position
        self.triggerKind = triggerKind
        self.triggerCharacter = triggerCharacter
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        textDocument = try json.decode("textDocument")
        position = try json.decode("position")
        let context = json["context"]
        triggerKind = try context?.decodeIfPresent("triggerKind")
        triggerCharacter = try context?.decodeIfPresent("triggerCharacter")
    }

    public var json: JSONValue {
        .object([
            "textDocument": textDocument, "position": position,
            "context": triggerKind.map { JSONValue.object(["triggerKind": $0, "triggerCharacter": triggerCharacter]) },
        ])
    }
}

/// A date, an option name or a field label offered at the cursor.
public struct CompletionItem: Hashable, Sendable, JSONCodable {
    public var label: String
    public var kind: CompletionItemKind?
    public var detail: String?
    public var documentation: MarkupContent?
    public var sortText: String?
    public var filterText: String?
    /// The edit that inserts the item (a range on the cursor's line); with it, `insertText` is
    /// ignored by the client.
    public var textEdit: TextEdit?

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

    public var json: JSONValue {
        .object([
            "label": label, "kind": kind, "detail": detail, "documentation": documentation,
            "sortText": sortText, "filterText": filterText, "textEdit": textEdit,
        ])
    }
}

public struct CompletionList: Hashable, Sendable, JSONCodable {
    public var isIncomplete: Bool
    public var items: [CompletionItem]

    public init(isIncomplete: Bool = false, items: [CompletionItem]) {
        self.isIncomplete = isIncomplete
        self.items = items
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        isIncomplete = try json.decode("isIncomplete")
        items = try json.decode("items")
    }

    public var json: JSONValue { .object(["isIncomplete": isIncomplete, "items": items]) }
}

/// `workspace/executeCommand`: `roadmap.review`, `roadmap.status`.
public struct ExecuteCommandParams: Hashable, Sendable, JSONCodable {
    public var command: String
    public var arguments: [JSONValue]?

    public init(command: String, arguments: [JSONValue]? = nil) {
        self.command = command
        self.arguments = arguments
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        command = try json.decode("command")
        arguments = try json.decodeIfPresent("arguments")
    }

    public var json: JSONValue { .object(["command": command, "arguments": arguments]) }
}

/// `$/cancelRequest`: the id of a request the client no longer wants answered.
public struct CancelParams: Hashable, Sendable, JSONCodable {
    public var id: RequestID

    public init(id: RequestID) { self.id = id }
    public init(json: JSONValue) throws(JSONDecodingError) { id = try json.decode("id") }
    public var json: JSONValue { .object(["id": id]) }
}
