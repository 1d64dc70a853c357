import Testing
@testable import RoadmapKit

/// Refreshers for what was learned (issue 27): the `🔄 DATE` / `[recall:: DATE]` mark on a done
/// goal's line, the schedule it follows, which goals are due, and the one-field edits an answer makes.
struct RecallTests {
    static func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    func mark(_ line: String) -> RecallMark? { roadmap(line).recallMark(of: 0) }

    @Test(arguments: [
        ("- [x] Learn Go 🔄 2027-01-12 ✅ 2026-12-01", RecallMark.due(date("2027-01-12"))),
        ("- [x] Learn Go 🔄️ 2027-01-12", RecallMark.due(date("2027-01-12"))),
        ("- [x] Learn Go [recall:: 2027-01-12] [completion:: 2026-12-01]", RecallMark.due(date("2027-01-12"))),
        ("- [x] Learn Go [completion:: 2026-12-01] (recall:: 2027-01-12)", RecallMark.due(date("2027-01-12"))),
        ("- [x] Learn Go 🔄 off ✅ 2026-12-01", RecallMark.off),
        ("- [x] Learn Go [recall:: off]", RecallMark.off),
        ("- [x] Learn Go 🔄 2027-13-45", RecallMark.unreadable("2027-13-45")),
        ("- [x] Learn Go [recall:: soon]", RecallMark.unreadable("soon")),
    ])
    func reads(_ line: String, _ expected: RecallMark) {
        #expect(mark(line) == expected, "\(line)")
    }

    @Test(arguments: [
        "- [x] Learn Go ✅ 2026-12-01",
        "- [x] 🔄 Loops and recursion",            // the symbol as decoration, not a field
        "- [x] Loops 🔄 and more",
        "- [x] Learn Go 🔄 2027-01-12 then more text",
    ])
    func noMark(_ line: String) {
        #expect(mark(line) == nil, "\(line)")
    }

    @Test func theDescriptionStopsBeforeTheMark() {
        #expect(roadmap("- [x] Learn Go 🔄 2027-01-12 ✅ 2026-12-01").progressLabel(of: 0) == "Learn Go")
        #expect(roadmap("- [x] Learn Go 🔄 2027-01-12 ✅ 2026-12-01").doneDate(of: 0) == Self.date("2026-12-01"))
    }

    @Test func besideTheOtherProgressFields() throws {
        let map = roadmap("- [x] Kubernetes ⏱ 2h 🔄 2026-12-01 [estimate:: 4h] ✅ 2026-11-01")
        #expect(map.recallMark(of: 0) == .due(Self.date("2026-12-01")))
        #expect(map.progress(of: 0).spentMinutes == 120 && map.progress(of: 0).estimateMinutes == 240)
        let bytes = map.bytes
        let spent = String(decoding: try map.spendChange(0, adding: 60).edits.applied(to: bytes), as: UTF8.self)
        #expect(spent == "- [x] Kubernetes ⏱ 3h 🔄 2026-12-01 [estimate:: 4h] ✅ 2026-11-01")
        // A mark that is the whole text, and a symbol with nothing after it.
        #expect(mark("- [x] 🔄 2026-12-01") == .due(Self.date("2026-12-01")))
        #expect(answer("- [x] 🔄 2026-12-01", .shaky, on: "2026-12-07") == "- [x] 🔄 2026-12-08")
        #expect(mark("- [x] Learn Go 🔄") == nil)
        #expect(answer("- [x] Learn Go 🔄", .off, on: "2026-12-07") == "- [x] Learn Go 🔄 🔄 off")
    }

    @Test func theScheduleRoughlyDoubles() {
        #expect(RecallSchedule.steps == [1, 3, 7, 16, 35, 80, 180, 365])
        #expect(RecallSchedule.step(after: 1) == 3)
        #expect(RecallSchedule.step(after: 80) == 180)
        #expect(RecallSchedule.step(after: 365) == 365)
        #expect(RecallSchedule.interval(days: 0) == 1)
        #expect(RecallSchedule.interval(days: 11) == 7)
        #expect(RecallSchedule.interval(days: 400) == 365)
    }

    static let plan = """
    # Plan
    ## Basics
    - [x] Learn Go 🔄 2026-12-05 ✅ 2026-11-01
    - [x] Learn SQL 🔄 2026-12-07 ✅ 2026-12-06
    - [x] Learn Git [recall:: 2026-12-03] [completion:: 2026-12-02]
    - [x] Learn Make 🔄 2026-12-20 ✅ 2026-12-01
    - [ ] Learn Rust 🔄 2026-12-01
    - [x] Learn Vim 🔄 off ✅ 2026-11-01
    - [x] Learn Bash ✅ 2026-11-01
    ## Archive <!-- recall: off -->
    - [x] Learn Perl 🔄 2026-12-01 ✅ 2026-01-01
    ### Older
    - [x] Learn Tcl 🔄 2026-12-01 ✅ 2026-01-01

    """

