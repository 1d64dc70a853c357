import RoadmapKit

/// What `stamp`, `history`, `report` and `review` need from git: the plan's history in one
/// `git log`, git run hardened (`SafeGit`) and found through an absolute PATH entry, or the one
/// line that says why there is none.
extension Context {
    /// The plan's progress over time: from git where the plan is in a work tree, else from the
    /// ✅ dates and the review log (`unavailable` says why).
    func history(_ schedule: PlanSchedule) -> History {
        switch gitReplay(schedule.plan, today: schedule.today) {
        case let .success(replay): return HistoryBuilder.build(schedule, replay: replay)
        case let .failure(unavailable): return HistoryBuilder.build(schedule, replay: nil, unavailable: unavailable.reason)
        }
    }

    /// The replay. On standard error, one line says what is left out when git lacked older
    /// objects, and (unless `refusalIsError`: the caller fails with it) why a `git` found
    /// through a relative PATH entry was not run: never silent, even where the output is a diff.
    func gitReplay(_ plan: Plan, today: CivilDate, refusalIsError: Bool = false) -> Result<GitReplay, GitHistory.Unavailable> {
        let paths = plan.files.map(\.path)
        let absolute = paths.map { FileSystem.canonicalPath(fullPath($0)) ?? fullPath($0) }
        let git = SafeGit.find(inPath: environment.variable("PATH"), from: environment.currentDirectory)
        if case let .failure(refused) = git, refused.isRefusal, !refusalIsError { console.printError("warning: \(refused.reason)") }
        let replay = GitHistory.replay(plan, paths: paths, absolutePaths: absolute, git: git, today: today)
        if case let .success(read) = replay { console.warn(paths[0], read.leftOut) }
        return replay
    }
}
