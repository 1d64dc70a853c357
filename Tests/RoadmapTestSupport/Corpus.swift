import Foundation

/// The shared test material beside the repository (`../shared`: seeds and a corpus of real
/// markdown files), when it is there. Both test targets read it through here; what needs it and
/// finds it missing prints a SKIP line or is disabled with the reason.
public enum Corpus {
    public static let shared = PackagePaths.shared

    public static var isAvailable: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus").path) }

    /// Every corpus markdown file and every seed, sorted.
    public static var files: [URL] {
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

    /// Every `.md` file under the corpus (no seeds), sorted; empty, with a SKIP line, when absent.
    public static func markdownFiles() -> [URL] {
        let corpus = shared.appendingPathComponent("corpus")
        guard let walker = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil) else {
            print("SKIP: corpus not found under \(corpus.path)")
            return []
        }
        let files = walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
        if files.isEmpty { print("SKIP: no corpus files under \(corpus.path)") }
        return files
    }

    /// The seed whose file name starts with `prefix` (`000`), or nil with a printed SKIP line.
    public static func seed(_ prefix: String) -> [UInt8]? {
        let seeds = shared.appendingPathComponent("seeds")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: seeds.path),
              let name = names.sorted().first(where: { $0.hasPrefix(prefix) }),
              let data = FileManager.default.contents(atPath: seeds.appendingPathComponent(name).path) else {
            print("SKIP: seed \(prefix) not found under \(seeds.path)")
            return nil
        }
        return [UInt8](data)
    }

    public static func bytes(_ url: URL) -> [UInt8] { Array((try? Data(contentsOf: url)) ?? Data()) }

    /// The file's path below `../shared`, as failures name it.
    public static func name(_ url: URL) -> String { String(url.path.dropFirst(shared.path.count + 1)) }
}
