import JSONText

/// `textDocument/didOpen`'s params: the document the client now manages, with its text.
public struct DidOpenTextDocumentParams: Hashable, Sendable, JSONCodable {
    /// The opened document with its text and version.
    public var textDocument: TextDocumentItem

    /// The params for `textDocument`.
    public init(textDocument: TextDocumentItem) { self.textDocument = textDocument }
    /// Reads the wire form (`{textDocument}`).
    public init(json: JSONValue) throws(JSONDecodingError) { textDocument = try json.decode("textDocument") }
    /// Writes the wire form (`{textDocument}`).
    public var json: JSONValue { .object(["textDocument": textDocument]) }
}

/// `textDocument/didClose`'s params: the document is the file on disk's again.
public struct DidCloseTextDocumentParams: Hashable, Sendable, JSONCodable {
    /// The closed document.
    public var textDocument: TextDocumentIdentifier

    /// The params for `textDocument`.
    public init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }
    /// Reads the wire form (`{textDocument}`).
    public init(json: JSONValue) throws(JSONDecodingError) { textDocument = try json.decode("textDocument") }
    /// Writes the wire form (`{textDocument}`).
    public var json: JSONValue { .object(["textDocument": textDocument]) }
}

/// `didChange`: the changes apply in order, each to the text the previous one left (LSP 3.17).
public struct DidChangeTextDocumentParams: Hashable, Sendable, JSONCodable {
    /// The document and its version after all the changes.
    public var textDocument: VersionedTextDocumentIdentifier
    /// The changes, applied in order.
    public var contentChanges: [TextDocumentContentChangeEvent]

    /// The params that apply `contentChanges` to reach `textDocument`'s version.
    public init(textDocument: VersionedTextDocumentIdentifier, contentChanges: [TextDocumentContentChangeEvent]) {
        self.textDocument = textDocument
        self.contentChanges = contentChanges
    }

    /// Reads the wire form (`{textDocument, contentChanges}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        textDocument = try json.decode("textDocument")
        contentChanges = try json.decode("contentChanges")
    }

    /// Writes the wire form (`{textDocument, contentChanges}`).
    public var json: JSONValue { .object(["textDocument": textDocument, "contentChanges": contentChanges]) }
}

/// One change of `didChange`: a range replaced by text, or the whole text.
public enum TextDocumentContentChangeEvent: Hashable, Sendable, JSONCodable {
    /// `rangeLength` is deprecated in 3.17 and only echoed: the range alone says what goes.
    case ranged(PositionRange, text: String, rangeLength: Int? = nil)
    case full(text: String)

    /// Reads the wire form: with a `range` a ranged change (`{range, rangeLength?, text}`), else `{text}`.
    public init(json: JSONValue) throws(JSONDecodingError) {
        let text: String = try json.decode("text")
        if let range: PositionRange = try json.decodeIfPresent("range") {
            self = .ranged(range, text: text, rangeLength: try json.decodeIfPresent("rangeLength"))
        } else {
            self = .full(text: text)
        }
    }

    /// Writes the wire form (`{range, rangeLength?, text}` or `{text}`).
    public var json: JSONValue {
        switch self {
        case .ranged(let range, let text, let rangeLength): .object(["range": range, "rangeLength": rangeLength, "text": text])
        case .full(let text): .object(["text": text])
        }
    }
}
