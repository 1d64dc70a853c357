/// Done dates for boxes ticked by hand (in an editor, not with `roadmap check`): `roadmap stamp`
/// writes them, `status` counts the goals that lack one, `review` places them with git's help.
extension Roadmap {
    /// Done goals without a ` ✅ YYYY-MM-DD`, in document order; a habit's entries
    /// (`- [x] 2026-12-07`) are dated by their text and left out.
    public var undatedDoneGoals: [Int] {
        goals.indices.filter { goals[$0].state == .done && !tasksFields(of: $0).hasDoneDate && !isHabitEntry($0) }
    }

    /// One edit per goal, each appending its date the way a tick does (`doneDateInsertion`).
    public func stampEdits(_ dated: [(goal: Int, date: CivilDate)]) -> [TextEdit] {
        dated.map { doneDateInsertion(for: $0.goal, date: $0.date) }
    }
}

/// The goals a review finds ticked by hand in its period: done, undated, and placed by git (the
/// day of the commit in which each first appears ticked) after the review's baseline.
public enum HandTicks {
    /// In every file of the review's plan.
    /// - Parameter ticked: by file, by goal, the day git gives each done goal (`GitReplay.tickedOn`).
    public static func inPeriod(of review: Review, ticked: [[CivilDate?]]) -> [(goal: GoalRef, date: CivilDate)] {
        var found: [(goal: GoalRef, date: CivilDate)] = []
        for (file, days) in ticked.enumerated() where file < review.plan.files.count {
            for goal in review.plan.files[file].roadmap.undatedDoneGoals {
                guard goal < days.count, let date = days[goal], date <= review.today else { continue }
                switch review.baseline {
                case let .review(entry) where date <= entry.date: continue
                case let .start(start) where date < start: continue
                default: found.append((GoalRef(file: file, goal: goal), date))
                }
            }
        }
        return found.sorted { ($0.date, $0.goal.file, $0.goal.goal) < ($1.date, $1.goal.file, $1.goal.goal) }
    }
}

extension Array where Element == TextEdit {
    /// These edits, computed on the bytes `insertions` give, moved back onto the bytes before
    /// them, followed by the insertions: one set of edits on the original bytes for both (a
    /// review of a roadmap whose hand-ticked goals it stamps first). Nil when an edit would
    /// touch inserted bytes or begin where one is inserted.
    public func after(insertions: [TextEdit]) -> [TextEdit]? {
        let sorted = insertions.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var result: [TextEdit] = []
        for edit in self {
            var shift = 0
            for insertion in sorted {
                let start = insertion.range.lowerBound + shift
                let end = start + insertion.replacement.count
                if end <= edit.range.lowerBound && start < edit.range.lowerBound {
                    shift += insertion.replacement.count - insertion.range.count
                } else if start >= edit.range.upperBound && start > edit.range.lowerBound {
                    break
                } else {
                    return nil
                }
            }
            result.append(TextEdit(range: (edit.range.lowerBound - shift)..<(edit.range.upperBound - shift), replacement: edit.replacement))
        }
        // Last, so that at one position the inserted bytes come first (see `EditedBytes`).
        return result + insertions
    }
}
