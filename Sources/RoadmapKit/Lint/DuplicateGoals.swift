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
                found.append(LintFinding(line: goal.line, kind: .duplicateGoal,
                                         message: "\(input.quoted(goal: index)) is also the goal on line \(roadmap.goals[first].line)"))
            } else {
                seen[key] = index
            }
        }
        return found
    }
}
