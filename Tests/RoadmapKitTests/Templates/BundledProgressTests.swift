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

/// The rest of issue 27's templates: a weekly habit on the career roadmap, a count of posts for
/// its third phase, and a problem count on the AI engineer's interview practice.
struct BundledHabitAndCountTests {
    func progress(_ template: String, _ path: String) throws -> (Roadmap, [GoalProgress]) {
        let file = try #require(BundledTemplate.named(template)?.file(path))
        let r = Roadmap(parsing: file.bytes)
        return (r, r.goals.indices.map { r.progress(of: $0) })
    }

    @Test func theCareerRoadmapHasAWeeklyHabit() throws {
        let (r, _) = try progress("career-roadmap", "career-roadmap.md")
        let habits = r.goals.indices.compactMap { r.habit(of: $0) }
        #expect(habits == [HabitRule(times: 1, period: .week)])
        #expect(r.goals.indices.contains { r.progress(of: $0).count == GoalCount(done: 0, target: 5) })
    }

    @Test func theAIEngineerRoadmapCountsItsExercises() throws {
        let (_, progress) = try progress("ai-engineer-roadmap", "ai-engineer-roadmap.md")
        #expect(progress.contains { $0.count.map { $0.done == 0 && $0.target >= 20 } == true })
    }
}
