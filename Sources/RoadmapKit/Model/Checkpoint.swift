/// A checkpoint section: `### 3-Month Checkpoint`, `## Checkpoint: AI Tools Integration`,
/// `### 6-Month Review`, `#### Q1 Review: ...`. It has a `**Date:**` field (filled when the
/// checkpoint is held), a `**Completed:**` checklist and an `**Adjustments Needed:**` text.
public struct Checkpoint: Equatable, Sendable {
    public let sectionIndex: Int
    /// The heading's line.
    public let line: Int
    public let titleRange: Range<Int>
    /// The period in the title (`3-Month` is month 3); nil for `Checkpoint: Topic`.
    public let horizon: Horizon?
    /// Its `**Date:**` field, an index into `Tracking.fields`.
    public let dateField: Int?
    /// The goals of its Completed checklist (all goals in the section when there is no such label).
    public let goals: Range<Int>
    /// Its `**Adjustments Needed:**` label, an index into `Tracking.titles`.
    public let adjustmentsTitle: Int?

    /// Whether a heading's text names a checkpoint: the word `checkpoint` (not `checkpoints`,
    /// which heads a list of them), or a period with `review`, `assessment`, `evaluation`,
    /// `check-in` or `milestone`.
    static func isCheckpoint(_ title: String, horizon: Horizon?) -> Bool {
        let words = title.lowercased().split { !($0.isLetter || $0 == "-") }
        if words.contains("checkpoint") { return true }
        guard horizon != nil else { return false }
        return words.contains { ["review", "assessment", "evaluation", "check-in", "milestone"].contains($0) }
    }
}

extension Tracking {
    /// Finds the checkpoint sections and what they hold.
    static func checkpoints(_ roadmap: Roadmap, _ fields: [Field], _ titles: [BoldTitle], _ horizons: [Horizon?]) -> [Checkpoint] {
        let sections = roadmap.sections
        var result: [Checkpoint] = []
        for index in sections.indices.dropFirst() {
            let section = sections[index]
            let heading = PlainText.of(roadmap.text(section.titleRange))
            guard Checkpoint.isCheckpoint(heading, horizon: horizons[index]) else { continue }
            var end = index + 1
            while end < sections.count && sections[end].level > section.level { end += 1 }
            let within = index..<end
            let endLine = end < sections.count ? sections[end].line : Int.max
            let dateField = fields.firstIndex {
                within.contains($0.sectionIndex) && PlainText.of(roadmap.text($0.labelRange)).lowercased() == "date"
            }
            let inside = titles.indices.filter { within.contains(titles[$0].sectionIndex) }
            func titled(_ prefix: String) -> Int? {
                inside.first { PlainText.of(roadmap.text(titles[$0].textRange)).lowercased().hasPrefix(prefix) }
            }
            var goals = roadmap.goals(onLines: (section.line + 1)..<endLine)
            if let completed = titled("completed") {
                goals = roadmap.goals(onLines: (titles[completed].line + 1)..<(titles[completed].lastLine + 1))
            }
            result.append(Checkpoint(sectionIndex: index, line: section.line, titleRange: section.titleRange,
                                     horizon: horizons[index], dateField: dateField, goals: goals,
                                     adjustmentsTitle: titled("adjustment")))
        }
        return result
    }
}

extension Roadmap {
    /// Indices of the goals whose first line is in `lines` (goals are in line order).
    func goals(onLines lines: Range<Int>) -> Range<Int> {
        func firstGoal(atOrAfter line: Int) -> Int {
            var low = 0, high = goals.count
            while low < high {
                let mid = (low + high) / 2
                if goals[mid].line < line { low = mid + 1 } else { high = mid }
            }
            return low
        }
        let lower = firstGoal(atOrAfter: lines.lowerBound)
        return lower..<max(lower, firstGoal(atOrAfter: lines.upperBound))
    }
}
