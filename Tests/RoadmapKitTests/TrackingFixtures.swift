import Foundation
@testable import RoadmapKit

/// Builds tracking models from inline markdown and finds the shared seeds and corpus
/// (`../shared` next to the package), printing a SKIP line when they are absent.
enum TrackingFixtures {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared").standardizedFileURL

    static func tracking(_ text: String) -> Tracking {
        Tracking(Roadmap(parsing: Array(text.utf8)))
    }

    /// The seed whose file name starts with `prefix` (`000`).
    static func seed(_ prefix: String) -> [UInt8]? {
        let seeds = shared.appendingPathComponent("seeds")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: seeds.path),
              let name = names.sorted().first(where: { $0.hasPrefix(prefix) }),
              let data = FileManager.default.contents(atPath: seeds.appendingPathComponent(name).path) else {
            print("SKIP: seed \(prefix) not found under \(seeds.path)")
            return nil
        }
        return [UInt8](data)
    }

    static func seedTracking(_ prefix: String) -> Tracking? {
        seed(prefix).map { Tracking(Roadmap(parsing: $0)) }
    }

    /// Every `.md` file under the corpus, sorted.
    static func corpusFiles() -> [URL] {
        let corpus = shared.appendingPathComponent("corpus")
        guard let walker = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil) else {
            print("SKIP: corpus not found under \(corpus.path)")
            return []
        }
        let files = walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
        if files.isEmpty { print("SKIP: no corpus files under \(corpus.path)") }
        return files
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}

extension Tracking {
    var labels: [String] { fields.indices.map { label(of: $0) } }
    func field(_ label: String) -> Field? { fields.indices.first { self.label(of: $0) == label }.map { fields[$0] } }
}
