@testable import RoadmapKit
import RoadmapTestSupport

/// Builds tracking models from inline markdown, or from a shared seed (`Corpus.seed`, which
/// prints a SKIP line when it is absent).
enum TrackingFixtures {
    static func tracking(_ text: String) -> Tracking {
        Tracking(Roadmap(parsing: Array(text.utf8)))
    }

    static func seedTracking(_ prefix: String) -> Tracking? {
        Corpus.seed(prefix).map { Tracking(Roadmap(parsing: $0)) }
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}

extension Tracking {
    var labels: [String] { fields.indices.map { label(of: $0) } }
    func field(_ label: String) -> Field? { fields.indices.first { self.label(of: $0) == label }.map { fields[$0] } }
}
