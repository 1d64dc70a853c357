/// Finding goals across a plan's files from what a person types: an id (`#12`, `12`,
/// `phase-1-foundation:12`) or words, exactly as `GoalQuery` does in one file.
extension Plan {
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
        let found = candidates.filter { files[$0.file].roadmap.matches(goal: $0.goal, words: wanted) }
        switch found.count {
        case 1: return .match(found[0])
        case 0: return .none(suggestions: closest(to: wanted, among: candidates))
        default: return .ambiguous(found)
        }
    }

    /// "Did you mean", scored as `Suggestions` scores goals in one file.
    private func closest(to words: [String], among candidates: [GoalRef], limit: Int = 3) -> [GoalRef] {
        guard !words.isEmpty else { return [] }
        var scored: [(ref: GoalRef, order: Int, score: Int)] = []
        for (order, ref) in candidates.enumerated() {
            let goalWords = PlainText.words(files[ref.file].roadmap.text(of: ref.goal)).map(String.init)
            var score = 0
            for word in words {
                if goalWords.contains(where: { $0.contains(word) }) {
                    score += 3
                } else if goalWords.contains(where: { Suggestions.isClose(word, $0) }) {
                    score += 2
                }
            }
            if score > 0 { scored.append((ref, order, score)) }
        }
        return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }.prefix(limit).map(\.ref)
    }
}
