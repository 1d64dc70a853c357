import Foundation

/// The shared test material beside the repository (`../shared`), when it is there.
enum Corpus {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus").path) }

    /// Every corpus markdown file and every seed, sorted.
    static var files: [URL] {
        var result: [URL] = []
        for folder in ["corpus", "seeds"] {
            let root = shared.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "md" || url.pathExtension == "txt" {
                result.append(url)
            }
        }
        return result.sorted { $0.path < $1.path }
    }

    static func bytes(_ url: URL) -> [UInt8] { Array((try? Data(contentsOf: url)) ?? Data()) }

    static func name(_ url: URL) -> String { String(url.path.dropFirst(shared.path.count + 1)) }
}

/// Splits bytes into lines, endings included, to compare files line by line.
func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var result: [ArraySlice<UInt8>] = []
    var start = 0
    var i = 0
    while i < bytes.count {
        if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) {
            result.append(bytes[start...i])
            start = i + 1
        }
        i += 1
    }
    if start < bytes.count { result.append(bytes[start...]) }
    return result
}
