/// What the review's questions are about, and what it records when nobody answers them (`--yes`,
/// or an editor's "write this month's review"): the rules `review` asks by, in one place.
extension Review {
    /// A metric a name given for the review (`--metric NAME=VALUE`) names.
    public enum MetricNaming: Equatable, Sendable {
        /// One metric of the roadmap's tables: its index in `metrics`.
        case table(Int)
        /// Several: their indices in `metrics`, and every metric the name matched.
        case several([Int], [MetricRef])
        /// No table has it, but the log records a metric of that name (as the log spells it).
        case logOnly(String)
        /// Neither.
        case none
    }

    /// A checkpoint's title, with its file when it is not the root.
    public func title(of ref: PlanSchedule.Ref) -> String {
        let tracking = schedule.tracking(ref.file)
        let title = tracking.title(of: tracking.checkpoints[ref.index])
        return ref.file == 0 ? title : "\(title) (\(plan.files[ref.file].path))"
    }

    /// Whether a checkpoint has a `**Date:**` still blank: the one a review can fill with today.
    public func hasBlankDate(_ ref: PlanSchedule.Ref) -> Bool {
        let tracking = schedule.tracking(ref.file)
        return tracking.checkpoints[ref.index].dateField.map { tracking.fields[$0].isBlank } ?? false
    }

    /// A due checkpoint is held at the review that finds it due; one due later is not held early.
    public func fillsDateByDefault(_ ref: PlanSchedule.Ref) -> Bool {
        guard hasBlankDate(ref), let due = schedule.due(of: ref) else { return false }
        return due <= today
    }

    /// A checkpoint's checklist items still open (neither done nor cancelled): those a review can tick.
    public func openItems(of ref: PlanSchedule.Ref) -> [GoalRef] {
        let tracking = schedule.tracking(ref.file)
        return tracking.checkpoints[ref.index].goals
            .filter { ![.done, .cancelled].contains(tracking.roadmap.goals[$0].state) }
            .map { GoalRef(file: ref.file, goal: $0) }
    }

    /// The checkpoint Adjustments Needed text given without a question goes to: the first one due.
    public var adjustable: PlanSchedule.Ref? { checkpoints.first }

    /// `given`, and the default answer to every question it leaves open: the blank Date of a
    /// checkpoint due by today becomes today; a metric keeps its last value; nothing is ticked.
    public func withDefaults(_ given: ReviewAnswers) -> ReviewAnswers {
        var answers = given
        for ref in checkpoints where fillsDateByDefault(ref) { answers.dates.append(ref) }
        for (index, line) in metrics.enumerated() where answers.values[index] == nil {
            if let last = line.last { answers.values[index] = last }
        }
        return answers
    }

    /// The metric `name` names: one of the roadmap's tables (equal names first, then names holding
    /// every word; a path `Section > Name` narrows), else a name the log already records, newest first.
    public func metric(named name: String) -> MetricNaming {
        let found = PlanLabels(schedule).metrics(LabelQuery(name))
        let indices = found.compactMap { ref in metrics.firstIndex { $0.ref == ref } }
        if indices.count == 1 { return .table(indices[0]) }
        if indices.count > 1 { return .several(indices, found) }
        let wanted = PlainText.of(name).trimmingSpaces.lowercased()
        for entry in log.chronological.reversed() {
            if let reading = entry.metrics.last(where: { $0.name.lowercased() == wanted }) { return .logOnly(reading.name) }
        }
        return .none
    }
}
