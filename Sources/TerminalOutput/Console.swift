/// Where output goes. Standard output and standard error are buffered and written once at the end
/// (one `write` instead of one per line); tests read the buffers instead. Everything given to it,
/// text, bytes and JSON alike, goes through `TerminalText.render`: controls are made visible and
/// only `Style`'s colours become escape codes.
public final class Console {
    /// Standard output's bytes not yet written (all of them when capturing).
    public private(set) var output: [UInt8] = []
    /// Standard error's bytes not yet written (all of them when capturing).
    public private(set) var errors: [UInt8] = []
    /// Whether the buffers are kept for a test to read rather than written to descriptors.
    public let isCapturing: Bool
    /// Writes some bytes to a descriptor; see `init`.
    private let writeSome: (Int32, UnsafeRawBufferPointer) -> Int

    /// - Parameters:
    ///   - capturing: keep everything in the buffers; nothing is written.
    ///   - write: writes some of the bytes (never none) to descriptor 1 or 2 and returns how many,
    ///     0 or less to stop (a closed pipe, an error); it retries an interrupted call itself. The
    ///     program owns the system call, so this module calls no C library.
    public init(capturing: Bool, write: @escaping (Int32, UnsafeRawBufferPointer) -> Int) {
        isCapturing = capturing
        writeSome = write
    }

    /// `text` and a line feed on standard output.
    public func print(_ text: String = "") {
        TerminalText.render(text, into: &output)
        output.append(0x0A)
    }

    /// Bytes on standard output, rendered like text.
    public func write(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { TerminalText.render($0, into: &output) } }
    /// `text` on standard output, with no line feed added.
    public func write(_ text: String) { TerminalText.render(text, into: &output) }

    /// A document the program made with its own escaping (`report`, `badge`, `calendar` with `-o -`:
    /// their writers drop every control from the file; iCalendar's lines end
    /// in CRLF by RFC 5545 §3.1, and its TEXT values drop every control from the file), written
    /// as its bytes. Only a file format's own writer may call this; everything else is rendered.
    public func writeDocument(_ bytes: [UInt8]) { output += bytes }

    /// One piece of a document made as it is written (a JSON writer's), rendered and, unless
    /// capturing, sent on at once instead of being held whole (a `status --json` is about as big
    /// as the roadmap). Pieces end between values, never inside a character, so each is rendered on
    /// its own (a no-op on JSON, which escapes every control itself).
    public func stream(_ piece: UnsafeBufferPointer<UInt8>) {
        TerminalText.render(piece, into: &output)
        if !isCapturing {
            writeAll(1, output)
            output.removeAll(keepingCapacity: true)
        }
    }

    /// `text` and a line feed on standard error.
    public func printError(_ text: String) {
        TerminalText.render(text, into: &errors)
        errors.append(0x0A)
    }

    /// `text` on standard error, with no line feed added: a question, whose answer is typed after it.
    public func writeError(_ text: String) { TerminalText.render(text, into: &errors) }

    /// `warning: PATH: text` on standard error, when there is a text.
    public func warn(_ path: String, _ text: String?) {
        if let text { printError("warning: \(path): \(text)") }
    }

    /// `head text` on one line, the text cut to `width` columns in all (with `…`): the line that
    /// echoes a goal a command changed (`Checked #3 …`), which must not print a 1 MB goal whole.
    public func print(_ head: String, cutting text: String, to width: Int) {
        print(head + " " + Columns.truncate(text, to: max(10, width - Columns.width(head) - 1)))
    }

    /// Standard output so far, as text.
    public var outputText: String { String(decoding: output, as: UTF8.self) }
    /// Standard error so far, as text.
    public var errorText: String { String(decoding: errors, as: UTF8.self) }

    /// Sends what is buffered to the real streams (not when capturing).
    public func flush() {
        guard !isCapturing else { return }
        writeAll(1, output)
        writeAll(2, errors)
        output.removeAll()
        errors.removeAll()
    }

    private func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let n = writeSome(fd, UnsafeRawBufferPointer(rebasing: raw[written...]))
                if n <= 0 { return }  // A closed pipe (`roadmap list | head`) is not an error worth reporting.
                written += n
            }
        }
    }
}
