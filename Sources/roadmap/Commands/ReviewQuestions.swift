import RoadmapKit

/// The review's questions on a terminal, one at a time, each with its default in brackets (Enter
/// keeps it): for each due checkpoint, tick its open items, fill its Date, write its Adjustments
/// Needed; then each metric; then a note. End of input (Ctrl-D) stops with nothing written, as
/// Ctrl-C does by ending the process: nothing is written until every answer is in.
enum ReviewQuestions {
    static func ask(_ review: Review, _ options: ReviewOptions, _ style: Style, _ context: Context) throws(CLIError) -> ReviewAnswers {
        var answers = options.given
        Prompt.say("", context)
        Prompt.say(style.bold("Questions") + style.dim("  (Enter keeps the answer in brackets; Ctrl-C stops with nothing written)"), context)

        for ref in review.checkpoints {
            let tracking = review.schedule.tracking(ref.file)
            let roadmap = tracking.roadmap
            let checkpoint = tracking.checkpoints[ref.index]
            let title = review.title(of: ref)
            for goal in review.openItems(of: ref) {
                let text = Columns.truncate(PlainText.of(roadmap.text(of: goal.goal)), to: 60)
                if try yes("Tick '\(text)'?", default: false, context) { answers.ticks.append(goal) }
            }
            if review.hasBlankDate(ref),
               try yes("Fill the Date of \(title) with \(review.today)?", default: review.fillsDateByDefault(ref), context) {
                answers.dates.append(ref)
            }
            if checkpoint.adjustmentsTitle != nil {
                let given = answers.adjustments[ref]
                let existing = tracking.adjustments(of: checkpoint)
                let shown = given ?? existing.map { firstLine($0) }
                if let typed = try text("Adjustments Needed for \(title)", shown, context), typed != shown {
                    answers.adjustments[ref] = typed
                }
            }
        }

        if !review.metrics.isEmpty {
            Prompt.say(style.dim("Metrics: the new value, or Enter to keep the one in brackets."), context)
        }
        for (index, line) in review.metrics.enumerated() {
            var question = "  " + line.name
            if let target = line.target { question += style.dim(" (target \(target))") }
            if let value = try text(question, answers.values[index] ?? line.last, context, naming: line.name) { answers.values[index] = value }
        }
        for reading in answers.logOnly {
            Prompt.say(style.dim("  \(reading.name): \(reading.value) (from --metric)"), context)
        }
        // What is typed over the note in brackets replaces it; Enter keeps it (and --note's adding).
        let shownNote = answers.note ?? review.thisMonth?.note
        let note = try text("Note", shownNote, context)
        if note != shownNote { answers.addsToNote = false }
        answers.note = note
        return answers
    }

    /// The first line of a longer text, marked as cut.
    private static func firstLine(_ text: String) -> String {
        let lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        guard let first = lines.first else { return text }
        let shown = Columns.truncate(String(first).trimmingSpaces, to: 50)
        return lines.count > 1 && !shown.hasSuffix("…") ? shown + " …" : shown
    }

    /// A yes/no question; anything else is asked again.
    static func yes(_ question: String, default value: Bool, _ context: Context) throws(CLIError) -> Bool {
        while true {
            let typed = try line(question + (value ? " [Y/n]" : " [y/N]") + ": ", question, context).lowercased()
            if typed.isEmpty { return value }
            if ["y", "yes"].contains(typed) { return true }
            if ["n", "no"].contains(typed) { return false }
            Prompt.say("  Answer y or n.", context)
        }
    }

    /// A line of text: the typed text, else the default; nil when both are empty.
    private static func text(_ question: String, _ value: String?, _ context: Context, naming: String? = nil) throws(CLIError) -> String? {
        let typed = try line(question + (value.map { " [\($0)]" } ?? "") + ": ", naming ?? question, context)
        return typed.isEmpty ? value : typed
    }

    private static func line(_ prompt: String, _ question: String, _ context: Context) throws(CLIError) -> String {
        guard let line = Prompt.read(prompt, context) else {
            throw .failure("review: stopped at '\(PlainText.of(question).trimmingSpaces)' (end of input); nothing written")
        }
        return line.trimmingSpaces
    }
}
