import RoadmapKit

/// Where output goes. Standard output and standard error are buffered and written once at the end
/// (one `write` instead of one per line); tests read the buffers instead.
final class Console {
    private(set) var output: [UInt8] = []
    private(set) var errors: [UInt8] = []
    let isCapturing: Bool

    init(capturing: Bool) {
        isCapturing = capturing
    }

    func print(_ text: String = "") {
        output.append(contentsOf: text.utf8)
        output.append(0x0A)
    }

    func write(_ bytes: [UInt8]) { output.append(contentsOf: bytes) }
    func write(_ text: String) { output.append(contentsOf: text.utf8) }

    /// A JSON writer whose output goes to standard output as it is made, in pieces, instead of
    /// being held whole (a `status --json` is about as big as the roadmap). Flush it at the end.
    func jsonWriter() -> JSONWriter {
        JSONWriter(streamingTo: { [self] piece in
            if isCapturing {
                output.append(contentsOf: piece)
            } else {
                writeAll(1, output)
                output.removeAll()
                writeAll(1, piece)
            }
        })
    }

    func printError(_ text: String) {
        errors.append(contentsOf: text.utf8)
        errors.append(0x0A)
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
