import Testing
@testable import RoadmapKit

/// Habits (issue 27, item 3): `[habit:: 3/week]` or a `🔁 every week` goal, its completions a
/// dated sub-list (`  - [x] 2026-12-07`, a skip `  - [-] 2026-12-07`), streaks per period.
struct HabitTests {
    func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test(arguments: [
        ("- [ ] Write [habit:: 3/week]", HabitRule(times: 3, period: .week)),
        ("- [ ] Write (habit:: 1/day)", HabitRule(times: 1, period: .day)),
        ("- [ ] Write [habit:: weekly]", HabitRule(times: 1, period: .week)),
        ("- [ ] Write [habit:: 2/month] 📅 2027-01-01", HabitRule(times: 2, period: .month)),
        ("- [ ] Stretch 🔁 every day\n  - [x] 2026-12-01", HabitRule(times: 1, period: .day)),
        ("- [ ] Review goals [repeat:: every month]\n  - [-] 2026-12-01", HabitRule(times: 1, period: .month)),
    ])
    func rule(_ line: String, _ expected: HabitRule) {
        #expect(roadmap(line).habit(of: 0) == expected, "\(line)")
    }

    @Test(arguments: ["- [ ] Write [habit:: 0/week]", "- [ ] Write [habit:: 3/fortnight]", "- [ ] Write 🔁 every 2 weeks", "- [ ] Write"])
    func notAHabit(_ line: String) {
        #expect(roadmap(line).habit(of: 0) == nil, "\(line)")
    }

    static let file = """
    # Plan
    ## Writing
    - [ ] Blog post [habit:: 1/week]
      - [x] 2026-11-02
      - [x] 2026-11-10
      - [-] 2026-11-17
      - [x] 2026-11-25
      - [x] 2026-12-01
    - [x] Set up the blog

    """

    /// A recurring task without entries is an ordinary goal, as the plugin and the counts had it.
    @Test func aRecurringTaskBecomesAHabitWithItsFirstEntry() {
        let plain = roadmap("- [ ] Pay rent 🔁 every month\n- [x] Move in\n")
        #expect(plain.habit(of: 0) == nil && plain.habitRuleToWrite(of: 0) == HabitRule(times: 1, period: .month))
        #expect(plain.tally.counted == 2 && plain.tally.habits == 0)
        let started = roadmap("- [ ] Pay rent 🔁 every month\n  - [x] 2026-12-01\n- [x] Move in\n")
        #expect(started.tally.counted == 1 && started.tally.habits == 1)
    }

    @Test func entriesAreTheDatedSubList() {
        let r = roadmap(Self.file)
        #expect(r.habitEntries(of: 0) == [HabitEntry(date: d("2026-11-02"), skipped: false), HabitEntry(date: d("2026-11-10"), skipped: false),
                                          HabitEntry(date: d("2026-11-17"), skipped: true), HabitEntry(date: d("2026-11-25"), skipped: false),
                                          HabitEntry(date: d("2026-12-01"), skipped: false)])
    }

    /// A habit and its entries are left out of the percent: the section is the one goal besides.
    @Test func aHabitIsLeftOutOfThePercent() {
        let r = roadmap(Self.file)
        #expect(r.tally.counted == 1 && r.tally.done == 1 && r.tally.percent == 100)
        #expect(r.tally.habits == 1)
        let only = roadmap("- [ ] Blog post [habit:: 1/week]\n  - [x] 2026-11-02\n- [ ] Draft\n")
        #expect(only.tally.counted == 1 && only.tally.percent == 0)
    }

    /// Weeks start on Monday: the skip keeps the streak, the current week counts once met.
    @Test func streakWithASkip() {
        let r = roadmap(Self.file)
        let s = HabitStreak(r.habit(of: 0)!, r.habitEntries(of: 0), today: d("2026-12-03"))
        #expect(s.thisPeriod == 1 && s.target == 1)
        #expect(s.current == 4 && s.longest == 4)
    }

    @Test func aMissedPeriodBreaksTheStreak() {
        let r = roadmap(Self.file)
        // 2026-12-08 starts a new week: the week of 12-01 met, so the streak stands while this week is open.
        #expect(HabitStreak(r.habit(of: 0)!, r.habitEntries(of: 0), today: d("2026-12-08")).current == 4)
        // A whole week without an entry (12-08 to 12-14) breaks it.
        let later = HabitStreak(r.habit(of: 0)!, r.habitEntries(of: 0), today: d("2026-12-15"))
        #expect(later.current == 0 && later.longest == 4)
    }

    @Test func dailyStreakAcrossAMonthEnd() {
        let r = roadmap("- [ ] Stretch 🔁 every day\n  - [x] 2026-10-30\n  - [x] 2026-10-31\n  - [x] 2026-11-01\n  - [x] 2026-11-02\n")
        let s = HabitStreak(r.habit(of: 0)!, r.habitEntries(of: 0), today: d("2026-11-02"))
        #expect(s.current == 4 && s.longest == 4 && s.thisPeriod == 1)
    }

    @Test func monthlyStreakAcrossAYearEnd() {
        let r = roadmap("- [ ] Read [habit:: 2/month]\n  - [x] 2026-11-03\n  - [x] 2026-11-20\n  - [x] 2026-12-01\n  - [x] 2026-12-31\n  - [x] 2027-01-02\n")
        let s = HabitStreak(r.habit(of: 0)!, r.habitEntries(of: 0), today: d("2027-01-10"))
        #expect(s.current == 2 && s.thisPeriod == 1 && s.target == 2)
        // January ended with one of two: missed, so February starts from nothing.
        let february = HabitStreak(r.habit(of: 0)!, r.habitEntries(of: 0), today: d("2027-02-01"))
        #expect(february.current == 0 && february.longest == 2)
    }

    @Test func writingAnEntry() throws {
        let r = roadmap(Self.file)
        let added = try #require(r.habitEntryAddition(0, date: d("2026-12-07"), skipped: false))
        let after = String(decoding: added.applied(to: r.bytes), as: UTF8.self)
        #expect(after == Self.file.replacing("  - [x] 2026-12-01\n", with: "  - [x] 2026-12-01\n  - [x] 2026-12-07\n"))
        let first = roadmap("- [ ] Stretch 🔁 every day\n- [ ] Run\n")
        let skip = try #require(first.habitEntryAddition(0, date: d("2026-12-07"), skipped: true))
        #expect(String(decoding: skip.applied(to: first.bytes), as: UTF8.self) == "- [ ] Stretch 🔁 every day\n  - [-] 2026-12-07\n- [ ] Run\n")
    }
}

/// A habit's entries are dated by their text: stamp leaves them alone (a ✅ after the date
/// would make the line text, no longer an entry).
struct HabitEntryStampTests {
    @Test func entriesNeedNoDoneDate() {
        let r = roadmap(HabitTests.file)
        #expect(r.undatedDoneGoals == [6], "only 'Set up the blog'")
        #expect(r.isHabitEntry(1) && !r.isHabitEntry(0) && !r.isHabitEntry(6))
    }
}
