import RoadmapKit

/// What `stamp`, `history` and `review` need from git: the plan's history in one `git log`, with
/// git found on PATH, or the one line that says why there is none.
extension Context {
    /// The plan's progress over time: from git where the plan is in a work tree, else from the
    /// ✅ dates and the review log (`unavailable` says why).
    func history(_ schedule: PlanSchedule) -> History {
        switch gitReplay(schedule.plan, today: schedule.today) {
        case let .success(replay): return HistoryBuilder.build(schedule, replay: replay)
        case let .failure(unavailable): return HistoryBuilder.build(schedule, replay: nil, unavailable: unavailable.reason)
        }
    }

    func gitReplay(_ plan: Plan, today: CivilDate) -> Result<GitReplay, GitHistory.Unavailable> {
        let paths = plan.files.map(\.path)
        let absolute = paths.map { FileSystem.canonicalPath(fullPath($0)) ?? fullPath($0) }
        let git = OutsideProgram.find("git", inPath: environment.variable("PATH"))
        return GitHistory.replay(plan, paths: paths, absolutePaths: absolute, git: git, today: today)
    }
}
