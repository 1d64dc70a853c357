// libFuzzer entry point for the language server itself: an input is decoded into a short LSP
// session (FuzzSession) that runs through the server in memory, message by message, as
// `LanguageServer.run` would; every answer is checked (FuzzChecks). A broken property traps,
// which libFuzzer reports as a crash and saves the input. Built by scripts/fuzz-server.sh: the
// library as the module RoadmapKit, then the JSON and LSP targets, the server and this folder
// as one module named LanguageServerProtocol (the server names `LanguageServerProtocol.TextEdit`).
import RoadmapKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzServer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    var session = FuzzSession(FuzzInput(bytes))
    session.run()
    return 0
}

/// The input's layout: byte 0 is flags (bits 0-1 the position encoding the client offers, bit 2
/// no `initialize`), byte 1 the length of the program that follows, five bytes an operation;
/// the rest is the document's text, so a seed is a roadmap behind a short header.
struct FuzzInput {
    var flags: UInt8
    var program: [UInt8]
    var text: [UInt8]

    init(_ bytes: [UInt8]) {
        flags = bytes.first ?? 0
        let length = bytes.count > 1 ? Int(bytes[1]) : 0
        let start = min(2, bytes.count), end = min(bytes.count, start + length)
        program = Array(bytes[start..<end])
        text = Array(bytes[end...])
    }

    /// Up to `maximum` bytes of the text from a fuzzed start: inserted text, a second document,
    /// raw bytes for the framer. They may cut a character in two, which is the point.
    func slice(_ at: UInt8, _ length: UInt8, maximum: Int) -> [UInt8] {
        guard !text.isEmpty else { return [] }
        let start = (Int(at) * 131) % text.count
        return Array(text[start..<min(text.count, start + Int(length) % (maximum + 1))])
    }
}
