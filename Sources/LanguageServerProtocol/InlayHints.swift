import JSONText

/// `textDocument/inlayHint` (LSP 3.17): the hints of the range the editor shows.
public struct InlayHintParams: Hashable, Sendable, JSONCodable {
    /// The document the hints are for.
    public var textDocument: TextDocumentIdentifier
    /// The visible range the client asks hints for.
    public var range: PositionRange

    /// The params for `range` in `textDocument`.
    public init(textDocument: TextDocumentIdentifier, range: PositionRange) {
        self.textDocument = textDocument
        self.range = range
    }

    /// Reads the wire form (`{textDocument, range}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        textDocument = try json.decode("textDocument")
        range = try json.decode("range")
    }

    /// Writes the wire form (`{textDocument, range}`).
    public var json: JSONValue { .object(["textDocument": textDocument, "range": range]) }
}

/// What an inlay hint stands for (LSP 3.17 `InlayHintKind`); the client may style each differently.
public struct InlayHintKind: RawRepresentable, Hashable, Sendable, JSONCodable {
    /// The kind's number on the wire.
    public let rawValue: Int
    /// Any kind by number, known or not.
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// A hint that is a type annotation.
    public static let type = InlayHintKind(rawValue: 1)
    /// A hint that names a parameter.
    public static let parameter = InlayHintKind(rawValue: 2)
}

/// A hint's label: one string, or parts (each may point somewhere, as a heading's count may
/// point to its section).
public enum InlayHintLabel: Hashable, Sendable, JSONCodable {
    case text(String)
    case parts([InlayHintLabelPart])

    /// Reads the wire form (a string, or else an array of label parts).
    public init(json: JSONValue) throws(JSONDecodingError) {
        if case .string(let text) = json { self = .text(text) } else { self = .parts(try [InlayHintLabelPart](json: json)) }
    }

    /// Writes the wire form (the string, or the array of parts).
    public var json: JSONValue {
        switch self {
        case .text(let text): text.json
        case .parts(let parts): parts.json
        }
    }
}

/// One piece of a hint's label (LSP 3.17 `InlayHintLabelPart`).
public struct InlayHintLabelPart: Hashable, Sendable, JSONCodable {
    /// The piece's text.
    public var value: String
    /// Text shown when the user hovers over the piece (absent when nil).
    public var tooltip: String?
    /// Where the piece leads: the client makes it a link there (absent when nil).
    public var location: Location?

    /// The piece `value`, with an optional tooltip and location.
    public init(value: String, tooltip: String? = nil, location: Location? = nil) {
        self.value = value
        self.tooltip = tooltip
        self.location = location
    }

    /// Reads the wire form (`{value, tooltip?, location?}`), the tooltip as a string.
    public init(json: JSONValue) throws(JSONDecodingError) {
        value = try json.decode("value")
        tooltip = try json.decodeIfPresent("tooltip")
        location = try json.decodeIfPresent("location")
    }

    /// Writes the wire form (`{value, tooltip?, location?}`).
    public var json: JSONValue { .object(["value": value, "tooltip": tooltip, "location": location]) }
}

/// A label shown inside a line of the editor (LSP 3.17 `InlayHint`).
public struct InlayHint: Hashable, Sendable, JSONCodable {
    /// Where the hint is shown; hints at one position keep the answer's order.
    public var position: Position
    /// The hint's text, never empty.
    public var label: InlayHintLabel
    /// What the hint stands for; when absent the client chooses how to show it.
    public var kind: InlayHintKind?
    /// Text shown when the user hovers over the hint (absent when nil).
    public var tooltip: String?
    /// Whether the client puts space before the hint.
    public var paddingLeft: Bool?
    /// Whether the client puts space after the hint.
    public var paddingRight: Bool?

    /// A hint `label` at `position`; nil leaves a member out.
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

    /// Writes the wire form (`{position, label, kind?, tooltip?, paddingLeft?, paddingRight?}`).
    public var json: JSONValue {
        .object([
            "position": position, "label": label, "kind": kind, "tooltip": tooltip,
            "paddingLeft": paddingLeft, "paddingRight": paddingRight,
        ])
    }
}
