/// A done goal without a ` ✅ YYYY-MM-DD` done date: the monthly review cannot place it in time;
/// and one whose date is after today (a typo, or a clock gone wrong), which history and reviews
/// would count in a month that has not come.
/// A file ticked by hand throughout (on GitHub, say) would get a line per goal, so past a few
/// they are one line, at the first.
enum DoneDates {
    static let listedEach = 3

    static func findings(_ input: LintInput, today: CivilDate) -> [LintFinding] {
        undated(input) + future(input, today: today)
    }

    private static func future(_ input: LintInput, today: CivilDate) -> [LintFinding] {
        let roadmap = input.roadmap
        return roadmap.goals.indices.compactMap { g in
            guard roadmap.goals[g].state == .done, let date = roadmap.doneDate(of: g), date > today else { return nil }
            return LintFinding(line: roadmap.goals[g].line, kind: .futureDoneDate,
                               message: "\(input.quoted(goal: g)) is dated done on \(date), after today (\(today)): a typo? Correct the date")
        }
    }

    private static func undated(_ input: LintInput) -> [LintFinding] {
        let roadmap = input.roadmap
        let undated = roadmap.goals.indices.filter { roadmap.goals[$0].state == .done && roadmap.doneDate(of: $0) == nil }
        let why = "no done date ('✅ YYYY-MM-DD'), so reviews cannot place \(undated.count == 1 ? "it" : "them") in time"
        guard undated.count <= listedEach else {
            return [LintFinding(line: roadmap.goals[undated[0]].line, kind: .noDoneDate,
                                message: "\(undated.count) done goals, from \(input.quoted(goal: undated[0])) on, have \(why)")]
        }
        return undated.map {
            LintFinding(line: roadmap.goals[$0].line, kind: .noDoneDate, message: "\(input.quoted(goal: $0)) is done but has \(why)")
        }
    }
}
