/// Finding goals across a plan's files from what a person types: an id (`#12`, `12`,
/// `phase-1-foundation:12`) or words, the words all found in a goal's
/// plain text, case-insensitively.
extension Plan {
    /// What a query found across the plan: one goal, several, none (with suggestions), or an id
    /// naming no goal or no file.
    public enum Match: Equatable, Sendable {
        case match(GoalRef)
        case ambiguous([GoalRef])
        /// No goal matched; the closest ones by words, best first.
        case none(suggestions: [GoalRef])
        case noSuchGoal(file: Int, number: Int)
        case noSuchFile(String)
    }

    public func resolve(_ query: GoalQuery) -> Match {
        var steps = 0
        return resolve(query, steps: &steps)
    }

    /// As `resolve(_:)`, adding to `steps` what its searches read (`QueryWords.steps`), so that a
    /// test can bound the work of a query without timing it.
    func resolve(_ query: GoalQuery, steps: inout Int) -> Match {
        if query.words.count == 1 {
            switch lookUp(id: query.words[0]) {
            case let .goal(ref): return .match(ref)
            case let .noSuchGoal(file, number): return .noSuchGoal(file: file, number: number)
            case let .noSuchFile(name): return .noSuchFile(name)
            case .notAnID: break
            }
        }
        let wanted = query.words.flatMap { PlainText.words($0) }.map(String.init)
        let candidates = goals(inSectionMatching: query.section)
        var words = QueryWords(wanted)
        defer { steps += words.steps }
        let found = candidates.filter { files[$0.file].roadmap.matches(goal: $0.goal, &words) }
        switch found.count {
        case 1: return .match(found[0])
        case 0: return .none(suggestions: closest(to: wanted, among: candidates, steps: &steps))
        default: return .ambiguous(found)
        }
    }

    /// "Did you mean": the closest candidates by words (`Suggestions`), best first.
    private func closest(to words: [String], among candidates: [GoalRef], limit: Int = 3, steps: inout Int) -> [GoalRef] {
        var work = 0
        return Suggestions.rank(words, count: candidates.count, limit: limit, work: &work, steps: &steps) {
            files[candidates[$0].file].roadmap.text(of: candidates[$0].goal)
        }.map { candidates[$0] }
    }
}
