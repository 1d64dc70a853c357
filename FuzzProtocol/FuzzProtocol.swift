// libFuzzer entry point for the language server's input side: the JSON reader, the base-protocol
// framer with the JSON-RPC message reader, and the position mapper with incremental edits.
// Compiled with the sources of JSONText, JSONRPC and LanguageServerProtocol into one module
// (scripts/fuzz-protocol.sh). Each input is checked three ways; a broken property traps, which
// libFuzzer reports as a crash and saves the input.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProtocol(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    checkJSON(bytes)
    checkFraming(bytes)
    checkPositions(bytes)
    return 0
}

/// What is read writes back to text that reads as the same value, and writing is stable. Read
/// leniently, the same text gives the same value when it is valid, and always valid JSON when
/// written.
func checkJSON(_ bytes: [UInt8]) {
    let lenient = try? JSONValue(parsing: bytes, depthLimit: 64, invalidUTF8: .replaceEachByte)
    if let lenient, (try? JSONValue(parsing: lenient.serialized(), depthLimit: 64)) != lenient {
        fatalError("lenient JSON did not write valid JSON for \(bytes)")
    }
    do {
        let value = try JSONValue(parsing: bytes, depthLimit: 64)
        let written = value.serialized()
        guard let again = try? JSONValue(parsing: written, depthLimit: 64), again == value else {
            fatalError("JSON round trip changed the value of \(bytes)")
        }
        guard again.serialized() == written else { fatalError("JSON writing is not stable for \(bytes)") }
        guard lenient == value else { fatalError("lenient reading changed valid JSON \(bytes)") }
    } catch {
        guard error.offset >= 0 && error.offset <= bytes.count else { fatalError("JSON error offset \(error.offset) outside \(bytes.count)") }
    }
}

/// The framer gives the same outputs whether the bytes come whole or in small chunks; no content
/// is over the limit; every valid message, framed again, reads back the same.
func checkFraming(_ bytes: [UInt8]) {
    func outputs(chunk: Int) -> [MessageFramer.Output] {
        var framer = MessageFramer(headerLimit: 256, contentLimit: 2048)
        var result: [MessageFramer.Output] = []
        var i = 0
        while i < bytes.count {
            framer.append(bytes[i..<min(bytes.count, i + chunk)])
            i += chunk
            while let output = framer.next() { result.append(output) }
        }
        if let error = framer.finish() { result.append(.error(error)) }
        return result
    }
    let whole = outputs(chunk: max(1, bytes.count))
    let chunk = 1 + Int(bytes.first ?? 0) % 13
    guard outputs(chunk: chunk) == whole else { fatalError("framing depends on chunk size \(chunk) for \(bytes)") }
    for case .message(let content) in whole {
        guard content.count <= 2048 else { fatalError("content over the limit") }
        guard let message = try? Message(content: content) else { continue }
        var framer = MessageFramer()
        framer.append(message.framed())
        guard case .message(let again)? = framer.next(), (try? Message(content: again)) == message else {
            fatalError("message did not survive framing: \(message)")
        }
    }
}

/// Every offset maps to a position that maps back to a scalar boundary at or before it, which
/// maps to the same position; an edit keeps the line starts what a fresh scan finds.
func checkPositions(_ bytes: [UInt8]) {
    for encoding in PositionEncoding.allCases {
        let mapper = PositionMapper(bytes, encoding: encoding, hidesBOM: bytes.count % 2 == 0)
        // Every offset of a short input; of a long one, a spread of them (each costs a walk of its
        // line, so all of them would make a long one-line input quadratic).
        let step = max(1, bytes.count / 256)
        for offset in stride(from: 0, through: bytes.count, by: step) {
            let position = mapper.position(of: offset)
            let back = mapper.offset(of: position)
            guard back <= offset || (back <= 3 && mapper.hidesBOM), mapper.position(of: back) == position else {
                fatalError("\(encoding): offset \(offset) -> \(position) -> \(back) in \(bytes)")
            }
        }
        guard bytes.count >= 3 else { continue }
        var edited = mapper
        let a = Int(bytes[0]) % (bytes.count + 1), b = Int(bytes[1]) % (bytes.count + 1)
        let inserted = Array(bytes.suffix(Int(bytes[2]) % 8))
        edited.replace(min(a, b)..<max(a, b), with: inserted)
        var expected = bytes
        expected.replaceSubrange(min(a, b)..<max(a, b), with: inserted)
        guard edited.bytes == expected, edited.lineStarts == PositionMapper(expected, encoding: encoding).lineStarts else {
            fatalError("\(encoding): edit \(a)..<\(b) with \(inserted) broke the line starts of \(bytes)")
        }
    }
}
