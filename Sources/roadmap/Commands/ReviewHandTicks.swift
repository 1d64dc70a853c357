import RoadmapKit

/// What `review` does about boxes ticked by hand, before anything else: the done goals without a
/// date that git places in the review's period are listed as ticked by hand, with their days,
/// and stamped (on a terminal a question, default yes; `--yes` stamps them), so that the review
/// counts them as completed. The stamp is written with the review, as one change.
struct ReviewHandTicks {
    /// The roadmap to review: with the stamp applied when there is one.
    let loaded: LoadedRoadmap
    /// The stamp's edits, on the file as it was read.
    let stamp: [TextEdit]

    /// - Parameter showing: print the list (not with `--dry-run` off a terminal, whose output is the diff).
    static func prepare(_ loaded: LoadedRoadmap, _ call: Invocation, interactive: Bool, showing: Bool) throws(CLIError) -> ReviewHandTicks {
        let unchanged = ReviewHandTicks(loaded: loaded, stamp: [])
        let roadmap = loaded.roadmap
        let undated = roadmap.undatedDoneGoals.count
        guard undated > 0 else { return unchanged }
        let context = call.context
        let console = context.console
        let style = Style(color: context.usesColor)
        let today = try context.today()
        let tracking = Tracking(roadmap)
        let review = Review(Schedule(tracking, today: today), log: ReviewLog(roadmap, metricNames: tracking.metrics.map { tracking.name(of: $0) }))
        let found: [(goal: Int, date: CivilDate)]
        switch context.gitReplay(Plan(single: roadmap, path: loaded.path), today: today) {
        case let .failure(unavailable):
            if showing {
                console.print(style.dim("\(undated) done goal\(undated == 1 ? "" : "s") without a ✅ date cannot be placed in time: \(unavailable.reason) ('roadmap stamp --date' dates them)"))
            }
            return unchanged
        case let .success(replay):
            found = HandTicks.inPeriod(of: review, ticked: replay.tickedOn[0])
        }
        guard !found.isEmpty else { return unchanged }
        if showing {
            let since = review.baseline.date.map { " since \($0)" } ?? ""
            console.print(style.bold(Columns.pad("Ticked by hand", to: 16)) + ReviewEntryText.count(found.count, "goal") + since + style.dim(", on the days git gives"))
            for (goal, date) in found {
                let text = Columns.truncate(PlainText.of(roadmap.text(of: goal)), to: max(30, context.width - 20))
                console.print("  " + style.green("✓") + " \(text)" + style.dim("  (\(date))"))
            }
        }
        var stamps = call.arguments.flag("yes")
        if !stamps && interactive { stamps = try ReviewQuestions.yes("Stamp them with these days?", default: true, context) }
        guard stamps else {
            if showing { console.print(style.dim("  Not stamped, so not counted below: 'roadmap stamp' or 'roadmap review --yes' writes their dates.")) }
            if showing { console.print() }
            return unchanged
        }
        if showing { console.print() }
        let edits = roadmap.stampEdits(found)
        let stamped = Roadmap(parsing: edits.applied(to: roadmap.bytes))
        return ReviewHandTicks(loaded: LoadedRoadmap(path: loaded.path, fullPath: loaded.fullPath, roadmap: stamped), stamp: edits)
    }

    /// The review's edits (computed on the stamped roadmap) and the stamp, on the file as read.
    func edits(_ review: [TextEdit]) throws(CLIError) -> [TextEdit] {
        guard !stamp.isEmpty else { return review }
        guard let all = review.after(insertions: stamp) else {
            throw .failure("\(loaded.path): the review would write where a hand-ticked goal's date goes; run 'roadmap stamp' first")
        }
        return all
    }
}
