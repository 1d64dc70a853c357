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
        var written = 0
        bytes.withUnsafeBytes { raw in
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
}
