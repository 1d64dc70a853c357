import Testing
@testable import RoadmapKit

/// The bundled career roadmap uses progress fields where its goals are naturally so (issue 27):
/// a count of posts, an estimate of study hours.
struct BundledProgressTests {
    @Test func theCareerRoadmapHasACountAndAnEstimate() throws {
        let file = try #require(BundledTemplate.named("career-roadmap")?.file("career-roadmap.md"))
        let r = Roadmap(parsing: file.bytes)
        let progress = r.goals.indices.map { r.progress(of: $0) }
        #expect(progress.contains { $0.count == GoalCount(done: 0, target: 30) })
        #expect(progress.contains { $0.estimateMinutes == 30 * 60 })
    }
}
