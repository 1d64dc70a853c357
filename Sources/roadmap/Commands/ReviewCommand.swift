import RoadmapKit

/// `roadmap review`: the monthly review. Shows what moved since the last review, the checkpoints
/// due and each metric against its next target; asks (on a terminal) or takes from options what to
/// tick, fill and record; and writes the month's entry into the roadmap's `## Review Log`.
enum ReviewCommand: Command {
    static let spec = CommandSpec(
        name: "review",
        abstract: "The monthly review, written into the roadmap's Review Log",
        discussion: """
        Shows what happened since the last review (or the start date): goals completed (from
        their ✅ dates), progress then and now, sections that moved and those with none; the
        checkpoints due within 30 days with their Completed checklists; each metric's last value
        and next target. Then writes the month's entry under '## Review Log' (created at the end
        of the file): progress, goals completed, metric values and a note. One entry per month: a
        second review in the same month updates it, says what changed, and adds a --note to the
        month's note rather than replacing it (on a terminal, what is typed over the note in
        brackets replaces it).

        On a terminal it asks one question at a time, on standard error (Enter keeps the answer in brackets; Ctrl-C
        or Ctrl-D stops with nothing written): tick checkpoint items, fill the checkpoint's Date,
        its Adjustments Needed, each metric, a note. Without a terminal it asks nothing: the options
        answer, and with --yes every other question takes its default: nothing is ticked, the blank
        Date of a checkpoint due by today becomes today, each metric keeps its last value. A metric
        whose table has a current column (a skill score) is written into that cell; any other is
        recorded in the entry only. Done goals without a ✅ date that git places in the period
        (ticked by hand in an editor) are listed first and stamped with their days (a question,
        default yes; --yes stamps them), so they count as completed. --history shows the log;
        nothing is written.
        """,
        options: Option.specs,
        examples: [
            "roadmap review",
            "roadmap review --metric 'GitHub contributions=260' --metric Kubernetes=55% --note 'Exams took May'",
            "roadmap review --yes --adjust 'Less Terraform, more Kubernetes' --dry-run",
            "roadmap review --history",
        ])

    enum Option: CommandOptions {
        case metric, note, adjust, yes, dryRun, force, history, json

        var spec: OptionSpec {
            switch self {
            case .metric: OptionSpec(long: "metric", value: "NAME=VALUE", help: "A metric's value this month", repeatable: true, kind: .metric)
            case .note: OptionSpec(long: "note", value: "TEXT", help: "A note for the month's entry")
            case .adjust: OptionSpec(long: "adjust", value: "TEXT", help: "Adjustments Needed text for the checkpoint that is due")
            case .yes: OptionSpec(long: "yes", short: "y", help: "Ask nothing; take the default answer to every question")
            case .dryRun: OptionSpec.dryRun
            case .force: OptionSpec.forceReadOnly
            case .history: OptionSpec(long: "history", help: "Past reviews, with charts of progress and of each metric")
            case .json: OptionSpec(long: "json", help: "With --history: the reviews as JSON")
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) && !call.flag(.history) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let context = call.context
        if call.flag(.history) {
            if let other = [Option.metric, .note, .adjust].first(where: { call.value($0) != nil }) ?? [Option.yes, .dryRun].first(where: call.flag) {
                throw .usage("--history only reads the log; it takes no --\(other.spec.long)", command: spec.name)
            }
            return try ReviewHistory.run(call)
        }
        if call.flag(.json) { throw .usage("--json goes with --history", command: spec.name) }

        let original = try context.loadPlan(tracking: true)
        // Nothing to record: a Review Log of 0/0 in a file of prose would be noise, not a review.
        guard original.tally.total > 0 else {
            call.console.print("Nothing to review: \(original.files[0].path) has no goals yet (a goal is a list item with a checkbox, like '- [ ] Learn Docker'); nothing written.")
            return .success
        }
        let interactive = context.environment.stdinIsTerminal && !call.flag(.yes)
        let dryRun = call.flag(.dryRun)
        if interactive { Prompt.announce("review", "its questions are", context) }
        // Boxes ticked by hand in this period, dated from git and (if agreed) stamped first.
        let handTicks = try ReviewHandTicks.prepare(original, call, interactive: interactive, showing: interactive || !dryRun)
        let plan = handTicks.plan
        let schedule = try context.schedule(plan)
        let review = Review(schedule, log: Review.log(of: plan, schedule))
        let options = try ReviewOptions(call, review)

        let style = Style(color: context.usesColor)
        if interactive || !dryRun { ReviewReportText.render(review, style, context) }

        let answers: ReviewAnswers
        if interactive {
            answers = try ReviewQuestions.ask(review, options, style, context)
        } else {
            answers = call.flag(.yes) ? options.withDefaults : options.given
        }
        let outcome: ReviewOutcome
        do {
            outcome = try review.write(answers)
        } catch {
            throw .failure("\(plan.files[0].path): \(error.message)")
        }
        if dryRun {
            if interactive { call.console.print() }
            call.context.writeDiff(UnifiedDiff.render(try handTicks.placing(outcome.edits), in: original))
            return .success
        }
        if try handTicks.placing(outcome.edits).enumerated().allSatisfy({ $0.element.changeNothing(in: original.files[$0.offset].roadmap.bytes) }) {
            call.console.print()
            call.console.print("Nothing to change: the \(ReviewEntryText.month(outcome.draft)) review in \(plan.files[0].path) already says this.")
            return .success
        }
        // The edits, not the new bytes as one change: if a file was saved elsewhere while the
        // questions were open, each edit is re-applied where it now belongs.
        do {
            try context.save(try handTicks.placing(outcome.edits), in: original, force: call.flag(.force))
        } catch {
            guard interactive, case let .failure(message, details) = error else { throw error }
            // Answers typed at a terminal are not lost with the write: they are shown for a rerun.
            throw .failure(message, details: details + ["Your answers (not written):"] + answerLines(answers, review))
        }
        call.console.print()
        call.console.print(summary(outcome, answers, review))
        return .success
    }

