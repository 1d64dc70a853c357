/// What the person decided in a review, whether asked on a terminal or given as options.
public struct ReviewAnswers: Equatable, Sendable {
    /// Goals to tick (checkpoint checklist items), dated today.
    public var ticks: [GoalRef] = []
    /// Checkpoints whose blank `**Date:**` gets today.
    public var dates: [PlanSchedule.Ref] = []
    /// Checkpoint → its new Adjustments Needed text.
    public var adjustments: [PlanSchedule.Ref: String] = [:]
    /// Index into `Review.metrics` → the value entered.
    public var values: [Int: String] = [:]
    /// Values of metrics the roadmap's tables do not have (only the log has them).
    public var logOnly: [ReviewEntry.Reading] = []
    /// A note for the entry; nil for none.
    public var note: String?
    /// Whether `note` is added to a note the month's entry already has, rather than replacing it:
    /// true for a note given as an option (`--note` twice in a month keeps both), false for one
    /// typed over the month's note shown as the answer in brackets.
    public var addsToNote = false

    /// Nothing decided yet.
    public init() {}
}

/// A review written out: the edits against each file as read (by file; the entry goes into the
/// root), and the root's bytes they give.
public struct ReviewOutcome: Sendable {
    /// The edits, one list per file of the plan (empty for a file not changed).
    public let edits: [[TextEdit]]
    /// The root's bytes with its edits applied.
    public let bytes: [UInt8]
    /// The entry written to the log.
    public let draft: ReviewDraft
    /// This month's entry, when the review updated it rather than adding one.
    public let replaced: ReviewEntry?
    /// Metric cells written in their tables.
    public let cells: Int
}

/// A review that cannot be written as asked (a value for a metric that is not there, say).
public struct ReviewWriteError: Error, Equatable, CustomStringConvertible {
    /// What is wrong, in one line.
    public let message: String
    /// The message.
    public var description: String { message }
}

extension Review {
    /// Applies the answers in two steps: first ticks, Dates, Adjustments and metric cells (edits
    /// the model already knows), then the log entry, which reports the progress those make. Both
    /// are edits of the bytes as read, so `--dry-run` shows one diff; the result is read back to
    /// check that the entry is where it should be and that no goal appeared or vanished.
    public func write(_ answers: ReviewAnswers) throws(ReviewWriteError) -> ReviewOutcome {
        var edits = [[TextEdit]](repeating: [], count: plan.files.count)
        for goal in answers.ticks {
            edits[goal.file] += plan.files[goal.file].roadmap.edits(setting: goal.goal, to: .done, doneDate: today)
        }
        for ref in answers.dates {
            let tracking = schedule.tracking(ref.file)
            if let field = tracking.checkpoints[ref.index].dateField, tracking.fields[field].isBlank {
                edits[ref.file] += tracking.edits(settingField: field, to: today.description)
            }
        }
        for (ref, text) in answers.adjustments.sorted(by: { $0.key < $1.key }) {
            let tracking = schedule.tracking(ref.file)
            guard let more = tracking.edits(settingAdjustmentsOf: tracking.checkpoints[ref.index], to: text) else {
                throw ReviewWriteError(message: "\(tracking.title(of: tracking.checkpoints[ref.index])) has no Adjustments Needed label to write under")
            }
            edits[ref.file] += more
        }
        var cells = 0
        for (index, typed) in answers.values.sorted(by: { $0.key < $1.key }) {
            let line = metrics[index]
            let tracking = schedule.tracking(line.file)
            let value = Review.value(typed, like: line.last)
            guard let column = tracking.tables[line.metric.table].currentColumn,
                  let more = tracking.edits(settingMetric: line.metric, column: column, to: value) else { continue }
            if !more.isEmpty { cells += 1 }
            edits[line.file] += more
        }
        var first: [[UInt8]] = []
        for file in plan.files.indices { first.append(try Review.applied(edits[file], to: plan.files[file].roadmap.bytes)) }
        let after = reread(first)
        let draft = self.draft(answers, after)

        let root = plan.root
        let entry = log.edits(writing: draft, in: root.bytes)
        edits[0] = Review.merged(edits[0] + entry)
        let bytes = try Review.applied(edits[0], to: root.bytes)

        let check = ReviewLog(Roadmap(parsing: bytes), metricNames: metrics.map(\.name))
        let written = check.entry(year: today.year, month: today.month)
        guard written?.done == draft.done, written?.total == draft.total, written?.note == draft.note,
              check.entries.count == log.entries.count + (thisMonth == nil ? 1 : 0),
              Roadmap(parsing: bytes).goals.count == root.goals.count else {
            throw ReviewWriteError(message: "the review entry would not read back as written; the file probably ends inside an unclosed code block or HTML block. Add a '## Review Log' heading where one can go and review again; nothing written")
        }
        return ReviewOutcome(edits: edits, bytes: bytes, draft: draft, replaced: thisMonth, cells: cells)
    }

