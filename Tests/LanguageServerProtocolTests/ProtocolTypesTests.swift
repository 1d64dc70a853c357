import JSONRPC
import JSONText
import LanguageServerProtocol
import Testing

@Suite struct ProtocolTypesTests {
    static let range = PositionRange(start: Position(line: 1, character: 2), end: Position(line: 3, character: 4))
    static let doc = TextDocumentIdentifier(uri: "file:///plan/roadmap.md")
    static let edit = TextEdit(range: range, newText: "- [x] ✅ 2026-12-07\r\n")
    static let diagnostic = Diagnostic(range: range, severity: .warning, code: .string("overdue"), source: "roadmap",
                                       message: "checkpoint 2026-12-01 is past", data: ["goal": 3])

    /// Written, read as bytes by the project's reader, decoded: the same value.
    static func roundTrip<T: JSONCodable & Equatable>(_ value: T) throws -> T {
        let bytes = value.json.serialized()
        return try T(json: JSONValue(parsing: bytes))
    }

    /// A diagnostic writes its own JSON text (`rawJSON`, what a publishDiagnostics is made of)
    /// byte for byte as the writer writes its value: every optional member present or absent,
    /// either kind of code, text that needs escaping, any numbers, nested data.
    @Test func diagnosticsWriteTheirOwnJSONAsTheWriterDoes() {
        let ranges = [Self.range, PositionRange(start: Position(line: 0, character: 0), end: Position(line: Int.max, character: Int.min)),
                      PositionRange(start: Position(line: -7, character: 1_000_000), end: Position(line: 10, character: 99))]
        let codes: [DiagnosticCode?] = [nil, .string("dueSoon"), .string("a\"b\\c\u{1}"), .number(0), .number(-12), .number(Int.min)]
        let severities: [DiagnosticSeverity?] = [nil, .error, .warning, .information, .hint, DiagnosticSeverity(rawValue: -3)]
        let sources: [String?] = [nil, "roadmap", "", "é\u{7F}\n"]
        let messages = ["", "overdue: due 2026-12-01, 6 days ago", "'\u{10FF93}' \"x\" \\ \t\r\n 📅 \u{1F}\u{8}\u{C}\u{0}", "\\\\\\\\\\\"\n\n\n\n"]
        let data: [JSONValue?] = [nil, .null, ["goal": 3, "list": [1, "x", ["y": false]]], .raw(JSONRaw(["k": "v"]))]
        var n = 0
        for range in ranges {
            for code in codes {
                for severity in severities {
                    let diagnostic = Diagnostic(range: range, severity: severity, code: code, source: sources[n % sources.count],
                                                message: messages[n % messages.count], data: data[n % data.count])
                    n += 1
                    #expect(diagnostic.rawJSON.bytes == diagnostic.json.serialized(), "\(diagnostic.json.serializedText)")
                    #expect(JSONValue.raw(diagnostic.rawJSON) == diagnostic.json)
                }
            }
        }
        for source in sources {
            for message in messages {
                for datum in data {
                    let diagnostic = Diagnostic(range: Self.range, severity: .warning, code: .string("x"), source: source, message: message, data: datum)
                    #expect(diagnostic.rawJSON.bytes == diagnostic.json.serialized(), "\(diagnostic.json.serializedText)")
                }
            }
        }
    }

    @Test func everyTypeRoundTrips() throws {
        #expect(try Self.roundTrip(Position(line: 0, character: 7)) == Position(line: 0, character: 7))
        #expect(try Self.roundTrip(Self.range) == Self.range)
        #expect(try Self.roundTrip(Location(uri: "file:///a.md", range: Self.range)) == Location(uri: "file:///a.md", range: Self.range))
        #expect(try Self.roundTrip(Self.doc) == Self.doc)
        for version in [5, nil] {
            let versioned = VersionedTextDocumentIdentifier(uri: "file:///a.md", version: version)
            #expect(try Self.roundTrip(versioned) == versioned)
        }
        let item = TextDocumentItem(uri: "file:///a.md", languageId: "markdown", version: 1, text: "# 📅\r\n- [ ] x\u{0}")
        #expect(try Self.roundTrip(item) == item)
        #expect(try Self.roundTrip(TextDocumentPositionParams(textDocument: Self.doc, position: Position(line: 2, character: 0)))
            == TextDocumentPositionParams(textDocument: Self.doc, position: Position(line: 2, character: 0)))
        #expect(try Self.roundTrip(Self.edit) == Self.edit)
        #expect(try Self.roundTrip(Command(title: "Check", command: "roadmap.check", arguments: ["file:///a.md", 3])) == Command(title: "Check", command: "roadmap.check", arguments: ["file:///a.md", 3]))

