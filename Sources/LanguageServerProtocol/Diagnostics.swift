import JSONText

/// How serious a diagnostic is (LSP 3.17 `DiagnosticSeverity`); the client decides how it shows each.
public struct DiagnosticSeverity: RawRepresentable, Hashable, Sendable, JSONCodable {
    /// The severity's number on the wire.
    public let rawValue: Int
    /// Any severity by number, known or not.
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// An error.
    public static let error = DiagnosticSeverity(rawValue: 1)
    /// A warning.
    public static let warning = DiagnosticSeverity(rawValue: 2)
    /// Information.
    public static let information = DiagnosticSeverity(rawValue: 3)
    /// A hint.
    public static let hint = DiagnosticSeverity(rawValue: 4)
}

/// A diagnostic's code: LSP allows an integer or a string; `roadmap lint` rules are strings.
public enum DiagnosticCode: Hashable, Sendable, JSONCodable {
    case number(Int)
    case string(String)

    /// Reads the wire form (a string, or else an integer).
    public init(json: JSONValue) throws(JSONDecodingError) {
        switch json {
        case .string(let string): self = .string(string)
        default: self = .number(try Int(json: json))
        }
    }

    /// Writes the wire form (the integer or the string).
    public var json: JSONValue {
        switch self {
        case .number(let number): number.json
        case .string(let string): string.json
        }
    }
}

/// One finding shown in the editor (LSP 3.17 `Diagnostic`).
public struct Diagnostic: Hashable, Sendable, JSONCodable {
    /// Where the finding is.
    public var range: PositionRange
    /// How serious it is; when absent the client decides.
    public var severity: DiagnosticSeverity?
    /// The rule's code, shown with the message (absent when nil).
    public var code: DiagnosticCode?
    /// Who made the finding (a tool's name), shown to the user (absent when nil).
    public var source: String?
    /// The finding in words.
    public var message: String
    /// Kept for `codeAction`: the client sends the diagnostic back as it got it.
    public var data: JSONValue?

    /// A finding `message` at `range`, with optional severity, code, source and data.
    public init(range: PositionRange, severity: DiagnosticSeverity? = nil, code: DiagnosticCode? = nil,
                source: String? = nil, message: String, data: JSONValue? = nil) {
        self.range = range
        self.severity = severity
        self.code = code
        self.source = source
        self.message = message
        self.data = data
    }

    /// Reads the wire form (`{range, severity?, code?, source?, message, data?}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        range = try json.decode("range")
        severity = try json.decodeIfPresent("severity")
        code = try json.decodeIfPresent("code")
        source = try json.decodeIfPresent("source")
        message = try json.decode("message")
        data = json["data"]
    }

    /// Writes the wire form (`{range, severity?, code?, source?, message, data?}`).
    public var json: JSONValue {
        .object(["range": range, "severity": severity, "code": code, "source": source, "message": message, "data": data])
    }

    /// The wire form's compact text, written straight into bytes: the same bytes as
    /// `json.serialized()`, without the objects `json` builds (about 25,000 instructions a
    /// diagnostic; a large file opened publishes thousands). `PublishedDiagnostics` keeps it.
    public var rawJSON: JSONRaw {
        var out: [UInt8] = []
        // The members' names and punctuation are about 90 bytes, numbers a few each.
        out.reserveCapacity(128 + message.utf8.count + (source?.utf8.count ?? 0))
        JSONValue.write(verbatim: #"{"range":"#, to: &out)
        range.writeJSON(to: &out)
        if let severity {
            JSONValue.write(verbatim: #","severity":"#, to: &out)
            JSONValue.write(int: severity.rawValue, to: &out)
        }
        switch code {
        case nil: break
        case .number(let number)?:
            JSONValue.write(verbatim: #","code":"#, to: &out)
            JSONValue.write(int: number, to: &out)
        case .string(let string)?:
            JSONValue.write(verbatim: #","code":"#, to: &out)
            JSONValue.write(string: string, to: &out)
        }
        if let source {
            JSONValue.write(verbatim: #","source":"#, to: &out)
            JSONValue.write(string: source, to: &out)
        }
        JSONValue.write(verbatim: #","message":"#, to: &out)
        JSONValue.write(string: message, to: &out)
        if let data {
            JSONValue.write(verbatim: #","data":"#, to: &out)
            data.write(to: &out)
        }
        JSONValue.write(verbatim: "}", to: &out)
        return JSONRaw(written: out)
    }
}

/// `textDocument/publishDiagnostics`: the whole set for one document (an empty list clears it).
public struct PublishDiagnosticsParams: Hashable, Sendable, JSONCodable {
    /// The document the diagnostics are for.
    public var uri: DocumentURI
    /// The document's version they were computed for (absent when nil).
    public var version: Int?
    /// Every diagnostic of the document; an empty list clears them.
    public var diagnostics: [Diagnostic]

    /// The diagnostics of `uri` at `version`.
    public init(uri: DocumentURI, version: Int? = nil, diagnostics: [Diagnostic]) {
        self.uri = uri
        self.version = version
        self.diagnostics = diagnostics
    }

    /// Reads the wire form (`{uri, version?, diagnostics}`).
    public init(json: JSONValue) throws(JSONDecodingError) {
        uri = try json.decode("uri")
        version = try json.decodeIfPresent("version")
        diagnostics = try json.decode("diagnostics")
    }

    /// Writes the wire form (`{uri, version?, diagnostics}`).
    public var json: JSONValue { .object(["uri": uri, "version": version, "diagnostics": diagnostics]) }
}