    /// The answers as lines: `  Tick: Core practiced weekly`, `  Python: 45`, `  Note: Good month`.
    private static func answerLines(_ answers: ReviewAnswers, _ review: Review) -> [String] {
        let plan = review.plan
        var lines = answers.ticks.map { "  Tick: " + PlainText.of(plan.files[$0.file].roadmap.text(of: $0.goal, withoutDoneDate: true)) }
        lines += answers.dates.map { "  Date of \(review.title(of: $0)): \(review.today)" }
        lines += answers.adjustments.sorted { $0.key < $1.key }.map { "  Adjustments Needed for \(review.title(of: $0.key)): \($0.value)" }
        lines += answers.values.sorted { $0.key < $1.key }.map { "  \(review.metrics[$0.key].name): \($0.value)" }
        lines += answers.logOnly.map { "  \($0.name): \($0.value)" }
        if let note = answers.note { lines.append("  Note: " + note) }
        return lines
    }

    /// `Wrote the 2026-11 review to career-roadmap.md: 15/75 (20%), 2 goals completed, 3 metrics, a note.`
    private static func summary(_ outcome: ReviewOutcome, _ answers: ReviewAnswers, _ review: Review) -> String {
        let draft = outcome.draft
        let verb = outcome.replaced == nil ? "Wrote the \(ReviewEntryText.month(draft)) review to" : "Updated the \(ReviewEntryText.month(draft)) review in"
        var parts = ["\(draft.done)/\(draft.total) (\(draft.percent)%)", Count.of(draft.completed.count, "goal") + " completed"]
        if !draft.metrics.isEmpty { parts.append(Count.of(draft.metrics.count, "metric")) }
        if draft.note != nil { parts.append("a note") }
        var text = "\(verb) \(review.plan.files[0].path): " + parts.joined(separator: ", ") + "."
        var changes: [String] = []
        if !answers.ticks.isEmpty { changes.append("ticked " + Count.of(answers.ticks.count, "goal")) }
        let dated = answers.dates.filter(review.hasBlankDate)
        for ref in dated { changes.append("filled the Date of \(review.title(of: ref))") }
        for ref in answers.adjustments.keys.sorted() { changes.append("wrote the Adjustments Needed of \(review.title(of: ref))") }
        if outcome.cells > 0 { changes.append("set " + Count.of(outcome.cells, "metric cell")) }
        if !changes.isEmpty { text += "\nAlso " + changes.joined(separator: "; ") + "." }
        if let earlier = outcome.replaced { text += changed(from: earlier, to: draft).map { "\n  " + $0 }.joined() }
        return text
    }

    /// What a second review in a month changed in the month's entry: progress, each metric, the
    /// note (`Note: 'first pass' → 'first pass · second pass'`), so nothing is replaced unsaid.
    private static func changed(from earlier: ReviewEntry, to draft: ReviewDraft) -> [String] {
        var lines: [String] = []
        if earlier.done != draft.done || earlier.total != draft.total {
            lines.append("Progress: \(earlier.done.map(String.init) ?? "?")/\(earlier.total.map(String.init) ?? "?") → \(draft.done)/\(draft.total)")
        }
        for reading in draft.metrics {
            let before = earlier.metrics.first { $0.name.lowercased() == reading.name.lowercased() }?.value
            if before != reading.value { lines.append("\(reading.name): \(before ?? "–") → \(reading.value)") }
        }
        if earlier.note != draft.note {
            lines.append("Note: " + (earlier.note.map { "'\($0)'" } ?? "none") + " → " + (draft.note.map { "'\($0)'" } ?? "none"))
        }
        return lines
    }
}

/// Small wording shared by the review's screens.
enum ReviewEntryText {
    static func month(_ draft: ReviewDraft) -> String {
        String(draft.date.description.prefix(7))
    }
}
