/// Two goals with the same text in one list: usually pasted twice. The same goal in two lists
/// (`Write the README` under each project, `Security Contexts` on two days) is fine.
enum DuplicateGoals {
    static func findings(_ input: LintInput) -> [LintFinding] {
        let roadmap = input.roadmap
        let lists = ListMembership(roadmap.lineFacts)
        var seen: [String: Int] = [:]
        var found: [LintFinding] = []
        for index in roadmap.goals.indices {
            let goal = roadmap.goals[index]
            let text = PlainText.of(roadmap.text(of: index, withoutDoneDate: true)).lowercased()
            guard !text.isEmpty, let list = lists.list(ofLine: goal.line - 1) else { continue }
            let key = "\(list) \(text)"
            if let first = seen[key] {
                let reference = LintFinding.LineReference(prefix: "\(input.quoted(goal: index)) is also the goal on line ",
                                                          line: roadmap.goals[first].line)
                found.append(LintFinding(line: goal.line, kind: .duplicateGoal,
                                         message: reference.prefix + String(reference.line), reference: reference))
            } else {
                seen[key] = index
            }
        }
        return found
    }
}
