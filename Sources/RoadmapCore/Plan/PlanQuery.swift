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

        /// What an id lookup found, or nil when the word is not an id.
        init?(_ lookup: IDLookup) {
            switch lookup {
            case let .goal(ref): self = .match(ref)
            case let .noSuchGoal(file, number): self = .noSuchGoal(file: file, number: number)
            case let .noSuchFile(name): self = .noSuchFile(name)
            case .notAnID: return nil
            }
        }
    }

    /// What `query` names: the goal of an id (section or not), else the goals its words match
    /// under `query.section`.
    public func resolve(_ query: GoalQuery) -> Match {
        var steps = 0
        return resolve(query, steps: &steps)
    }

    /// As `resolve(_:)`, adding to `steps` what its searches read (`QueryWords.steps`), so that a
    /// test can bound the work of a query without timing it.
    func resolve(_ query: GoalQuery, steps: inout Int) -> Match {
        if query.words.count == 1, let match = Match(lookUp(id: query.words[0])) { return match }
        return matching(query, steps: &steps)
    }

    /// The goals a query names, in the order named, each once: `words` all ids (`12`, `#4`,
    /// `p1:3`, after `GoalIDs.expanded`) name a goal each, whatever `section` says; otherwise the
    /// words together name the one goal under `section` whose text holds them all. Each word is
    /// looked up as an id once.
    ///
    /// When words fit several goals, a goal whose whole text is the words is the one meant; else,
    /// with `changeable`, only the goals it accepts count (those the command can change: `check
    /// kubernetes` does not mean the goal already done), and when one is left it is the one meant.
    public func goals(named words: [String], section: String?, changeable: ((GoalRef) -> Bool)? = nil) throws(GoalQueryError) -> [GoalRef] {
        var lookUps = 0
        return try goals(named: words, section: section, changeable: changeable, lookUps: &lookUps)
    }

    /// As `goals(named:section:changeable:)`, counting in `lookUps` the words looked up as ids.
    func goals(named words: [String], section: String?, changeable: ((GoalRef) -> Bool)? = nil, lookUps: inout Int) throws(GoalQueryError) -> [GoalRef] {
        lookUps += words.count
        let ids = words.map { Match(lookUp(id: $0)) }
        var steps = 0
        let found: [(words: [String], match: Match)] = ids.allSatisfy { $0 != nil }
            ? zip(words, ids).map { ([$0], $1!) }
            : [(words, narrowed(matching(GoalQuery(words, section: section), steps: &steps), words, changeable))]
        var result: [GoalRef] = []
        for (typed, match) in found {
            switch match {
            case let .match(ref):
                if !result.contains(ref) { result.append(ref) }
            case let .noSuchGoal(file, number):
                throw .noSuchGoal(GoalRef(file: file, goal: number - 1), count: files[file].roadmap.goals.count)
            case let .noSuchFile(name):
                throw .noSuchFile(name, keys: files.dropFirst().map(\.key))
            case let .ambiguous(refs):
                throw .ambiguous(typed.joined(separator: " "), refs)
            case let .none(suggestions):
                if let section, goals(inSectionMatching: section).isEmpty { throw .noHeading(section) }
                throw .noMatch(typed.joined(separator: " "), suggestions: suggestions)
            }
        }
        return result
    }

    /// Several goals fitting the words, narrowed: the one whose whole text is the words, else those
    /// `changeable` accepts (all of them when it accepts none, so the list still shows what fits).
    private func narrowed(_ match: Match, _ words: [String], _ changeable: ((GoalRef) -> Bool)?) -> Match {
        guard case let .ambiguous(found) = match else { return match }
        let wanted = words.flatMap { PlainText.words($0) }
        let exact = found.filter { PlainText.words(files[$0.file].roadmap.text(of: $0.goal, withoutDoneDate: true)) == wanted }
        if exact.count == 1 { return .match(exact[0]) }
        guard let changeable else { return match }
        let open = found.filter(changeable)
        switch open.count {
        case 0: return match
        case 1: return .match(open[0])
        default: return .ambiguous(open)
        }
    }

    /// The goals under `query.section` whose text holds every word of the query.
    private func matching(_ query: GoalQuery, steps: inout Int) -> Match {
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
