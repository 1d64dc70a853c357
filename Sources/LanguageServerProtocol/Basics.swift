import JSONText

/// A place between two characters: zero-based line and `character` in the negotiated encoding's
/// units (LSP 3.17 `Position`).
public struct Position: Hashable, Sendable, Comparable, JSONCodable, CustomStringConvertible {
    /// Zero-based line number.
    public var line: Int
    /// Zero-based offset in the line, in the negotiated encoding's units (UTF-16 unless agreed
    /// otherwise); past the line's end means the line's end.
    public var character: Int

    /// The position at `line` and `character`.
    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    /// Reads the wire form (`{line, character}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        line = try json.decode("line")
        character = try json.decode("character")
    }

    /// Writes the wire form (`{line, character}`).
    public var json: JSONValue { .object(["line": line, "character": character]) }

    /// Document order: by line, then by character.
    public static func < (a: Position, b: Position) -> Bool { (a.line, a.character) < (b.line, b.character) }

    /// `line:character`, zero-based, for messages and tests.
    public var description: String { "\(line):\(character)" }
}

/// From `start` up to, not including, `end` (LSP 3.17 `Range`). Its own type rather than
/// `Swift.Range<Position>`, which traps on `end < start`: a client's range is untrusted input, and
/// the mapper orders it instead.
public struct PositionRange: Hashable, Sendable, JSONCodable {
    /// The range's first position.
    public var start: Position
    /// The position just after the range (exclusive).
    public var end: Position

    /// The range from `start` to `end`, taken as given (the mapper orders a reversed one).
    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    /// Reads the wire form (`{start, end}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        start = try json.decode("start")
        end = try json.decode("end")
    }

    /// Writes the wire form (`{start, end}`).
    public var json: JSONValue { .object(["start": start, "end": end]) }

    /// Appends `json`'s compact text without building it (`Diagnostic.rawJSON`).
    func writeJSON(to out: inout [UInt8]) {
        JSONValue.write(verbatim: #"{"start":{"line":"#, to: &out)
        JSONValue.write(int: start.line, to: &out)
        JSONValue.write(verbatim: #","character":"#, to: &out)
        JSONValue.write(int: start.character, to: &out)
        JSONValue.write(verbatim: #"},"end":{"line":"#, to: &out)
        JSONValue.write(int: end.line, to: &out)
        JSONValue.write(verbatim: #","character":"#, to: &out)
        JSONValue.write(int: end.character, to: &out)
        JSONValue.write(verbatim: "}}", to: &out)
    }
}

/// A document's URI as the client wrote it: compared and echoed as text, never rewritten.
public typealias DocumentURI = String

/// A range inside a document (LSP 3.17 `Location`): where a symbol or a goal is.
public struct Location: Hashable, Sendable, JSONCodable {
    /// The document.
    public var uri: DocumentURI
    /// The range inside it.
    public var range: PositionRange

    /// The location of `range` in `uri`.
    public init(uri: DocumentURI, range: PositionRange) {
        self.uri = uri
        self.range = range
    }

    /// Reads the wire form (`{uri, range}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        uri = try json.decode("uri")
        range = try json.decode("range")
    }

    /// Writes the wire form (`{uri, range}`).
    public var json: JSONValue { .object(["uri": uri, "range": range]) }
}

/// Names a document by its URI (LSP 3.17 `TextDocumentIdentifier`).
public struct TextDocumentIdentifier: Hashable, Sendable, JSONCodable {
    /// The document's URI.
    public var uri: DocumentURI

    /// The identifier of `uri`.
    public init(uri: DocumentURI) { self.uri = uri }
    /// Reads the wire form (`{uri}`).
    public init(json: JSONValue) throws(JSONDecodingError) { uri = try json.decode("uri") }
    /// Writes the wire form (`{uri}`).
    public var json: JSONValue { .object(["uri": uri]) }
}

/// A document at a version: the version is required in `didChange`; in a `TextDocumentEdit` it
/// may be null (`OptionalVersionedTextDocumentIdentifier`), meaning "whatever is on disk".
public struct VersionedTextDocumentIdentifier: Hashable, Sendable, JSONCodable {
    /// The document's URI.
    public var uri: DocumentURI
    /// The version the client gave the text, increasing with every change; nil (null) where
    /// `OptionalVersionedTextDocumentIdentifier` allows it.
    public var version: Int?

    /// The identifier of `uri` at `version`.
    public init(uri: DocumentURI, version: Int?) {
        self.uri = uri
        self.version = version
    }

    /// Reads the wire form (`{uri, version}`); a null or missing version reads as nil.
    public init(json: JSONValue) throws(JSONDecodingError) {
        uri = try json.decode("uri")
        version = try json.decodeIfPresent("version")
    }

    /// A null version is written as null, not left out: the member is required.
    public var json: JSONValue { .object(["uri": uri, "version": version.map(\.json) ?? .null]) }
}

/// A document as `didOpen` hands it over.
public struct TextDocumentItem: Hashable, Sendable, JSONCodable {
    /// The document's URI.
    public var uri: DocumentURI
    /// The client's name of the document's language (`markdown` for a roadmap).
    public var languageId: String
    /// The version of `text`, increasing with every change the client sends after.
    public var version: Int
    /// The document's whole content.
    public var text: String

    /// The document `uri` with its language, version and text.
    public init(uri: DocumentURI, languageId: String, version: Int, text: String) {
        self.uri = uri
        self.languageId = languageId
        self.version = version
        self.text = text
    }

    /// Reads the wire form (`{uri, languageId, version, text}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        uri = try json.decode("uri")
        languageId = try json.decode("languageId")
        version = try json.decode("version")
        text = try json.decode("text")
    }

    /// Writes the wire form (`{uri, languageId, version, text}`).
    public var json: JSONValue { .object(["uri": uri, "languageId": languageId, "version": version, "text": text]) }
}

/// The params of hover, completion and every request about one place in one document.
public struct TextDocumentPositionParams: Hashable, Sendable, JSONCodable {
    /// The document asked about.
    public var textDocument: TextDocumentIdentifier
    /// The position inside it.
    public var position: Position

    /// The params for `position` in `textDocument`.
    public init(textDocument: TextDocumentIdentifier, position: Position) {
        self.textDocument = textDocument
        self.position = position
    }

    /// Reads the wire form (`{textDocument, position}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        textDocument = try json.decode("textDocument")
        position = try json.decode("position")
    }

    /// Writes the wire form (`{textDocument, position}`).
    public var json: JSONValue { .object(["textDocument": textDocument, "position": position]) }
}

