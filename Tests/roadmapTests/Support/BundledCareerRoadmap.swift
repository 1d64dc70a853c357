import Testing
@testable import roadmap
import RoadmapKit

extension CLIHarness {
    /// A harness holding the bundled career roadmap as `career-roadmap.md`, as `init` writes it.
    static func careerRoadmap() throws -> CLIHarness {
        let file = try #require(BundledTemplate.named("career-roadmap")?.files.first)
        let h = try CLIHarness()
        try h.writeBytes("career-roadmap.md", file.bytes)
        return h
    }
}
