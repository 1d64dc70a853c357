import Testing
@testable import RoadmapKit

/// Every Obsidian Tasks field, emoji and Dataview, read as the plugin reads it: from the end of
/// the line, one field at a time (issue 26). The lines follow the plugin's "Tasks Emoji Format"
/// and "Dataview Format" pages, reworded.
struct TasksFieldsTests {
    func details(_ line: String) -> TaskDetails { roadmap(line).taskDetails(of: 0) }
    func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// One row per date symbol (and its alternatives), each read with and without U+FE0F and
    /// with and without the space before the date.
    @Test(arguments: [
        ("➕", \TaskDetails.created), ("⏳", \TaskDetails.scheduled), ("⌛", \TaskDetails.scheduled),
        ("🛫", \TaskDetails.start), ("📅", \TaskDetails.due), ("📆", \TaskDetails.due), ("🗓", \TaskDetails.due),
        ("✅", \TaskDetails.done), ("❌", \TaskDetails.cancelled),
    ] as [(String, KeyPath<TaskDetails, CivilDate?> & Sendable)])
    func emojiDate(_ symbol: String, _ key: KeyPath<TaskDetails, CivilDate?> & Sendable) {
        for form in ["\(symbol) 2026-03-14", "\(symbol)\u{FE0F} 2026-03-14", "\(symbol)2026-03-14", "\(symbol)  2026-03-14"] {
            let d = details("- [ ] file the tax return \(form)")
            #expect(d[keyPath: key] == date("2026-03-14"), "\(form)")
            #expect(roadmap("- [ ] file the tax return \(form)").text(of: 0, withoutFields: true) == "file the tax return", "\(form)")
        }
    }

    /// One row per Dataview date key, in both bracket forms and with a trailing comma.
    @Test(arguments: [
        ("created", \TaskDetails.created), ("scheduled", \TaskDetails.scheduled), ("start", \TaskDetails.start),
        ("due", \TaskDetails.due), ("completion", \TaskDetails.done), ("cancelled", \TaskDetails.cancelled),
    ] as [(String, KeyPath<TaskDetails, CivilDate?> & Sendable)])
    func dataviewDate(_ key: String, _ path: KeyPath<TaskDetails, CivilDate?> & Sendable) {
        for form in ["[\(key):: 2026-03-14]", "(\(key):: 2026-03-14)", "[ \(key)::2026-03-14 ]", "[\(key):: 2026-03-14],", "  [\(key):: 2026-03-14]"] {
            #expect(details("- [ ] water the plants \(form)")[keyPath: path] == date("2026-03-14"), "\(form)")
            #expect(roadmap("- [ ] water the plants \(form)").text(of: 0, withoutFields: true) == "water the plants", "\(form)")
        }
    }

    @Test(arguments: [
        ("🔺", TaskPriority.highest), ("⏫", .high), ("🔼", .medium), ("🔽", .low), ("⏬", .lowest), ("⏫\u{FE0F}", .high),
        ("[priority:: highest]", .highest), ("[priority:: high]", .high), ("(priority:: medium)", .medium),
        ("[priority:: low]", .low), ("[priority:: lowest]", .lowest),
    ])
    func priority(_ field: String, _ expected: TaskPriority) {
        #expect(details("- [ ] book the venue \(field)").priority == expected)
        #expect(details("- [ ] book the venue\(field)").priority == expected, "no space needed before a field")
    }

    @Test func noPriorityIsBetweenMediumAndLow() {
        #expect(details("- [ ] a").priority == .none)
        #expect(TaskPriority.low < .none && TaskPriority.none < .medium)
        #expect(details("- [ ] a [priority:: urgent]").priority == .none, "not a word the plugin knows: text")
    }

    @Test(arguments: [
        ("- [ ] take out the bins 🔁 every week", "every week", "take out the bins"),
        ("- [ ] pay rent 🔁 every month on the 1st 📅 2026-02-01", "every month on the 1st", "pay rent"),
        ("- [ ] stretch 🔁\u{FE0F} every day when done", "every day when done", "stretch"),
        ("- [ ] review goals [repeat:: every 2 weeks]", "every 2 weeks", "review goals"),
        ("- [ ] review goals (repeat:: every monday)", "every monday", "review goals"),
    ])
    func recurrence(_ line: String, _ rule: String, _ text: String) {
        #expect(details(line).recurrence == rule)
        #expect(roadmap(line).text(of: 0, withoutFields: true) == text)
    }

