import JSONText

/// `textDocument/inlayHint` (LSP 3.17): the hints of the range the editor shows.
public struct InlayHintParams: Hashable, Sendable, JSONCodable {
    public var textDocument: TextDocumentIdentifier
    public var range: PositionRange

    public init(textDocument: TextDocumentIdentifier, range: PositionRange) {
        self.textDocument = textDocument
        self.range = range
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        textDocument = try json.decode("textDocument")
        range = try json.decode("range")
    }

    public var json: JSONValue { .object(["textDocument": textDocument, "range": range]) }
}

public struct InlayHintKind: RawRepresentable, Hashable, Sendable, JSONCodable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let type = InlayHintKind(rawValue: 1)
    public static let parameter = InlayHintKind(rawValue: 2)
}

/// A hint's label: one string, or parts (each may point somewhere, as a heading's count may
/// point to its section).
public enum InlayHintLabel: Hashable, Sendable, JSONCodable {
    case text(String)
    case parts([InlayHintLabelPart])

    public init(json: JSONValue) throws(JSONDecodingError) {
        if case .string(let text) = json { self = .text(text) } else { self = .parts(try [InlayHintLabelPart](json: json)) }
    }

    public var json: JSONValue {
        switch self {
        case .text(let text): text.json
        case .parts(let parts): parts.json
        }
    }
}

public struct InlayHintLabelPart: Hashable, Sendable, JSONCodable {
    public var value: String
    public var tooltip: String?
    public var location: Location?

    public init(value: String, tooltip: String? = nil, location: Location? = nil) {
        self.value = value
        self.tooltip = tooltip
        self.location = location
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        value = try json.decode("value")
        tooltip = try json.decodeIfPresent("tooltip")
        location = try json.decodeIfPresent("location")
    }

    public var json: JSONValue { .object(["value": value, "tooltip": tooltip, "location": location]) }
}

public struct InlayHint: Hashable, Sendable, JSONCodable {
    public var position: Position
    public var label: InlayHintLabel
    public var kind: InlayHintKind?
    public var tooltip: String?
    public var paddingLeft: Bool?
    public var paddingRight: Bool?

    public init(position: Position, label: InlayHintLabel, kind: InlayHintKind? = nil, tooltip: String? = nil,
                paddingLeft: Bool? = nil, paddingRight: Bool? = nil) {
        self.position = position
        self.label = label
        self.kind = kind
        self.tooltip = tooltip
        self.paddingLeft = paddingLeft
        self.paddingRight = paddingRight
    }

    /// A tooltip may also be `MarkupContent`; its text is kept.
    public init(json: JSONValue) throws(JSONDecodingError) {
        position = try json.decode("position")
        label = try json.decode("label")
        kind = try json.decodeIfPresent("kind")
        if let markup: MarkupContent = try? json.decodeIfPresent("tooltip") {
            tooltip = markup.value
        } else {
            tooltip = try json.decodeIfPresent("tooltip")
        }
        paddingLeft = try json.decodeIfPresent("paddingLeft")
        paddingRight = try json.decodeIfPresent("paddingRight")
    }

    public var json: JSONValue {
        .object([
            "position": position, "label": label, "kind": kind, "tooltip": tooltip,
            "paddingLeft": paddingLeft, "paddingRight": paddingRight,
        ])
    }
}