    @Test func dueAreDoneGoalsWithADateReachedOldestFirst() {
        let map = roadmap(Self.plan)
        let due = map.refreshersDue(today: Self.date("2026-12-07"))
        #expect(due.map { map.progressLabel(of: $0.goal) } == ["Learn Git", "Learn Go", "Learn SQL"])
        #expect(due.map(\.interval) == [1, 16, 1])
        #expect(map.refreshersDue(today: Self.date("2026-12-04")).map(\.goal) == [2])
    }

    @Test func aHeadingSwitchesItOffForItsGoalsAndTheSectionsBelow() {
        let map = roadmap(Self.plan)
        let perl = map.goals.indices.first { map.progressLabel(of: $0) == "Learn Perl" }!
        let tcl = map.goals.indices.first { map.progressLabel(of: $0) == "Learn Tcl" }!
        #expect(map.recallSwitchedOff(goal: perl) && map.recallSwitchedOff(goal: tcl))
        #expect(!map.recallSwitchedOff(goal: 0))
        #expect(map.refresher(of: perl, today: Self.date("2026-12-07")) == nil)
    }

    func answer(_ line: String, _ answer: RecallAnswer, on day: String) -> String {
        let bytes = Array(line.utf8)
        let map = Roadmap(parsing: bytes)
        return String(decoding: map.recallEdits(0, answer, today: Self.date(day)).applied(to: bytes), as: UTF8.self)
    }

    @Test(arguments: [
        // Only the date's characters change.
        ("- [x] Learn Go 🔄 2026-12-05 ✅ 2026-11-01", RecallAnswer.solid, "- [x] Learn Go 🔄 2027-01-11 ✅ 2026-11-01"),
        ("- [x] Learn Go [recall:: 2026-12-03] [completion:: 2026-12-02]", .solid, "- [x] Learn Go [recall:: 2026-12-10] [completion:: 2026-12-02]"),
        ("- [x] Learn Go 🔄 2026-12-05 ✅ 2026-11-01", .shaky, "- [x] Learn Go 🔄 2026-12-08 ✅ 2026-11-01"),
        ("- [x] Learn Go 🔄 2026-12-05 ✅ 2026-11-01", .shakyReopen, "- [ ] Learn Go 🔄 2026-12-08"),
        ("- [x] Learn Go 🔄 2026-12-05 ✅ 2026-11-01", .off, "- [x] Learn Go 🔄 off ✅ 2026-11-01"),
        ("- [x] Learn Go [recall:: 2026-12-05]", .off, "- [x] Learn Go [recall:: off]"),
        // A goal never asked about gets the mark before its Tasks fields, in the line's form.
        ("- [x] Learn Go ✅ 2026-11-01", .solid, "- [x] Learn Go 🔄 2027-02-25 ✅ 2026-11-01"),
        ("- [x] Learn Go [completion:: 2026-12-06]", .solid, "- [x] Learn Go [recall:: 2026-12-10] [completion:: 2026-12-06]"),
        ("- [x] Learn Go ✅ 2026-11-01 ^go", .off, "- [x] Learn Go 🔄 off ✅ 2026-11-01 ^go"),
        ("- [x] Learn Go", .shaky, "- [x] Learn Go 🔄 2026-12-08"),
    ])
    func answers(_ line: String, _ answer: RecallAnswer, _ expected: String) {
        #expect(self.answer(line, answer, on: "2026-12-07") == expected)
    }

    /// A year of days: a goal learned on 2026-01-01, asked first the next day, answered solid
    /// whenever it is due, is asked on the schedule's steps; one "no" brings it back to a day.
    @Test func aYearOfSolidAnswersFollowsTheSchedule() {
        var line = "- [x] Learn Go ✅ 2026-01-01"
        var asked: [String] = []
        var day = Self.date("2026-01-02")
        line = answer(line, .solid, on: day.description)
        asked.append(day.description)
        for _ in 0..<400 {
            day = day.adding(days: 1)
            let map = roadmap(line)
            guard !map.refreshersDue(today: day).isEmpty else { continue }
            asked.append(day.description)
            line = answer(line, .solid, on: day.description)
        }
        // 2026-01-02, then +3, +7, +16, +35, +80, +180 (and +365 past the 400 days).
        #expect(asked == ["2026-01-02", "2026-01-05", "2026-01-12", "2026-01-28", "2026-03-04", "2026-05-23", "2026-11-19"], "\(asked)")
        let shaky = answer("- [x] Learn Go 🔄 2026-11-19 ✅ 2026-01-01", .shaky, on: "2026-11-19")
        #expect(shaky == "- [x] Learn Go 🔄 2026-11-20 ✅ 2026-01-01")
    }
}
