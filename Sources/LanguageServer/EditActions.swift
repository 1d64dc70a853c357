import LanguageServerProtocol
import RoadmapKit

/// Code actions that write what `roadmap add --under`, `roadmap adopt` and `roadmap select` write,
/// each through the library call its command makes, so the bytes after applying one are the
/// command line's: a sub-goal under the one goal of the lines, the plain bullets of the lines
/// made goals, and one action per option of a choice on the lines.
public enum EditActions {
    /// The text of a sub-goal added from the editor. A code action cannot ask for text (LSP 3.17
    /// has no prompt, and a `WorkspaceEdit` cannot select what it wrote), so the line is written
    /// as `roadmap add 'New goal' --under N` writes it and the person types over the words.
    public static let placeholder = "New goal"

    /// "Add a sub-goal" when the lines hold exactly one goal (several have no one parent to add
    /// under); none when the new line would not read as its sub-goal (`Roadmap.addition`).
    public static func subGoal(_ analysis: DocumentAnalysis, lines: ClosedRange<Int>, editForm: EditForm) -> [CodeAction] {
        let goals = GoalChanges.goals(analysis, lines: lines)
        guard goals.count == 1, let addition = analysis.roadmap.addition(of: placeholder, at: .under(goal: goals[0])) else { return [] }
        return [CodeAction(title: "Add a sub-goal", kind: .refactorRewrite, edit: editForm.edit(analysis, analysis.clientEdits(addition.edits)))]
    }

    /// "Turn this bullet into a goal" (or "Turn N bullets into goals") for the list items on the
    /// lines that `roadmap adopt` would box: under a heading that names goals, milestones, phases…
    /// (`Adoption.keywords`) or a period of the plan. Offered in a file without goals too, since
    /// that is the file adopt is for; the adoption is only computed when a line could be a bullet.
    public static func adoption(_ analysis: DocumentAnalysis, lines: ClosedRange<Int>, editForm: EditForm) -> [CodeAction] {
        guard lines.contains(where: { mayStartListItem(analysis, line: $0) }) else { return [] }
        let adoption = analysis.plan.adoption(names: []).files[0]
        let chosen = adoption.items.indices.filter { lines.contains(adoption.items[$0].line) }
        guard !chosen.isEmpty else { return [] }
        let title = chosen.count == 1 ? "Turn this bullet into a goal" : "Turn \(chosen.count) bullets into goals"
        return [CodeAction(title: title, kind: .refactorRewrite, edit: editForm.edit(analysis, analysis.clientEdits(chosen.map { adoption.edits[$0] })))]
    }

    /// "Choose OPTION" for each option of each choice on the lines (its label's line or an
    /// option's), leaving out the option already chosen alone (select would change nothing).
    public static func choices(_ analysis: DocumentAnalysis, lines: ClosedRange<Int>, editForm: EditForm) -> [CodeAction] {
        let tracking = analysis.tracking
        return tracking.groups.filter { group in
            lines.contains(group.line) || group.options.contains { lines.contains(analysis.line(ofOffset: $0.textRange.lowerBound)) }
        }.flatMap { group in
            group.options.indices.compactMap { option -> CodeAction? in
                let edits = tracking.edits(selecting: option, in: group)
                guard !edits.isEmpty else { return nil }
                return CodeAction(title: "Choose \(tracking.text(of: group.options[option]))", kind: .refactorRewrite,
                                  edit: editForm.edit(analysis, analysis.clientEdits(edits)))
            }
        }
    }

    /// Whether 1-based `line` begins, after its indentation, with a list marker (`-`, `*`, `+`, or
    /// digits and `.` or `)`) and a space, and no box follows: a cheap test before the adoption's
    /// parse, which decides.
    static func mayStartListItem(_ analysis: DocumentAnalysis, line: Int) -> Bool {
        let mapper = analysis.mapper
        guard line >= 1 && line <= mapper.lineCount else { return false }
        let bytes = mapper.bytes
        var i = mapper.lineStarts[line - 1]
        let end = mapper.lineEnd(line - 1)
        while i < end && (bytes[i] == ASCII.space || bytes[i] == ASCII.tab) { i += 1 }
        guard i < end else { return false }
        var j = i
        if bytes[i] == ASCII.minus || bytes[i] == ASCII.star || bytes[i] == ASCII.plus {
            j += 1
        } else {
            while j < end && bytes[j] >= ASCII.zero && bytes[j] <= ASCII.zero + 9 { j += 1 }
            guard j > i, j < end, bytes[j] == ASCII.dot || bytes[j] == ASCII.rightParen else { return false }
            j += 1
        }
        guard j < end, bytes[j] == ASCII.space || bytes[j] == ASCII.tab else { return false }
        while j < end && (bytes[j] == ASCII.space || bytes[j] == ASCII.tab) { j += 1 }
        // A goal's line (`- [ ] x`) is no bullet to adopt: most lines asked about are goals', and
        // they should not cost the adoption's parse.
        return !(j + 2 < end && bytes[j] == ASCII.leftBracket && bytes[j + 2] == ASCII.rightBracket)
    }
}
