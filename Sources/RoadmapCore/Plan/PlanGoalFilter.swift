extension Plan {
    /// The goals of the plan that `filter` keeps, in reading order. Due dates are `schedule`'s;
    /// without one, a filter that needs them (`GoalFilter.needsDueDates`) keeps no goal.
    public func goals(matching filter: GoalFilter, schedule: PlanSchedule?) -> [GoalRef] {
        var refs = goals(inSectionMatching: filter.section)
        if filter.states != nil { refs = goals(refs, filter) }
        let wanted = filter.words.flatMap { PlainText.words($0) }.map(String.init)
        if !wanted.isEmpty {
            var words = QueryWords(wanted)
            refs = refs.filter { files[$0.file].roadmap.matches(goal: $0.goal, &words) }
        }
        guard filter.needsDueDates else { return refs }
        guard let schedule else { return [] }
        return refs.filter { ref in
            let state = state(of: ref)
            if filter.overdue && (state == .done || state == .cancelled) { return false }
            return filter.keeps(due: schedule.due(of: ref), today: schedule.today)
        }
    }
}

extension PlanSchedule {
    /// Whether `filter` keeps a checkpoint: never under words or states (which name goals only),
    /// else when it sits within the filter's section and its due date passes the date conditions.
    public func keeps(checkpoint ref: Ref, _ filter: GoalFilter) -> Bool {
        guard !filter.namesGoalsOnly else { return false }
        if let section = filter.section, !section.isEmpty {
            guard let needle = SectionNeedle(section),
                  needle.isWithin(plan.path(ofFile: ref.file, section: tracking(ref.file).checkpoints[ref.index].sectionIndex)) else { return false }
        }
        return filter.keeps(due: due(of: ref), today: today)
    }
}
