/// Checkpoints as of the schedule's day: complete, held, rescheduled, overdue, next.
extension Schedule {
    /// All its goals done; for a checkpoint with nothing to tick, held.
    package func isComplete(checkpoint index: Int) -> Bool {
        let tally = tally(of: tracking.checkpoints[index])
        return tally.counted > 0 ? tally.done == tally.counted : held(checkpoint: index) != nil
    }

    /// The day it was held: its Date, once that day has come.
    public func held(checkpoint index: Int) -> CivilDate? {
        tracking.date(of: tracking.checkpoints[index]).flatMap { $0 <= today ? $0 : nil }
    }

    /// The day it was planned for, when its Date (still to come) moved it.
    public func rescheduled(checkpoint index: Int) -> CivilDate? {
        guard let planned = plannedCheckpointDue[index], let due = checkpointDue[index], due != planned else { return nil }
        return planned
    }

    /// Whether checkpoint `index` is due before today and not complete.
    public func isOverdue(checkpoint index: Int) -> Bool {
        guard let due = checkpointDue[index] else { return false }
        return due < today && !isComplete(checkpoint: index)
    }

    /// The goals of a checkpoint's Completed checklist, counted by state.
    public func tally(of checkpoint: Checkpoint) -> Tally {
        var tally = Tally()
        for goal in checkpoint.goals { tally.add(tracking.roadmap.goals[goal].state) }
        return tally
    }

    /// The first checkpoint not complete yet, by due date (those with no due date last).
    public var nextCheckpoint: Int? {
        let open = tracking.checkpoints.indices.filter { !isComplete(checkpoint: $0) }
        return open.min { a, b in
            switch (checkpointDue[a], checkpointDue[b]) {
            case let (x?, y?): return x != y ? x < y : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
    }
}
