import RoadmapKit

/// What every fuzzed session must keep: a request gets exactly one answer (its response, first,
/// with its id), a notification none; every message written reads back, strictly, with our own
/// framer and JSON reader; a code action's edits land on character boundaries inside the
/// document, do not overlap, and leave valid UTF-8 valid.
struct FuzzChecks {
    /// Everything the server wrote, framed, as the client's pipe would carry it.
    var output: [UInt8] = []
    var written = 0
    /// Set while the request being sent is a code action on this document.
    var codeActionURI: String?

    mutating func written(_ messages: [Message]) {
        for message in messages { output += message.framed() }
        written += messages.count
    }

    mutating func check(_ message: Message, answeredBy out: [Message], documents: [DocumentURI: OpenDocument]) {
        written(out)
        let answers = out.filter { if case .response = $0 { return true } else { return false } }
        switch message {
        case .request(let id, let method, _):
            guard answers.count == 1, case .response(let answered, let result) = out[0], answered == id else {
                fatalError("request \(id) \(method) answered by \(out)")
            }
            if let uri = codeActionURI, method == "textDocument/codeAction", case .success(let value) = result,
               let document = documents[uri] {
                checkEdits(value, of: uri, in: document.buffer)
            }
        case .notification(let method, _):
            guard answers.isEmpty else { fatalError("notification \(method) answered by \(answers)") }
        case .response:
            guard out.isEmpty else { fatalError("a response was answered by \(out)") }
        }
    }

    /// Each edit of `uri` in the actions: both ends are positions the document has (mapping
    /// them to offsets and back gives them again: not past a line's end, not inside a
    /// character), in order, apart; applied, valid UTF-8 stays valid.
    func checkEdits(_ result: JSONValue, of uri: DocumentURI, in buffer: TextDocumentBuffer) {
        guard let actions = result.array else {
            guard result.isNull else { fatalError("codeAction result \(result)") }
            return
        }
        let mapper = buffer.mapper
        for json in actions {
            guard let action = try? CodeAction(json: json) else { fatalError("codeAction result is no CodeAction: \(json)") }
            guard let workspaceEdit = action.edit else { continue }
            var sets: [[TextEdit]] = []
            if let edits = workspaceEdit.changes?[uri] { sets.append(edits) }
            for change in workspaceEdit.documentChanges ?? [] where change.textDocument.uri == uri { sets.append(change.edits) }
            for edits in sets {
                var ranges: [(Swift.Range<Int>, [UInt8])] = []
                for edit in edits {
                    let start = mapper.offset(of: edit.range.start), end = mapper.offset(of: edit.range.end)
                    guard mapper.position(of: start) == edit.range.start, mapper.position(of: end) == edit.range.end, start <= end else {
                        fatalError("\(action.title): edit \(edit) is not inside the document (\(mapper.lineCount) lines): \(buffer.bytes)")
                    }
                    ranges.append((start..<end, Array(edit.newText.utf8)))
                }
                ranges.sort { $0.0.lowerBound < $1.0.lowerBound }
                for (a, b) in zip(ranges, ranges.dropFirst()) where a.0.upperBound > b.0.lowerBound {
                    fatalError("\(action.title): edits \(a.0) and \(b.0) overlap")
                }
                guard String(validating: buffer.bytes, as: UTF8.self) != nil else { continue }
                var bytes = buffer.bytes
                for (range, text) in ranges.reversed() { bytes.replaceSubrange(range, with: text) }
                guard String(validating: bytes, as: UTF8.self) != nil else {
                    fatalError("\(action.title): edits \(edits) made invalid UTF-8 of valid \(buffer.bytes)")
                }
            }
        }
    }

    /// Every message written frames back, and its content reads as JSON-RPC, strict UTF-8.
    func checkOutput() {
        var framer = MessageFramer()
        framer.append(output)
        var count = 0
        while let next = framer.next() {
            guard case .message(let content) = next else { fatalError("output does not frame: \(next)") }
            guard (try? Message(content: content)) != nil, (try? JSONValue(parsing: content)) != nil else {
                fatalError("output message does not read back: \(String(decoding: content, as: UTF8.self))")
            }
            count += 1
        }
        guard count == written, framer.finish() == nil else { fatalError("wrote \(written) messages, \(count) read back") }
    }
}
