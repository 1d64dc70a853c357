/// Which goals `stamp` dates across a plan, and the edits that date them: rules an editor's
/// "date this goal" would share with the command line.
public struct StampTargets: Equatable, Sendable {
    /// Why a goal named was not a target.
    public enum Skipped: Equatable, Sendable {
        /// Not done, so it has no done date.
        case notDone(GoalRef)
        /// Done and dated already.
        case alreadyDated(GoalRef, CivilDate)
    }

    /// The goals to date, in reading order (none named) or in the order named.
    public let goals: [GoalRef]
    /// The goals named that are not targets, in the order named.
    public let skipped: [Skipped]

    /// Targets `goals`, with `skipped` left out.
    public init(goals: [GoalRef], skipped: [Skipped]) {
        self.goals = goals
        self.skipped = skipped
    }
}

extension Plan {
    /// Every done goal without a done date (`named` nil), else those of `named` that are done and
    /// undated, with why each other one is not.
    public func stampTargets(named: [GoalRef]?) -> StampTargets {
        guard let named else {
            let undated = files.map { Set($0.roadmap.undatedDoneGoals) }
            return StampTargets(goals: goalsInOrder.filter { undated[$0.file].contains($0.goal) }, skipped: [])
        }
        var goals: [GoalRef] = []
        var skipped: [StampTargets.Skipped] = []
        for ref in named {
            let roadmap = files[ref.file].roadmap
            if roadmap.goals[ref.goal].state != .done {
                skipped.append(.notDone(ref))
            } else if let date = roadmap.doneDate(of: ref.goal) {
                skipped.append(.alreadyDated(ref, date))
            } else {
                goals.append(ref)
            }
        }
        return StampTargets(goals: goals, skipped: skipped)
    }

    /// The edits, one list per file of the plan, that append each goal's date as a tick does.
    public func stampEdits(_ dated: [(ref: GoalRef, date: CivilDate)]) -> [[TextEdit]] {
        var edits = [[TextEdit]](repeating: [], count: files.count)
        for (ref, date) in dated { edits[ref.file] += files[ref.file].roadmap.stampEdits([(ref.goal, date)]) }
        return edits
    }
}

extension StampTargets {
    /// Every target dated `date` (`stamp --date`).
    public func dated(on date: CivilDate) -> [(ref: GoalRef, date: CivilDate)] {
        goals.map { ($0, date) }
    }

    /// Each target with the day `ticked` gives it (by file, by goal: `GitReplay.tickedOn`); a
    /// target it gives none (done before git's history begins) is left out.
    public func dated(by ticked: [[CivilDate?]]) -> [(ref: GoalRef, date: CivilDate)] {
        goals.compactMap { ref in
            guard ref.file < ticked.count, ref.goal < ticked[ref.file].count, let day = ticked[ref.file][ref.goal] else { return nil }
            return (ref, day)
        }
    }
}
