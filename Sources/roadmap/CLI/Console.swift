import RoadmapKit

/// Where output goes. Standard output and standard error are buffered and written once at the end
/// (one `write` instead of one per line); tests read the buffers instead. Everything given to it,
/// text, bytes and JSON alike, goes through `TerminalText.render`: controls are made visible and
/// only `Style`'s colours become escape codes.
final class Console {
    private(set) var output: [UInt8] = []
    private(set) var errors: [UInt8] = []
    let isCapturing: Bool

    init(capturing: Bool) {
        isCapturing = capturing
    }

    func print(_ text: String = "") {
        TerminalText.render(text, into: &output)
        output.append(0x0A)
    }

    func write(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { TerminalText.render($0, into: &output) } }
    func write(_ text: String) { TerminalText.render(text, into: &output) }

    /// A document the program made with its own escaping (`report`, `badge`, `calendar` with `-o -`:
    /// their writers drop every control from the file; iCalendar's lines end
    /// in CRLF by RFC 5545 §3.1, and its TEXT values drop every control from the file), written
    /// as its bytes. Only a file format's own writer may call this; everything else is rendered.
    func writeDocument(_ bytes: [UInt8]) { output += bytes }

    /// A JSON writer whose output goes to standard output as it is made, in pieces, instead of
    /// being held whole (a `status --json` is about as big as the roadmap). Flush it at the end.
    /// Pieces end between values, never inside a character, so each is rendered on its own (a no-op
    /// on JSON, which escapes every control itself).
    func jsonWriter() -> JSONWriter {
        JSONWriter(streamingTo: { [self] piece in
            TerminalText.render(piece, into: &output)
            if !isCapturing {
                writeAll(1, output)
                output.removeAll(keepingCapacity: true)
            }
        })
    }

    func printError(_ text: String) {
        TerminalText.render(text, into: &errors)
        errors.append(0x0A)
    }

    /// `warning: PATH: text` on standard error, when there is a text.
    func warn(_ path: String, _ text: String?) {
        if let text { printError("warning: \(path): \(text)") }
    }

    /// `head text` on one line, the text cut to `width` columns in all (with `…`): the line that
    /// echoes a goal a command changed (`Checked #3 …`), which must not print a 1 MB goal whole.
    func print(_ head: String, cutting text: String, to width: Int) {
        print(head + " " + Columns.truncate(text, to: max(10, width - Columns.width(head) - 1)))
    }

    var outputText: String { String(decoding: output, as: UTF8.self) }
    var errorText: String { String(decoding: errors, as: UTF8.self) }

    /// Sends what is buffered to the real streams (not when capturing).
    func flush() {
        guard !isCapturing else { return }
        writeAll(1, output)
        writeAll(2, errors)
        output.removeAll()
        errors.removeAll()
    }

    private func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeAll(fd, $0) }
    }

    private func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        var written = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while written < raw.count {
            let n = systemWrite(fd, raw.baseAddress! + written, raw.count - written)
            if n <= 0 {
                if n < 0 && Platform.lastErrorIsInterrupt { continue }
                return  // A closed pipe (`roadmap list | head`) is not an error worth reporting.
            }
            written += n
        }
    }
}

extension Context {
    /// How wide an echo line may be: the terminal's width, or off a terminal a generous 200
    /// columns (a log or a pipe has no width, but should not get a megabyte either).
    var echoWidth: Int { environment.stdoutIsTerminal ? width : 200 }
}
