/// What a review writes into the log, and the one place the entry's markdown is spelled out:
///
///     ### 2026-11 review (2026-11-22)
///
///     - Progress: 15/75 (20%)
///     - Completed since 2026-10-20: 2 goals
///       - Roll a new image out, then roll it back
///       - Package one tool with a `pyproject.toml` so it installs with `pip`
///     - Metrics:
///       - Python and scripting: 55%
///       - GitHub contributions: 260
///     - Note: Terraform can wait; Kubernetes first.
///
/// Plain list items, so GitHub and any editor show it as written, and no checkbox, field blank or
/// table header that the rest of the model would count.
public struct ReviewDraft: Equatable, Sendable {
    /// The day of the review.
    public var date: CivilDate
    /// Goals done.
    public var done: Int
    /// Goals counted.
    public var total: Int
    /// Where "completed" counts from; nil when there is neither an earlier review nor a start date.
    public var since: CivilDate?
    /// `since` is the start date, not an earlier review.
    package var sinceStart: Bool
    /// The goals completed since, as their text.
    public var completed: [String]
    /// The metrics' values as the person gave them.
    public var metrics: [ReviewEntry.Reading]
    /// The person's note; nil for none.
    public var note: String?
    /// Hand-written blocks of the entry this one replaces, kept verbatim.
    package var kept: [[[UInt8]]] = []

    /// A draft from its parts.
    public init(date: CivilDate, done: Int, total: Int, since: CivilDate?, sinceStart: Bool, completed: [String],
                metrics: [ReviewEntry.Reading], note: String?) {
        self.date = date
        self.done = done
        self.total = total
        self.since = since
        self.sinceStart = sinceStart
        self.completed = completed
        self.metrics = metrics
        self.note = note
    }

    /// `done` as a whole percent of `total`; 0 without goals.
    public var percent: Int { total == 0 ? 0 : done * 100 / total }

    /// Folds in the entry of the same month this draft replaces: metrics recorded there and not
    /// now, its note unless there is a new one (with `addingNote`, the new one after it, once),
    /// and its hand-written lines.
    package mutating func merge(_ earlier: ReviewEntry, in bytes: [UInt8], addingNote: Bool = false) {
        let names = Set(metrics.map { $0.name.lowercased() })
        metrics += earlier.metrics.filter { !names.contains($0.name.lowercased()) }
        if let old = earlier.note, let new = note, addingNote {
            let notes = old.split(separator: "·").map { String($0).trimmingSpaces }
            note = notes.contains(new) ? old : old + Self.noteSeparator + new
        }
        if note == nil { note = earlier.note }
        kept = earlier.otherLines.map { block in block.map { Array(bytes[$0]) } }
    }

    /// Between notes added to one month's entry by reviews that each gave one.
    public static let noteSeparator = " · "

    /// The entry's lines, without endings.
    public func lines(level: Int) -> [[UInt8]] {
        var lines: [String] = []
        let month = ReviewEntry.monthText(date.year, date.month)
        lines.append(String(repeating: "#", count: min(6, max(1, level))) + " \(month) review (\(date))")
        lines.append("")
        lines.append("- Progress: \(done)/\(total) (\(percent)%)")
        let count = completed.isEmpty ? "none" : completed.count == 1 ? "1 goal" : "\(completed.count) goals"
        switch (since, sinceStart) {
        case let (since?, true): lines.append("- Completed since the start, \(since): \(count)")
        case let (since?, false): lines.append("- Completed since \(since): \(count)")
        case (nil, _): lines.append("- Completed: \(count)")
        }
        lines += completed.map { "  - " + $0 }
        if !metrics.isEmpty {
            lines.append("- Metrics:")
            lines += metrics.map { "  - \($0.name): \($0.value)" }
        }
        if let note { lines.append("- Note: " + note) }
        var result = lines.map { Array($0.utf8) }
        for block in kept {
            // A hand-written paragraph after the list needs its blank line, or it would continue the last item.
            if let first = block.first, !ReviewDraft.isItem(first) { result.append([]) }
            result += block
        }
        return result
    }

    private static func isItem(_ line: [UInt8]) -> Bool {
        var i = 0
        while i < line.count && ASCII.isSpaceOrTab(line[i]) { i += 1 }
        return i < line.count && ReviewEntryReader.bulletText(line, i, line.count) != nil
    }
}
