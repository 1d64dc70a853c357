/// Finding goals across a plan's files from what a person types: an id (`#12`, `12`,
/// `phase-1-foundation:12`) or words, exactly as `GoalQuery` does in one file.
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
        let found = candidates.filter { files[$0.file].roadmap.matches(goal: $0.goal, &words) }
        switch found.count {
        case 1: return .match(found[0])
        case 0: return .none(suggestions: closest(to: wanted, among: candidates))
        default: return .ambiguous(found)
        }
    }

    /// "Did you mean", scored as `Suggestions` scores goals in one file.
    private func closest(to words: [String], among candidates: [GoalRef], limit: Int = 3) -> [GoalRef] {
        var work = 0
        return Suggestions.rank(words, count: candidates.count, limit: limit, work: &work) {
            files[candidates[$0].file].roadmap.text(of: candidates[$0].goal)
        }.map { candidates[$0] }
    }
}