        let initialize = InitializeParams(processId: 42, clientInfo: .init(name: "Neovim", version: "0.10"), rootUri: "file:///plan",
                                          workspaceFolders: [WorkspaceFolder(uri: "file:///plan", name: "plan")],
                                          initializationOptions: ["x": true],
                                          capabilities: ["general": ["positionEncodings": ["utf-8", "utf-16"]]])
        #expect(try Self.roundTrip(initialize) == initialize)
        let bare = InitializeParams()
        #expect(bare.json.serializedText == #"{"processId":null,"rootUri":null,"capabilities":{}}"#)
        #expect(try Self.roundTrip(bare) == bare)
        let capabilities = ServerCapabilities(positionEncoding: .utf8, textDocumentSync: .incremental, hoverProvider: true,
                                              completionTriggerCharacters: [" "], codeActionKinds: [.quickFix, .refactorRewrite],
                                              documentSymbolProvider: true, workspaceSymbolProvider: true, inlayHintProvider: true,
                                              executeCommands: ["roadmap.review", "roadmap.status"])
        let result = InitializeResult(capabilities: capabilities, serverName: "roadmap", serverVersion: "1.0")
        #expect(try Self.roundTrip(result) == result)
        #expect(try Self.roundTrip(ServerCapabilities()) == ServerCapabilities())
        #expect(try Self.roundTrip(LogMessageParams(type: .warning, message: "m")) == LogMessageParams(type: .warning, message: "m"))
        #expect(try Self.roundTrip(CancelParams(id: .string("7"))) == CancelParams(id: .string("7")))
        #expect(try Self.roundTrip(CancelParams(id: RequestID(7))) == CancelParams(id: RequestID(7)))

        let changes: [TextDocumentContentChangeEvent] = [.ranged(Self.range, text: "x"), .ranged(Self.range, text: "", rangeLength: 3), .full(text: "all")]
        let change = DidChangeTextDocumentParams(textDocument: VersionedTextDocumentIdentifier(uri: "file:///a.md", version: 9), contentChanges: changes)
        #expect(try Self.roundTrip(change) == change)
        #expect(try Self.roundTrip(DidOpenTextDocumentParams(textDocument: item)) == DidOpenTextDocumentParams(textDocument: item))
        #expect(try Self.roundTrip(DidCloseTextDocumentParams(textDocument: Self.doc)) == DidCloseTextDocumentParams(textDocument: Self.doc))

        #expect(try Self.roundTrip(Self.diagnostic) == Self.diagnostic)
        let numbered = Diagnostic(range: Self.range, code: .number(12), message: "m")
        #expect(try Self.roundTrip(numbered) == numbered)
        let publish = PublishDiagnosticsParams(uri: "file:///a.md", version: 3, diagnostics: [Self.diagnostic, numbered])
        #expect(try Self.roundTrip(publish) == publish)

        let workspaceEdit = WorkspaceEdit(changes: ["file:///a.md": [Self.edit]],
                                          documentChanges: [TextDocumentEdit(textDocument: .init(uri: "file:///a.md", version: 4), edits: [Self.edit])])
        #expect(try Self.roundTrip(workspaceEdit) == workspaceEdit)
        let action = CodeAction(title: "Check", kind: .quickFix, diagnostics: [Self.diagnostic], isPreferred: true, edit: workspaceEdit,
                                command: Command(title: "t", command: "c"), data: [1])
        #expect(try Self.roundTrip(action) == action)
        let actionParams = CodeActionParams(textDocument: Self.doc, range: Self.range, context: CodeActionContext(diagnostics: [Self.diagnostic], only: [.quickFix]))
        #expect(try Self.roundTrip(actionParams) == actionParams)

