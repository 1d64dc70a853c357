import RoadmapKit

/// The roadmap a command on this line would work on, read for names to complete: goal ids and
/// words, section titles, field, metric and choice labels, from every file of the plan. Its only contact with `Context` and
/// `Plan` is here, with a console nobody reads, so warnings about links stay unseen.
struct RoadmapInReach {
    let plan: Plan
    let tracking: Tracking

    init?(environment: Environment, file: String?, command: String?) {
        var arguments = ParsedArguments()
        if let file { arguments.append(file, to: GlobalOption.file.spec.long) }
        let context = Context(console: Console(capturing: true), environment: environment, arguments: arguments,
                              commandName: command ?? "status")
        guard let loaded = try? context.load(tracking: true) else { return nil }
        plan = context.plan(for: loaded)
        tracking = loaded.tracking
    }

    func candidates(_ kind: RoadmapValue, prefix: String, after arguments: [String]) -> [Candidate] {
        switch kind {
        case let .goal(state): return goals(prefix: prefix, after: arguments, changingTo: state)
        case .section: return sections(prefix: prefix)
        case .field:
            let fields = labels { t, name in t.fields.indices.map { Candidate(name(t.label(of: $0)), "field") } }
            let metrics = labels { t, name in t.metrics.map { Candidate(name(t.name(of: $0)), "metric") } }
            return Candidate.matching(fields + metrics, prefix)
        case .choice:
            return Candidate.matching(labels { t, name in t.groups.map { Candidate(name(t.label(of: $0)), t.context(of: $0)) } }, prefix)
        case .metric:
            return Candidate.matching(labels { t, name in t.metrics.map { Candidate(name(t.name(of: $0)) + "=", "metric") } }, prefix)
        case .template:
            return []  // bundled names, not the roadmap's (CompletionSource offers them)
        }
    }

    /// Labels from every file of the plan: a linked file's as `FILE:LABEL` (`PlanLabels.scope`),
    /// which reaches it whatever the other files hold.
    private func labels(_ of: (Tracking, (String) -> String) -> [Candidate]) -> [Candidate] {
        plan.files.indices.flatMap { f in
            of(f == 0 ? tracking : plan.tracking(ofFile: f)) { f == 0 ? $0 : plan.files[f].key + ":" + $0 }
        }
    }

    /// Ids, with the goal's state and text, while the word is empty or an id; else the words of
    /// goal texts that start with it, from goals holding every word typed before it.
    private func goals(prefix: String, after typed: [String], changingTo state: GoalState?) -> [Candidate] {
        let words = typed.filter { !$0.isEmpty && !$0.allSatisfy(\.isNumber) && !$0.hasPrefix("#") }.map { $0.lowercased() }
        var ids: [Candidate] = []
        var vocabulary: [Candidate] = []
        for ref in plan.goalsInOrder where plan.state(of: ref) != state {
            let roadmap = plan.files[ref.file].roadmap
            let text = PlainText.of(roadmap.text(of: ref.goal, withoutDoneDate: true))
            let lowered = text.lowercased()
            guard words.allSatisfy({ lowered.contains($0) }) else { continue }
            ids.append(Candidate(plan.id(ref), "[\(roadmap.text(roadmap.goals[ref.goal].markerRange))] \(text)"))
            if !prefix.isEmpty {
                vocabulary += Self.words(of: lowered).filter { !words.contains($0) }.map { Candidate($0) }
            }
        }
        let bare = prefix.hasPrefix("#") ? String(prefix.dropFirst()) : prefix
        let matchingIds = Candidate.matching(ids, bare)
        if bare.isEmpty || bare.first!.isNumber { return matchingIds }
        return matchingIds + Candidate.matching(vocabulary, bare)
    }

    private func sections(prefix: String) -> [Candidate] {
        var titles: [Candidate] = []
        for file in plan.files {
            for index in file.roadmap.sections.indices.dropFirst() {
                let section = file.roadmap.sections[index]
                titles.append(Candidate(PlainText.of(file.roadmap.bytes, section.titleRange), "\(section.goals.total) goals"))
            }
        }
        let starting = Candidate.matching(titles, prefix)
        if !starting.isEmpty || prefix.isEmpty { return starting }
        // `--in` matches anywhere in a title, so a word from its middle is worth offering too.
        let lowered = prefix.lowercased()
        return Candidate.matching(titles.filter { $0.value.lowercased().contains(lowered) }, "")
    }

    /// Words worth completing: letters and digits, three or more.
    private static func words(of text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") })
            .map { $0.trimmingDashes() }.filter { $0.count >= 3 }
    }
}

private extension Substring {
    func trimmingDashes() -> String {
        String(drop(while: { $0 == "-" }).reversed().drop(while: { $0 == "-" }).reversed())
    }
}
