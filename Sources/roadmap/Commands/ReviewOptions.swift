import RoadmapKit

/// The review's options, checked against the roadmap before anything is asked or written: every
/// `--metric` names one metric, and `--adjust` has a due checkpoint to go to.
struct ReviewOptions {
    /// What the options answer, and nothing else.
    let given: ReviewAnswers
    /// The checkpoint `--adjust` writes to: the first one due.
    let adjusted: PlanSchedule.Ref?
    let review: Review

    init(_ call: Invocation<ReviewCommand>, _ review: Review) throws(CLIError) {
        let root = review.plan.files[0].path
        self.review = review
        let command = ReviewCommand.spec.name
        var answers = ReviewAnswers()
        answers.note = try InitAnswers.line(call.value(.note), option: "note", command: command)
        answers.addsToNote = answers.note != nil
        for pair in call.values(.metric) {
            guard let eq = pair.firstIndex(of: "="), !pair[..<eq].trimmingSpaces.isEmpty else {
                throw .usage("--metric takes NAME=VALUE, not '\(pair)'", command: command)
            }
            let name = String(pair[..<eq])
            guard let value = try InitAnswers.line(String(pair[pair.index(after: eq)...]), option: "metric", command: command) else {
                throw .usage("--metric \(name) has no value", command: command)
            }
            switch try Self.metric(named: name, review) {
            case let .table(index): answers.values[index] = value
            case let .logOnly(logged):
                answers.logOnly.removeAll { $0.name == logged }
                answers.logOnly.append(ReviewEntry.Reading(name: logged, value: value))
            }
        }
        adjusted = review.adjustable
        if let text = try InitAnswers.line(call.value(.adjust), option: "adjust", command: command) {
            guard let checkpoint = adjusted else {
                throw .failure("\(root): no checkpoint is due by \(review.today.adding(days: Review.window)), so --adjust has nowhere to go (see 'roadmap next'); nothing written")
            }
            let tracking = review.schedule.tracking(checkpoint.file)
            guard tracking.checkpoints[checkpoint.index].adjustmentsTitle != nil else {
                throw .failure("\(review.plan.files[checkpoint.file].path):\(tracking.checkpoints[checkpoint.index].line): \(tracking.title(of: tracking.checkpoints[checkpoint.index])) has no **Adjustments Needed:** label for --adjust; nothing written")
            }
            answers.adjustments[checkpoint] = text
        }
        given = answers
    }

    /// The options, and the default answer to every question they leave open (`Review.withDefaults`).
    var withDefaults: ReviewAnswers { review.withDefaults(given) }

    enum Named { case table(Int), logOnly(String) }

    /// A metric of the roadmap's tables (equal names first, then names holding every word; a
    /// path `Section > Name` narrows), else a name the log already records.
    static func metric(named name: String, _ review: Review) throws(CLIError) -> Named {
        let root = review.plan.files[0].path
        switch review.metric(named: name) {
        case let .table(index): return .table(index)
        case let .logOnly(logged): return .logOnly(logged)
        case let .several(indices, found):
            let first = review.metrics[indices[0]]
            let tracking = review.schedule.tracking(first.file)
            let example = tracking.sectionTitle(tracking.tables[first.metric.table].sectionIndex) + " › " + tracking.name(of: first.metric)
            throw .failure("\(root): '\(name)' names \(indices.count) metrics; say which with a path like \(TrackingText.quoted(example)):",
                           details: found.map { TrackingText.candidate(metric: $0, review.schedule) })
        case .none: break
        }
        let names = review.metrics.map(\.name)
        let hint = Closeness.closest(name, among: names).map { " (did you mean '\($0)'?)" } ?? ""
        throw .failure("\(root): no metric named '\(name)'\(hint)",
                       details: names.isEmpty ? ["The roadmap has no metric tables."] : ["Metrics: " + names.joined(separator: ", ")])
    }
}