        let hints = [
            InlayHint(position: Position(line: 0, character: 9), label: .text("3/7 · 43%"), kind: .type, tooltip: "t", paddingLeft: true, paddingRight: false),
            InlayHint(position: Position(line: 2, character: 0), label: .parts([InlayHintLabelPart(value: "📅 2026-12-24", tooltip: "due", location: Location(uri: "file:///a.md", range: Self.range))])),
        ]
        for hint in hints { #expect(try Self.roundTrip(hint) == hint) }
        #expect(try Self.roundTrip(InlayHintParams(textDocument: Self.doc, range: Self.range)) == InlayHintParams(textDocument: Self.doc, range: Self.range))

        let symbol = DocumentSymbol(name: "Phase 1", detail: "3/7", kind: .namespace, range: Self.range, selectionRange: Self.range,
                                    children: [DocumentSymbol(name: "goal", kind: .boolean, range: Self.range, selectionRange: Self.range)])
        #expect(try Self.roundTrip(symbol) == symbol)
        #expect(try Self.roundTrip(DocumentSymbolParams(textDocument: Self.doc)) == DocumentSymbolParams(textDocument: Self.doc))
        for place in [WorkspaceSymbol.Place.location(Location(uri: "file:///a.md", range: Self.range)), .document("file:///b.md")] {
            let workspaceSymbol = WorkspaceSymbol(name: "goal", kind: .event, containerName: "Phase 1", location: place)
            #expect(try Self.roundTrip(workspaceSymbol) == workspaceSymbol)
        }
        #expect(try Self.roundTrip(WorkspaceSymbolParams(query: "go")) == WorkspaceSymbolParams(query: "go"))

        let hover = Hover(contents: MarkupContent(kind: .markdown, value: "**open** · due 2026-12-24"), range: Self.range)
        #expect(try Self.roundTrip(hover) == hover)
        let item1 = CompletionItem(label: "2026-12-07", kind: .value, detail: "today", documentation: MarkupContent(kind: .plaintext, value: "d"),
                                   sortText: "0", filterText: "2026", textEdit: Self.edit)
        #expect(try Self.roundTrip(item1) == item1)
        let list = CompletionList(isIncomplete: false, items: [item1, CompletionItem(label: "Owner:")])
        #expect(try Self.roundTrip(list) == list)
        let completionParams = CompletionParams(textDocument: Self.doc, position: Position(line: 1, character: 3), triggerKind: 2, triggerCharacter: " ")
        #expect(try Self.roundTrip(completionParams) == completionParams)
        #expect(try Self.roundTrip(ExecuteCommandParams(command: "roadmap.status", arguments: ["file:///a.md"])) == ExecuteCommandParams(command: "roadmap.status", arguments: ["file:///a.md"]))
    }

    /// The shapes LSP 3.17 gives, written exactly (member names, null where required, kinds as
    /// numbers and strings).
    @Test func writesTheSpecificationsShapes() {
        #expect(Self.edit.json.serializedText == #"{"range":{"start":{"line":1,"character":2},"end":{"line":3,"character":4}},"newText":"- [x] ✅ 2026-12-07\r\n"}"#)
        #expect(VersionedTextDocumentIdentifier(uri: "u", version: nil).json.serializedText == #"{"uri":"u","version":null}"#)
        #expect(ServerCapabilities(positionEncoding: .utf16, textDocumentSync: .incremental, codeActionKinds: [.quickFix], executeCommands: ["roadmap.review"]).json.serializedText
            == #"{"positionEncoding":"utf-16","textDocumentSync":{"openClose":true,"change":2},"codeActionProvider":{"codeActionKinds":["quickfix"]},"executeCommandProvider":{"commands":["roadmap.review"]}}"#)
        #expect(TextDocumentContentChangeEvent.full(text: "x").json.serializedText == #"{"text":"x"}"#)
        #expect(Self.diagnostic.json.serializedText.hasPrefix(#"{"range":{"start":{"line":1,"character":2},"end":{"line":3,"character":4}},"severity":2,"code":"overdue","source":"roadmap""#))
        #expect(WorkspaceSymbol(name: "g", kind: .event, location: .document("u")).json.serializedText == #"{"name":"g","kind":24,"location":{"uri":"u"}}"#)
    }

