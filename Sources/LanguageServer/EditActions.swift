import JSONRPC
import JSONText
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
    /// A client that resolves edits gets the action without its edit, offered for one goal.
    public static func subGoal(_ analysis: DocumentAnalysis, lines: ClosedRange<Int>, editForm: EditForm) -> [CodeAction] {
        let goals = GoalChanges.goals(analysis, lines: lines)
        if editForm.resolvesEdits {
            guard goals.count == 1 else { return [] }
            return [CodeAction(title: "Add a sub-goal", kind: .refactorRewrite, data: data(analysis, .subGoal, lines))]
        }
        guard goals.count == 1, let addition = analysis.roadmap.addition(of: placeholder, at: .under(goal: goals[0])) else { return [] }
        return [CodeAction(title: "Add a sub-goal", kind: .refactorRewrite, edit: editForm.edit(analysis, analysis.clientEdits(addition.edits)))]
    }

    /// "Turn this bullet into a goal" (or "Turn N bullets into goals") for the list items on the
    /// lines that `roadmap adopt` would box: under a heading that names goals, milestones, phases…
    /// (`Adoption.keywords`) or a period of the plan. Offered in a file without goals too, since
    /// that is the file adopt is for; the adoption is only computed when a line could be a bullet.
    /// A client that resolves edits gets the action without its edit, offered from the headings
    /// alone (`Adoption.isGoalLike`) and titled by the lines that look like bullets; resolving it
    /// computes the adoption (a list the command leaves alone, fields, then has nothing to box).
    public static func adoption(_ analysis: DocumentAnalysis, lines: ClosedRange<Int>, editForm: EditForm) -> [CodeAction] {
        if editForm.resolvesEdits {
            let sections = analysis.roadmap.sections
            let bullets = lines.filter { line in
                guard mayStartListItem(analysis, line: line) else { return false }
                let section = sections.lastIndex { $0.line <= line } ?? 0
                return Adoption.isGoalLike(analysis.roadmap, section: section)
            }
            guard !bullets.isEmpty else { return [] }
            return [CodeAction(title: adoptionTitle(bullets.count), kind: .refactorRewrite, data: data(analysis, .adopt, lines))]
        }
        guard lines.contains(where: { mayStartListItem(analysis, line: $0) }) else { return [] }
        let adoption = analysis.plan.adoption(names: []).files[0]
        let chosen = adoption.items.indices.filter { lines.contains(adoption.items[$0].line) }
        guard !chosen.isEmpty else { return [] }
        return [CodeAction(title: adoptionTitle(chosen.count), kind: .refactorRewrite, edit: editForm.edit(analysis, analysis.clientEdits(chosen.map { adoption.edits[$0] })))]
    }

    static func adoptionTitle(_ count: Int) -> String {
        count == 1 ? "Turn this bullet into a goal" : "Turn \(count) bullets into goals"
    }

    /// The actions whose edit is left to `codeAction/resolve`.
    enum Deferred: String {
        case subGoal, adopt
    }

    /// What the client keeps for `codeAction/resolve`: the document, its version, the action and
    /// the lines it was asked for.
    static func data(_ analysis: DocumentAnalysis, _ action: Deferred, _ lines: ClosedRange<Int>) -> JSONValue {
        ["uri": .string(analysis.uri), "version": .number(JSONNumber(analysis.version)), "action": .string(action.rawValue),
         "lines": [.number(JSONNumber(lines.lowerBound)), .number(JSONNumber(lines.upperBound))]]
    }

    /// `codeAction/resolve`: the action with the edit it would have had at once, worked out for
    /// the version it was offered on. A document changed since is `ContentModified` (its lines
    /// may hold something else now); lines that no longer give the action are `RequestFailed`.
    static func resolve(_ action: CodeAction, _ state: inout ServerState) throws(ResponseError) -> JSONValue {
        guard let data = action.data, let uri = data["uri"]?.string, let version = data["version"]?.int,
              let kind = data["action"]?.string.flatMap(Deferred.init(rawValue:)),
              let first = data["lines"]?.array?.first?.int, let last = data["lines"]?.array?.last?.int, first >= 1, first <= last else {
            throw ResponseError(.invalidParams, "Invalid params: the code action's data is not one this server gave")
        }
        let analysis = try state.analysis(of: uri)
        guard analysis.version == version else {
            throw ResponseError(.contentModified, "\(uri) changed since the action was offered; ask for the actions again")
        }
        var form = EditForm(state.client)
        form.resolvesEdits = false
        let lines = first...last
        let found = switch kind {
        case .subGoal: subGoal(analysis, lines: lines, editForm: form)
        case .adopt: adoption(analysis, lines: lines, editForm: form)
        }
        guard let edit = found.first?.edit else {
            throw ResponseError(.requestFailed, "'\(action.title)' changes nothing on these lines")
        }
        var resolved = action
        resolved.edit = edit
        return resolved.json
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
