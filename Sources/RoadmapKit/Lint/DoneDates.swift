/// A done goal without a ` ✅ YYYY-MM-DD` done date: the monthly review cannot place it in time.
/// A file ticked by hand throughout (on GitHub, say) would get a line per goal, so past a few
/// they are one line, at the first.
enum DoneDates {
    static let listedEach = 3

    static func findings(_ input: LintInput) -> [LintFinding] {
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
