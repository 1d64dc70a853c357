import JSONText

public struct DiagnosticSeverity: RawRepresentable, Hashable, Sendable, JSONCodable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let error = DiagnosticSeverity(rawValue: 1)
    public static let warning = DiagnosticSeverity(rawValue: 2)
    public static let information = DiagnosticSeverity(rawValue: 3)
    public static let hint = DiagnosticSeverity(rawValue: 4)
}

/// A diagnostic's code: LSP allows an integer or a string; `roadmap lint` rules are strings.
public enum DiagnosticCode: Hashable, Sendable, JSONCodable {
    case number(Int)
    case string(String)

    public init(json: JSONValue) throws(JSONDecodingError) {
        switch json {
        case .string(let string): self = .string(string)
        default: self = .number(try Int(json: json))
        }
    }

    public var json: JSONValue {
        switch self {
        case .number(let number): number.json
        case .string(let string): string.json
        }
    }
}

/// One finding shown in the editor (LSP 3.17 `Diagnostic`).
public struct Diagnostic: Hashable, Sendable, JSONCodable {
    public var range: PositionRange
    public var severity: DiagnosticSeverity?
    public var code: DiagnosticCode?
    public var source: String?
    public var message: String
    /// Kept for `codeAction`: the client sends the diagnostic back as it got it.
    public var data: JSONValue?

    public init(range: PositionRange, severity: DiagnosticSeverity? = nil, code: DiagnosticCode? = nil,
                source: String? = nil, message: String, data: JSONValue? = nil) {
        self.range = range
        self.severity = severity
        self.code = code
        self.source = source
        self.message = message
        self.data = data
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        range = try json.decode("range")
        severity = try json.decodeIfPresent("severity")
        code = try json.decodeIfPresent("code")
        source = try json.decodeIfPresent("source")
        message = try json.decode("message")
        data = json["data"]
    }

    public var json: JSONValue {
        .object(["range": range, "severity": severity, "code": code, "source": source, "message": message, "data": data])
    }
}

/// `textDocument/publishDiagnostics`: the whole set for one document (an empty list clears it).
public struct PublishDiagnosticsParams: Hashable, Sendable, JSONCodable {
    public var uri: DocumentURI
    public var version: Int?
    public var diagnostics: [Diagnostic]

    public init(uri: DocumentURI, version: Int? = nil, diagnostics: [Diagnostic]) {
        self.uri = uri
        self.version = version
        self.diagnostics = diagnostics
    }

    public init(json: JSONValue) throws(JSONDecodingError) {
        uri = try json.decode("uri")
        version = try json.decodeIfPresent("version")
        diagnostics = try json.decode("diagnostics")
    }

    public var json: JSONValue { .object(["uri": uri, "version": version, "diagnostics": diagnostics]) }
}