    /// What clients send, read as they send it: a trimmed VS Code `initialize`, extra members
    /// ignored, legacy forms accepted.
    @Test func readsWhatClientsSend() throws {
        let initialize = try InitializeParams(json: JSONValue(parsing: #"""
            {"processId":1234,"clientInfo":{"name":"Visual Studio Code","version":"1.95.0"},"locale":"en",
             "rootPath":"/plan","rootUri":"file:///plan","capabilities":{"workspace":{"applyEdit":true},
             "general":{"positionEncodings":["utf-16"],"markdown":{"parser":"marked"}}},"trace":"off",
             "workspaceFolders":[{"uri":"file:///plan","name":"plan"}]}
            """#))
        #expect(initialize.processId == 1234)
        #expect(initialize.rootUri == "file:///plan")
        #expect(initialize.positionEncodings == ["utf-16"])
        #expect(initialize.negotiatedPositionEncoding == .utf16)
        #expect(try Hover(json: JSONValue(parsing: #"{"contents":"*x*"}"#)).contents == MarkupContent(kind: .markdown, value: "*x*"))
        #expect(try ServerCapabilities(json: JSONValue(parsing: #"{"textDocumentSync":2,"codeActionProvider":true}"#))
            == ServerCapabilities(textDocumentSync: .incremental, codeActionKinds: []))
        #expect(try InlayHint(json: JSONValue(parsing: #"{"position":{"line":0,"character":0},"label":"a","tooltip":{"kind":"markdown","value":"t"}}"#)).tooltip == "t")
        #expect(throws: JSONDecodingError("expected an integer, found a string", path: ["contentChanges", "[0]", "range", "start", "line"])) {
            try DidChangeTextDocumentParams(json: JSONValue(parsing: #"{"textDocument":{"uri":"u","version":1},"contentChanges":[{"range":{"start":{"line":"0","character":0},"end":{"line":0,"character":0}},"text":""}]}"#))
        }
    }

    @Test func positionEncodingNegotiation() throws {
        #expect(PositionEncoding.negotiate(clientSupports: ["utf-16", "utf-8"]) == .utf8)
        #expect(PositionEncoding.negotiate(clientSupports: ["utf-8"]) == .utf8)
        #expect(PositionEncoding.negotiate(clientSupports: ["utf-32", "utf-16"]) == .utf16)
        #expect(PositionEncoding.negotiate(clientSupports: []) == .utf16)
        #expect(PositionEncoding.negotiate(clientSupports: nil) == .utf16)
        let malformed = InitializeParams(capabilities: ["general": ["positionEncodings": ["utf-8", 8]]])
        #expect(malformed.positionEncodings == nil)
        #expect(malformed.negotiatedPositionEncoding == .utf16)
        #expect(InitializeParams(capabilities: ["general": ["positionEncodings": "utf-8"]]).negotiatedPositionEncoding == .utf16)
    }
}

@Suite struct ServerMessagesTests {
    /// What the server writes when it drops input: a `window/logMessage` notification naming it.
    @Test func droppedInputBecomesALogMessage() {
        let framing = FramingError.invalidContentLength(value: "abc")
        #expect(Message.logMessage(.warning, "roadmap lsp: \(framing)").json.serializedText
            == #"{"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"roadmap lsp: invalid Content-Length \"abc\""}}"#)
    }

    @Test func diagnosticsAreANotification() {
        let message = Message.publishDiagnostics(PublishDiagnosticsParams(uri: "file:///a.md", version: 2, diagnostics: []))
        #expect(message.json.serializedText == #"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///a.md","version":2,"diagnostics":[]}}"#)
    }
}
