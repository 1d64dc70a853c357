import JSONText

/// `SymbolKind` (1 File … 26 TypeParameter), an open set of integers.
public struct SymbolKind: RawRepresentable, Hashable, Sendable, JSONCodable {
    /// The kind's number on the wire.
    public let rawValue: Int
    /// Any kind by number, known or not.
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// File (1).
    public static let file = SymbolKind(rawValue: 1)
    /// Module (2).
    public static let module = SymbolKind(rawValue: 2)
    /// Namespace (3).
    public static let namespace = SymbolKind(rawValue: 3)
    /// String (15).
    public static let string = SymbolKind(rawValue: 15)
    /// Boolean (17).
    public static let boolean = SymbolKind(rawValue: 17)
    /// Array (18).
    public static let array = SymbolKind(rawValue: 18)
    /// Object (19).
    public static let object = SymbolKind(rawValue: 19)
    /// Key (20).
    public static let key = SymbolKind(rawValue: 20)
    /// Event (24).
    public static let event = SymbolKind(rawValue: 24)
}

/// `textDocument/documentSymbol`'s params: the document whose outline is asked for.
public struct DocumentSymbolParams: Hashable, Sendable, JSONCodable {
    /// The document.
    public var textDocument: TextDocumentIdentifier

    /// The params for `textDocument`.
    public init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }
    /// Reads the wire form (`{textDocument}`).
    public init(json: JSONValue) throws(JSONDecodingError) { textDocument = try json.decode("textDocument") }
    /// Writes the wire form (`{textDocument}`).
    public var json: JSONValue { .object(["textDocument": textDocument]) }
}

/// A node of the outline: a section with its goals and subsections as `children`.
public struct DocumentSymbol: Hashable, Sendable, JSONCodable {
    /// The name shown in the outline; never empty.
    public var name: String
    /// More about the symbol, shown beside its name (absent when nil).
    public var detail: String?
    /// What kind of symbol it is, which picks its icon.
    public var kind: SymbolKind
    /// The whole section; `selectionRange` (inside it) is the heading's text.
    public var range: PositionRange
    /// What is selected and revealed when the symbol is picked; inside `range`.
    public var selectionRange: PositionRange
    /// The symbols inside this one (absent when nil).
    public var children: [DocumentSymbol]?

    /// A symbol `name` of `kind` covering `range`, revealed at `selectionRange`.
    public init(name: String, detail: String? = nil, kind: SymbolKind, range: PositionRange,
                selectionRange: PositionRange, children: [DocumentSymbol]? = nil) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }

    /// Reads the wire form (`{name, detail?, kind, range, selectionRange, children?}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        name = try json.decode("name")
        detail = try json.decodeIfPresent("detail")
        kind = try json.decode("kind")
        range = try json.decode("range")
        selectionRange = try json.decode("selectionRange")
        children = try json.decodeIfPresent("children")
    }

    /// Writes the wire form (`{name, detail?, kind, range, selectionRange, children?}`).
    public var json: JSONValue {
        .object([
            "name": name, "detail": detail, "kind": kind, "range": range,
            "selectionRange": selectionRange, "children": children,
        ])
    }
}

/// `workspace/symbol`'s params: the text to match symbols against.
public struct WorkspaceSymbolParams: Hashable, Sendable, JSONCodable {
    /// The text to filter symbols by; an empty string asks for all.
    public var query: String

    /// The params for `query`.
    public init(query: String) { self.query = query }
    /// Reads the wire form (`{query}`).
    public init(json: JSONValue) throws(JSONDecodingError) { query = try json.decode("query") }
    /// Writes the wire form (`{query}`).
    public var json: JSONValue { .object(["query": query]) }
}

/// A goal or section found across the plan. Its location is a range in a document, or (LSP 3.17)
/// only the document, to be resolved later.
public struct WorkspaceSymbol: Hashable, Sendable, JSONCodable {
    /// Where a workspace symbol is: a `Location`, or only a document's URI (`{uri}`).
    public enum Place: Hashable, Sendable, JSONCodable {
        case location(Location)
        case document(DocumentURI)

        /// Reads the wire form: with a `range` a `Location`, otherwise `{uri}`.
        public init(json: JSONValue) throws(JSONDecodingError) {
            if json["range"] != nil { self = .location(try Location(json: json)) } else { self = .document(try json.decode("uri")) }
        }

        /// Writes the wire form (a `Location`, or `{uri}`).
        public var json: JSONValue {
            switch self {
            case .location(let location): location.json
            case .document(let uri): .object(["uri": uri])
            }
        }
    }

    /// The symbol's name as the client lists it.
    public var name: String
    /// What kind of symbol it is, which picks its icon.
    public var kind: SymbolKind
    /// The name of the symbol that holds this one, shown beside it (absent when nil).
    public var containerName: String?
    /// Where the symbol is.
    public var location: Place

    /// A symbol `name` of `kind` at `location`, inside `containerName`.
    public init(name: String, kind: SymbolKind, containerName: String? = nil, location: Place) {
        self.name = name
        self.kind = kind
        self.containerName = containerName
        self.location = location
    }

    /// Reads the wire form (`{name, kind, containerName?, location}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        name = try json.decode("name")
        kind = try json.decode("kind")
        containerName = try json.decodeIfPresent("containerName")
        location = try json.decode("location")
    }

    /// Writes the wire form (`{name, kind, containerName?, location}`).
    public var json: JSONValue { .object(["name": name, "kind": kind, "containerName": containerName, "location": location]) }
}