    @Test(arguments: [
        ("- [ ] a 🏁 delete", "delete"), ("- [ ] a 🏁 keep", "keep"), ("- [ ] a 🏁 Delete", "delete"),
        ("- [ ] a [onCompletion:: delete]", "delete"), ("- [ ] a 🏁 shred", nil),
    ] as [(String, String?)])
    func onCompletion(_ line: String, _ expected: String?) {
        #expect(details(line).onCompletion == expected)
        #expect(roadmap(line).text(of: 0, withoutFields: true) == "a", "an unknown word is still the field, as in the plugin")
    }

    @Test(arguments: [
        ("- [ ] draft the outline 🆔 dcf64c", "dcf64c", [String]()),
        ("- [ ] write chapter one ⛔ dcf64c", nil, ["dcf64c"]),
        ("- [ ] publish ⛔ abc, def ,ghi", nil, ["abc", "def", "ghi"]),
        ("- [ ] publish ⛔ abc,def 🆔 pub-1_x", "pub-1_x", ["abc", "def"]),
        ("- [ ] publish [id:: abc] [dependsOn:: x1,y2]", "abc", ["x1", "y2"]),
    ] as [(String, String?, [String])])
    func idsAndDependencies(_ line: String, _ id: String?, _ dependsOn: [String]) {
        #expect(details(line).id == id)
        #expect(details(line).dependsOn == dependsOn)
    }

    /// The plugin's "Tasks Emoji Format" example line: every field at once.
    @Test func everyFieldAtOnce() {
        let line = "- [ ] plan the trip 🆔 trip ⛔ visa 🔼 🔁 every year 🏁 keep ➕ 2026-01-02 🛫 2026-01-03 ⏳ 2026-01-04 📅 2026-01-05 ❌ 2026-01-06 ✅ 2026-01-07 #travel ^plan"
        let d = details(line)
        #expect([d.created, d.start, d.scheduled, d.due, d.cancelled, d.done] == ["2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05", "2026-01-06", "2026-01-07"].map(date))
        #expect(d.priority == .medium && d.recurrence == "every year" && d.onCompletion == "keep" && d.id == "trip" && d.dependsOn == ["visa"])
        #expect(roadmap(line).text(of: 0, withoutFields: true) == "plan the trip #travel", "tags stay in the text, as the plugin's description keeps them")
    }

    /// A symbol with text after it is text; the plugin reads only from the end.
    @Test(arguments: [
        "- [ ] move 📅 2026-01-05 to next week",
        "- [ ] the ⏫ button",
        "- [ ] see [due:: 2026-01-05] later",
        "- [ ] a ⛔ , b",
        "- [ ] a [due:: 2026-1-5]",
        "- [ ] a [Due:: 2026-01-05]",
        "- [ ] a 🔁",
    ])
    func symbolInTheMiddleIsText(_ line: String) {
        #expect(details(line) == details("- [ ] x"), "\(line)")
        #expect(roadmap(line).text(of: 0, withoutFields: true) == String(line.dropFirst(6)))
    }

    /// The field written nearest the description wins, as the plugin's later matches overwrite.
    @Test func twoOfAKindTheFirstWins() {
        #expect(details("- [ ] a 📅 2026-01-01 📅 2026-02-02").due == date("2026-01-01"))
        #expect(details("- [ ] a [due:: 2026-01-01] 📅 2026-02-02").due == date("2026-01-01"), "both forms read")
    }

    /// Fields between the description and trailing tags go; the tags stay, joined by a space.
    @Test func tagsAfterFields() {
        #expect(roadmap("- [ ] a 📅 2026-01-01 #x #y ⏫ ^b1").text(of: 0, withoutFields: true) == "a #x #y")
        #expect(roadmap("- [ ] 📅 2026-01-01").text(of: 0, withoutFields: true) == "")
    }
}