/// Replace `range` with `newText` (an empty range inserts, an empty text deletes).
public struct TextEdit: Hashable, Sendable, JSONCodable {
    /// The range replaced, in the document as it was before any of the edits it comes with.
    public var range: PositionRange
    /// The replacement text (empty to delete).
    public var newText: String

    /// The edit that puts `newText` in place of `range`.
    public init(range: PositionRange, newText: String) {
        self.range = range
        self.newText = newText
    }

    /// Reads the wire form (`{range, newText}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        range = try json.decode("range")
        newText = try json.decode("newText")
    }

    /// Writes the wire form (`{range, newText}`).
    public var json: JSONValue { .object(["range": range, "newText": newText]) }
}

/// `plaintext` or `markdown` (an open set: a client may name others).
public struct MarkupKind: RawRepresentable, Hashable, Sendable, JSONCodable {
    /// The kind's name on the wire.
    public let rawValue: String
    /// Any kind by name, known or not.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Plain text, shown as it is.
    public static let plaintext = MarkupKind(rawValue: "plaintext")
    /// GitHub-flavoured markdown, rendered by the client.
    public static let markdown = MarkupKind(rawValue: "markdown")
}

/// Text for the user, plain or markdown (LSP 3.17 `MarkupContent`), as in a hover.
public struct MarkupContent: Hashable, Sendable, JSONCodable {
    /// How `value` is to be shown.
    public var kind: MarkupKind
    /// The text itself.
    public var value: String

    /// `value` to be shown as `kind`.
    public init(kind: MarkupKind, value: String) {
        self.kind = kind
        self.value = value
    }

    /// Reads the wire form (`{kind, value}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        kind = try json.decode("kind")
        value = try json.decode("value")
    }

    /// Writes the wire form (`{kind, value}`).
    public var json: JSONValue { .object(["kind": kind, "value": value]) }
}

/// A command the client shows and may run (`workspace/executeCommand` with its arguments).
public struct Command: Hashable, Sendable, JSONCodable {
    /// The command's name as the user sees it.
    public var title: String
    /// The identifier the server runs it by (one of `ServerCapabilities.executeCommands`).
    public var command: String
    /// The arguments the command is run with (absent when nil).
    public var arguments: [JSONValue]?

    /// The command `command`, shown as `title`, run with `arguments`.
    public init(title: String, command: String, arguments: [JSONValue]? = nil) {
        self.title = title
        self.command = command
        self.arguments = arguments
    }

    /// Reads the wire form (`{title, command, arguments?}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        title = try json.decode("title")
        command = try json.decode("command")
        arguments = try json.decodeIfPresent("arguments")
    }

    /// Writes the wire form (`{title, command, arguments?}`).
    public var json: JSONValue { .object(["title": title, "command": command, "arguments": arguments]) }
}
