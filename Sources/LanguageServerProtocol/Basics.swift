import JSONText

/// A place between two characters: zero-based line and `character` in the negotiated encoding's
/// units (LSP 3.17 `Position`).
public struct Position: Hashable, Sendable, Comparable, JSONCodable, CustomStringConvertible {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        line = try json.decode("line")
        character = try json.decode("character")
    }

    public var json: JSONValue { .object(["line": line, "character": character]) }

    public static func < (a: Position, b: Position) -> Bool { (a.line, a.character) < (b.line, b.character) }

    public var description: String { "\(line):\(character)" }
}

/// From `start` up to, not including, `end` (LSP 3.17 `Range`). Its own type rather than
/// `Swift.Range<Position>`, which traps on `end < start`: a client's range is untrusted input, and
/// the mapper orders it instead.
public struct PositionRange: Hashable, Sendable, JSONCodable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        start = try json.decode("start")
        end = try json.decode("end")
    }

    public var json: JSONValue { .object(["start": start, "end": end]) }
}

/// A document's URI as the client wrote it: compared and echoed as text, never rewritten.
public typealias DocumentURI = String

public struct Location: Hashable, Sendable, JSONCodable {
    public var uri: DocumentURI
    public var range: PositionRange

    public init(uri: DocumentURI, range: PositionRange) {
        self.uri = uri
        self.range = range
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        uri = try json.decode("uri")
        range = try json.decode("range")
    }

    public var json: JSONValue { .object(["uri": uri, "range": range]) }
}

public struct TextDocumentIdentifier: Hashable, Sendable, JSONCodable {
    public var uri: DocumentURI

    public init(uri: DocumentURI) { self.uri = uri }
    public init(json: JSONValue) throws(JSONDecodingError) { uri = try json.decode("uri") }
    public var json: JSONValue { .object(["uri": uri]) }
}

/// A document at a version: the version is required in `didChange`; in a `TextDocumentEdit` it
/// may be null (`OptionalVersionedTextDocumentIdentifier`), meaning "whatever is on disk".
public struct VersionedTextDocumentIdentifier: Hashable, Sendable, JSONCodable {
    public var uri: DocumentURI
    public var version: Int?

    public init(uri: DocumentURI, version: Int?) {
        self.uri = uri
        self.version = version
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        uri = try json.decode("uri")
        version = try json.decodeIfPresent("version")
    }

    /// A null version is written as null, not left out: the member is required.
    public var json: JSONValue { .object(["uri": uri, "version": version.map(\.json) ?? .null]) }
}

/// A document as `didOpen` hands it over.
public struct TextDocumentItem: Hashable, Sendable, JSONCodable {
    public var uri: DocumentURI
    public var languageId: String
    public var version: Int
    public var text: String

    public init(uri: DocumentURI, languageId: String, version: Int, text: String) {
        self.uri = uri
        self.languageId = languageId
        self.version = version
        self.text = text
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        uri = try json.decode("uri")
        languageId = try json.decode("languageId")
        version = try json.decode("version")
        text = try json.decode("text")
    }

    public var json: JSONValue { .object(["uri": uri, "languageId": languageId, "version": version, "text": text]) }
}

/// The params of hover, completion and every request about one place in one document.
public struct TextDocumentPositionParams: Hashable, Sendable, JSONCodable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position

    public init(textDocument: TextDocumentIdentifier, position: Position) {
        self.textDocument = textDocument
        self.position = position
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        textDocument = try json.decode("textDocument")
        position = try json.decode("position")
    }

    public var json: JSONValue { .object(["textDocument": textDocument, "position": position]) }
}

/// Replace `range` with `newText` (an empty range inserts, an empty text deletes).
public struct TextEdit: Hashable, Sendable, JSONCodable {
    public var range: PositionRange
    public var newText: String

    public init(range: PositionRange, newText: String) {
        self.range = range
        self.newText = newText
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        range = try json.decode("range")
        newText = try json.decode("newText")
    }

    public var json: JSONValue { .object(["range": range, "newText": newText]) }
}

/// `plaintext` or `markdown` (an open set: a client may name others).
public struct MarkupKind: RawRepresentable, Hashable, Sendable, JSONCodable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let plaintext = MarkupKind(rawValue: "plaintext")
    public static let markdown = MarkupKind(rawValue: "markdown")
}

public struct MarkupContent: Hashable, Sendable, JSONCodable {
    public var kind: MarkupKind
    public var value: String

    public init(kind: MarkupKind, value: String) {
        self.kind = kind
        self.value = value
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        kind = try json.decode("kind")
        value = try json.decode("value")
    }

    public var json: JSONValue { .object(["kind": kind, "value": value]) }
}

/// A command the client shows and may run (`workspace/executeCommand` with its arguments).
public struct Command: Hashable, Sendable, JSONCodable {
    public var title: String
    public var command: String
    public var arguments: [JSONValue]?

    public init(title: String, command: String, arguments: [JSONValue]? = nil) {
        self.title = title
        self.command = command
        self.arguments = arguments
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        title = try json.decode("title")
        command = try json.decode("command")
        arguments = try json.decodeIfPresent("arguments")
    }

    public var json: JSONValue { .object(["title": title, "command": command, "arguments": arguments]) }
}
