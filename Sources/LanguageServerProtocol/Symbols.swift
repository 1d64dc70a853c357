import JSONText

/// `SymbolKind` (1 File … 26 TypeParameter), an open set of integers.
public struct SymbolKind: RawRepresentable, Hashable, Sendable, JSONCodable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let file = SymbolKind(rawValue: 1)
    public static let module = SymbolKind(rawValue: 2)
    public static let namespace = SymbolKind(rawValue: 3)
    public static let string = SymbolKind(rawValue: 15)
    public static let boolean = SymbolKind(rawValue: 17)
    public static let array = SymbolKind(rawValue: 18)
    public static let object = SymbolKind(rawValue: 19)
    public static let key = SymbolKind(rawValue: 20)
    public static let event = SymbolKind(rawValue: 24)
}

public struct DocumentSymbolParams: Hashable, Sendable, JSONCodable {
    public var textDocument: TextDocumentIdentifier

    public init(textDocument: TextDocumentIdentifier) { self.textDocument = textDocument }
    public init(json: JSONValue) throws(JSONDecodingError) { textDocument = try json.decode("textDocument") }
    public var json: JSONValue { .object(["textDocument": textDocument]) }
}

/// A node of the outline: a section with its goals and subsections as `children`.
public struct DocumentSymbol: Hashable, Sendable, JSONCodable {
    public var name: String
    public var detail: String?
    public var kind: SymbolKind
    /// The whole section; `selectionRange` (inside it) is the heading's text.
    public var range: PositionRange
    public var selectionRange: PositionRange
    public var children: [DocumentSymbol]?

    public init(name: String, detail: String? = nil, kind: SymbolKind, range: PositionRange,
                selectionRange: PositionRange, children: [DocumentSymbol]? = nil) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        name = try json.decode("name")
        detail = try json.decodeIfPresent("detail")
        kind = try json.decode("kind")
        range = try json.decode("range")
        selectionRange = try json.decode("selectionRange")
        children = try json.decodeIfPresent("children")
    }

    public var json: JSONValue {
        .object([
            "name": name, "detail": detail, "kind": kind, "range": range,
            "selectionRange": selectionRange, "children": children,
        ])
    }
}

public struct WorkspaceSymbolParams: Hashable, Sendable, JSONCodable {
    public var query: String

    public init(query: String) { self.query = query }
    public init(json: JSONValue) throws(JSONDecodingError) { query = try json.decode("query") }
    public var json: JSONValue { .object(["query": query]) }
}

/// A goal or section found across the plan. Its location is a range in a document, or (LSP 3.17)
/// only the document, to be resolved later.
public struct WorkspaceSymbol: Hashable, Sendable, JSONCodable {
    public enum Place: Hashable, Sendable, JSONCodable {
        case location(Location)
        case document(DocumentURI)

        public init(json: JSONValue) throws(JSONDecodingError) {
            if json["range"] != nil { self = .location(try Location(json: json)) } else { self = .document(try json.decode("uri")) }
        }

        public var json: JSONValue {
            switch self {
            case .location(let location): location.json
            case .document(let uri): .object(["uri": uri])
            }
        }
    }

    public var name: String
    public var kind: SymbolKind
    public var containerName: String?
    public var location: Place

    public init(name: String, kind: SymbolKind, containerName: String? = nil, location: Place) {
        self.name = name
        self.kind = kind
        self.containerName = containerName
        self.location = location
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        name = try json.decode("name")
        kind = try json.decode("kind")
        containerName = try json.decodeIfPresent("containerName")
        location = try json.decode("location")
    }

    public var json: JSONValue { .object(["name": name, "kind": kind, "containerName": containerName, "location": location]) }
}
