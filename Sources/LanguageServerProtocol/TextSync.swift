import JSONText

public struct DidOpenTextDocumentParams: Hashable, Sendable, JSONCodable {
    public var textDocument: TextDocumentItem

    public init(textDocument: TextDocumentItem) { self.textDocument = textDocument }
    public init(json: JSONValue) throws(JSONDecodingError) { textDocument = try json.decode("textDocument") }
    public var json: JSONValue { .object(["textDocument": textDocument]) }
}

public struct DidCloseTextDocumentParams: Hashable, Sendable, JSONCodable {
    public var textDocument: TextDocumentIdentifier

    public init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }
    public init(json: JSONValue) throws(JSONDecodingError) { textDocument = try json.decode("textDocument") }
    public var json: JSONValue { .object(["textDocument": textDocument]) }
}

/// `didChange`: the changes apply in order, each to the text the previous one left (LSP 3.17).
public struct DidChangeTextDocumentParams: Hashable, Sendable, JSONCodable {
    public var textDocument: VersionedTextDocumentIdentifier
    public var contentChanges: [TextDocumentContentChangeEvent]

    public init(textDocument: VersionedTextDocumentIdentifier, contentChanges: [TextDocumentContentChangeEvent]) {
        self.textDocument = textDocument
        self.contentChanges = contentChanges
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        textDocument = try json.decode("textDocument")
        contentChanges = try json.decode("contentChanges")
    }

    public var json: JSONValue { .object(["textDocument": textDocument, "contentChanges": contentChanges]) }
}

/// One change of `didChange`: a range replaced by text, or the whole text.
public enum TextDocumentContentChangeEvent: Hashable, Sendable, JSONCodable {
    /// `rangeLength` is deprecated in 3.17 and only echoed: the range alone says what goes.
    case ranged(PositionRange, text: String, rangeLength: Int? = nil)
    case full(text: String)

    public init(json: JSONValue) throws(JSONDecodingError) {
        let text: String = try json.decode("text")
        if let range: PositionRange = try json.decodeIfPresent("range") {
            self = .ranged(range, text: text, rangeLength: try json.decodeIfPresent("rangeLength"))
        } else {
            self = .full(text: text)
        }
    }

    public var json: JSONValue {
        switch self {
        case .ranged(let range, let text, let rangeLength): .object(["range": range, "rangeLength": rangeLength, "text": text])
        case .full(let text): .object(["text": text])
        }
    }
}
