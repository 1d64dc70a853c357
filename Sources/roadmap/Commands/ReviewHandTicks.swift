import RoadmapKit

/// What `review` does about boxes ticked by hand, before anything else: the done goals without a
/// date that git places in the review's period (in any file of the plan) are listed as ticked by
/// hand, with their days, and stamped (on a terminal a question, default yes; `--yes` stamps
/// them), so that the review counts them as completed. The stamp (`HandTickStamp`) is written
/// with the review, as one change.
enum ReviewHandTicks {
    /// - Parameter showing: print the list (not with `--dry-run` off a terminal, whose output is the diff).
    static func prepare(_ original: Plan, _ call: Invocation<ReviewCommand>, interactive: Bool, showing: Bool) throws(CLIError) -> HandTickStamp {
        let unchanged = HandTickStamp(original)
        let undated = original.files.reduce(0) { $0 + $1.roadmap.undatedDoneGoals.count }
        guard undated > 0 else { return unchanged }
        let context = call.context
        let console = context.console
        let style = Style(color: context.usesColor)
        let schedule = try context.schedule(original)
        let review = Review(schedule, log: Review.log(of: original, schedule))
        let found: [(goal: GoalRef, date: CivilDate)]
        switch context.gitReplay(original, today: schedule.today) {
        case let .failure(unavailable):
            if showing {
                console.print(style.dim("\(Count.of(undated, "done goal")) without a ✅ date cannot be placed in time: \(unavailable.reason) ('roadmap stamp --date' dates them)"))
            }
            return unchanged
        case let .success(replay):
            found = HandTicks.inPeriod(of: review, ticked: replay.tickedOn)
        }
        guard !found.isEmpty else { return unchanged }
        if showing {
            let since = review.baseline.date.map { " since \($0)" } ?? ""
            console.print(style.bold(Columns.pad("Ticked by hand", to: 16)) + Count.of(found.count, "goal") + since + style.dim(", on the days git gives"))
            for (goal, date) in found {
                let text = Columns.truncate(PlainText.of(original.files[goal.file].roadmap.text(of: goal.goal)), to: max(30, context.width - 20))
                console.print("  " + style.green("✓") + " \(text)" + style.dim("  (\(date))"))
            }
        }
        var stamps = call.flag(.yes)
        if !stamps && interactive { stamps = try ReviewQuestions.yes("Stamp them with these days?", default: true, context) }
        guard stamps else {
            if showing { console.print(style.dim("  Not stamped, so not counted below: 'roadmap stamp' or 'roadmap review --yes' writes their dates.")) }
            if showing { console.print() }
            return unchanged
        }
        if showing { console.print() }
        return HandTickStamp(original, stamping: found)
    }
}

extension HandTickStamp {
    /// The review's edits (computed on the stamped plan) and the stamp, on the files as read.
    func placing(_ review: [[TextEdit]]) throws(CLIError) -> [[TextEdit]] {
        switch edits(review) {
        case let .success(edits): return edits
        case let .failure(collision):
            throw .failure("\(plan.files[collision.file].path): the review would write where a hand-ticked goal's date goes; run 'roadmap stamp' first")
        }
    }
}