    /// The plan again, each file read from the bytes given for it (the same files, linked the same way).
    private func reread(_ bytes: [[UInt8]]) -> PlanSchedule {
        return PlanSchedule(plan.reread(bytes), today: today, inheritedStart: schedule.files[0].tracking.start == nil ? schedule.start : nil)
    }

    /// The entry for the answers, read from the plan after the first step.
    private func draft(_ answers: ReviewAnswers, _ after: PlanSchedule) -> ReviewDraft {
        let recheck = Review(after, log: log)
        var readings: [ReviewEntry.Reading] = []
        for (index, line) in metrics.enumerated() {
            guard let answer = answers.values[index] else { continue }
            let typed = Review.value(answer, like: line.last)
            let tracking = after.tracking(line.file)
            // A skill score reads as its cell does (`___%` filled with 55 is `55%`).
            let value = line.hasCurrentColumn
                ? tracking.tables[line.metric.table].currentColumn.flatMap { tracking.cellText(of: line.metric, column: $0) } ?? typed
                : typed
            readings.append(ReviewEntry.Reading(name: line.name, value: value))
        }
        readings += answers.logOnly
        var sinceStart = false
        if case .start = baseline { sinceStart = true }
        let plan = after.plan
        var draft = ReviewDraft(date: today, done: recheck.now.done, total: recheck.now.total, since: baseline.date,
                                sinceStart: sinceStart,
                                completed: recheck.completed.map { plan.files[$0.file].roadmap.text(of: $0.goal, withoutDoneDate: true) },
                                metrics: readings, note: answers.note)
        if let thisMonth {
            draft.merge(thisMonth, in: self.plan.root.bytes, addingNote: answers.addsToNote)
            // The roadmap's order, whichever review recorded the value; names only the log has go last.
            let order = metrics.map { $0.name.lowercased() }
            draft.metrics = draft.metrics.enumerated().sorted { a, b in
                let ka = order.firstIndex(of: a.element.name.lowercased()) ?? order.count
                let kb = order.firstIndex(of: b.element.name.lowercased()) ?? order.count
                return ka != kb ? ka < kb : a.offset < b.offset
            }.map(\.element)
        }
        return draft
    }

    /// A bare number typed for a metric written as a percent (`55` for `40%`) is a percent too.
    public static func value(_ typed: String, like last: String?) -> String {
        guard let last, last.hasSuffix("%"), !typed.isEmpty,
              typed.utf8.allSatisfy({ ASCII.isDigit($0) || $0 == ASCII.dot }) else { return typed }
        return typed + "%"
    }

    /// Edits that touch (an insertion at the end of the file right after another) become one, in
    /// order, so applying them does not depend on how equal positions sort.
    static func merged(_ edits: [TextEdit]) -> [TextEdit] {
        let sorted = edits.enumerated().sorted { a, b in
            a.element.range.lowerBound != b.element.range.lowerBound
                ? a.element.range.lowerBound < b.element.range.lowerBound : a.offset < b.offset
        }.map(\.element)
        var result: [TextEdit] = []
        for edit in sorted {
            if let last = result.last, last.range.upperBound == edit.range.lowerBound, edit.range.isEmpty || last.range.isEmpty {
                result[result.count - 1] = TextEdit(range: last.range.lowerBound..<edit.range.upperBound,
                                                    replacement: last.replacement + edit.replacement)
            } else {
                result.append(edit)
            }
        }
        return result
    }

    static func applied(_ edits: [TextEdit], to bytes: [UInt8]) throws(ReviewWriteError) -> [UInt8] {
        let sorted = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.range.upperBound > b.range.lowerBound {
            throw ReviewWriteError(message: "two changes of this review would overlap; nothing written")
        }
        return edits.applied(to: bytes)
    }
}
