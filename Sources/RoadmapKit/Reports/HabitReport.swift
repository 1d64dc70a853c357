/// Every habit of a plan as of a day (issue 27): its rule, where it stands (`HabitStreak`), in
/// reading order. What `status` shows under Habits.
public struct HabitReport: Sendable {
    /// One habit.
    public struct Row: Sendable {
        /// The habit goal.
        public let ref: GoalRef
        /// How often.
        public let rule: HabitRule
        /// This period, the current streak, the longest.
        public let streak: HabitStreak

        /// A row of `ref`, its `rule` and `streak`.
        public init(ref: GoalRef, rule: HabitRule, streak: HabitStreak) {
            self.ref = ref
            self.rule = rule
            self.streak = streak
        }
    }

    /// The habits, in reading order.
    public let rows: [Row]

    /// The habits of `plan` as of `today`.
    public init(_ plan: Plan, today: CivilDate) {
        var rows: [Row] = []
        for ref in plan.goalsInOrder {
            // The file's roadmap is bound only for a goal that may be a habit: bound for every goal,
            // it was copied for each (retaining its arrays), 40M instructions on a 100,000-goal file.
            guard Roadmap.mayBeHabit(plan.files[ref.file].roadmap.goals[ref.goal], plan.files[ref.file].roadmap.bytes) else { continue }
            let roadmap = plan.files[ref.file].roadmap
            guard let rule = roadmap.habit(of: ref.goal) else { continue }
            rows.append(Row(ref: ref, rule: rule, streak: HabitStreak(rule, roadmap.habitEntries(of: ref.goal), today: today)))
        }
        self.rows = rows
    }

    /// `1/3 this week`, `streak 4 weeks (longest 6)`: a row in words.
    public static func words(_ row: Row) -> String {
        let period = row.rule.period.rawValue
        let unit = row.streak.current == 1 ? period : period + "s"
        return "\(row.streak.thisPeriod)/\(row.rule.times) this \(period), streak \(row.streak.current) \(unit) (longest \(row.streak.longest))"
    }
}
