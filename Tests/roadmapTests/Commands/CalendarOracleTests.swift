import Foundation
import Testing
@testable import roadmap
import RoadmapKit
import RoadmapTestSupport

/// The feed read back by the Python `icalendar` package (a test oracle; .ci/run installs it from
/// PyPI), and its events held against what `next --all --json` and `list --json` say is due.
@Suite(.serialized)
struct CalendarOracleTests {
    struct Event: Decodable, Hashable {
        let uid: String
        let date: String
        let end: String
        let summary: String
        let description: String
        let category: String
    }

    struct Feed: Decodable {
        let name: String
        let version: String
        let stamp: [String]
        let events: [Event]
    }

    static let reader = """
    import sys, json, icalendar
    cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
    events = [dict(uid=str(e['UID']), date=e['DTSTART'].dt.isoformat(), end=e['DTEND'].dt.isoformat(),
                   summary=str(e['SUMMARY']), description=str(e.get('DESCRIPTION', '')),
                   category=str(e['CATEGORIES'].cats[0])) for e in cal.walk('VEVENT')]
    stamps = sorted({e['DTSTAMP'].dt.isoformat() for e in cal.walk('VEVENT')})
    print(json.dumps(dict(name=str(cal['X-WR-CALNAME']), version=str(cal['VERSION']), stamp=stamps, events=events)))
    """

    /// Parses the feed with the oracle, or nil (with a SKIP line) when python3 or icalendar is missing.
    static func parse(_ feed: [UInt8], test: String) throws -> Feed? {
        guard let python = ExternalTool.path("python3"),
              try ExternalTool.run(python, ["-c", "import icalendar"]).status == 0 else {
            print("SKIP: \(test): python3 with the icalendar package is not installed (pip install icalendar; .ci/run installs it)")
            return nil
        }
        let result = try ExternalTool.run(python, ["-c", reader], input: feed)
        guard result.status == 0 else { throw ReportFixtures.FixtureError(message: "icalendar could not read the feed: \(result.stderr)") }
        return try JSONDecoder().decode(Feed.self, from: Data(result.stdout))
    }

    struct Due: Hashable { let kind: String; let date: String; let text: String }

    /// What `next --all --json` lists with a due date, as (kind, date, plain text).
    static func nextDue(_ harness: CLIHarness, _ path: String) throws -> Set<Due> {
        let json = harness.run(["next", "--all", "--json", "-f", path]).stdout
        let entries = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        return Set(entries.compactMap { entry in
            guard let due = entry["due"] as? String else { return nil }
            let kind = entry["kind"] as! String
            let text = kind == "goal" ? PlainText.of(entry["text"] as! String) : entry["title"] as! String
            return Due(kind: kind == "goal" ? "Goal" : "Checkpoint", date: due, text: text)
        })
    }

    /// Every open goal with a due date, from `list --json`; nil where `list --json` has no due
    /// dates (a plan across files, for now).
    static func openGoalsDue(_ harness: CLIHarness, _ path: String) throws -> [Due]? {
        let json = harness.run(["list", "--json", "-f", path]).stdout
        let goals = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        guard goals.contains(where: { $0.keys.contains("due") }) else { return nil }
        return goals.compactMap { goal in
            guard let due = goal["due"] as? String, !["done", "cancelled"].contains(goal["state"] as! String) else { return nil }
            return Due(kind: "Goal", date: due, text: PlainText.of(goal["text"] as! String))
        }
    }

    func check(_ harness: CLIHarness, _ path: String, test: String) throws {
        let run = harness.run(["calendar", "--all", "-f", path, "-o", "-"])
        #expect(run.status == .success, "\(run.stderr)")
        let bytes = Array(run.stdout.utf8)
        guard let feed = try Self.parse(bytes, test: test) else { return }
        #expect(feed.version == "2.0")
        #expect(feed.stamp == ["2026-11-22T00:00:00+00:00"])
        #expect(Set(feed.events.map(\.uid)).count == feed.events.count, "UIDs are unique")
        for event in feed.events {
            let start = CivilDate(iso: event.date)!
            #expect(event.end == start.adding(days: 1).description, "an all-day event ends the next day")
            #expect(!event.description.isEmpty)
        }
        let events = Set(feed.events.filter { $0.category != "Horizon" }.map { Due(kind: $0.category, date: $0.date, text: $0.summary) })
        // Everything next lists with a date is in the feed...
        let next = try Self.nextDue(harness, path)
        #expect(!next.isEmpty)
        #expect(next.subtracting(events).isEmpty, "in next but not in the feed: \(next.subtracting(events).sorted { $0.date < $1.date }.prefix(5))")
        // ...and everything in the feed up to 30 days from now is in next: the feed has no window.
        // A goal that waits (⛔) for an open goal is not among next's entries (it is under
        // Waiting) but keeps its date in the feed.
        let blockedJSON = harness.run(["list", "--blocked", "--json", "-f", path]).stdout
        let blocked = Set((try JSONSerialization.jsonObject(with: Data(blockedJSON.utf8)) as! [[String: Any]]).map { PlainText.of($0["text"] as! String) })
        let soon = events.filter { $0.date <= "2026-12-22" && !($0.kind == "Goal" && blocked.contains($0.text)) }
        #expect(soon.subtracting(next).isEmpty, "in the feed but not in next: \(soon.subtracting(next).prefix(5))")
        // The goals are exactly the open goals with a due date (where list says due dates).
        if let goals = try Self.openGoalsDue(harness, path) {
            #expect(feed.events.filter { $0.category == "Goal" }.count == goals.count)
            #expect(Set(goals) == Set(events.filter { $0.kind == "Goal" }))
        }
        // Run again: the same UIDs.
        let again = try Self.parse(Array(harness.run(["calendar", "--all", "-f", path, "-o", "-"]).stdout.utf8), test: test)
        #expect(again?.events.map(\.uid) == feed.events.map(\.uid))
    }

    @Test func aFilledInRoadmapsFeedMatchesNext() throws {
        let harness = try ReportFixtures.filledCareerRoadmap()
        try check(harness, "career-roadmap.md", test: "aFilledInRoadmapsFeedMatchesNext")
    }

    @Test func aPlanAcrossFilesFeedMatchesNext() throws {
        let harness = try ReportFixtures.devopsGuide(start: "2026-01-15")
        try check(harness, "guide/README.md", test: "aPlanAcrossFilesFeedMatchesNext")
        let feed = harness.run(["calendar", "--all", "-f", "guide/README.md", "-o", "-"]).stdout.replacingOccurrences(of: "\r\n ", with: "")
        #expect(feed.contains("DESCRIPTION:Phases > Phase 1: Foundation (Months 1-6) > AI Fundamentals\r\n"))
    }

    @Test func uidsSurviveTicksAndEdits() throws {
        let harness = try ReportFixtures.filledCareerRoadmap()
        guard let before = try Self.parse(Array(harness.run(["calendar", "--all", "-o", "-"]).stdout.utf8), test: "uidsSurviveTicksAndEdits") else { return }
        #expect(harness.run(["check", "35"]).status == .success)
        var text = try harness.read("career-roadmap.md")
        text = text.replacingOccurrences(of: "## 3-Year Goals", with: "## 3-Year Goals\n\nA new paragraph that moves every line below.\n\n- [ ] A new goal (Year 2)")
        try harness.write("career-roadmap.md", text)
        guard let after = try Self.parse(Array(harness.run(["calendar", "--all", "-o", "-"]).stdout.utf8), test: "uidsSurviveTicksAndEdits") else { return }
        let uid = { (feed: Feed) in Dictionary(feed.events.map { ($0.summary + "|" + $0.category, $0.uid) }, uniquingKeysWith: { a, _ in a }) }
        let (old, new) = (uid(before), uid(after))
        #expect(old["Schedule GPU jobs with node pools, taints and the device plugin|Goal"] != nil)
        #expect(new["Schedule GPU jobs with node pools, taints and the device plugin|Goal"] == nil, "a done goal leaves the feed")
        #expect(new["A new goal (Year 2)|Goal"] != nil)
        for (key, value) in old where new[key] != nil { #expect(new[key] == value, "\(key) changed its UID") }
    }
}

/// A real calendar program imports the feed: calcurse (Debian package `calcurse`; .ci/run installs it).
struct CalendarImportTests {
    @Test func calcurseImportsEveryEvent() throws {
        guard let calcurse = ExternalTool.path("calcurse") else {
            print("SKIP: calcurseImportsEveryEvent: calcurse not on PATH (apt-get install calcurse; .ci/run installs it)")
            return
        }
        let harness = try ReportFixtures.filledCareerRoadmap()
        #expect(harness.run(["calendar", "--all"]).status == .success)
        let feed = try harness.read("roadmap.ics")
        let count = feed.components(separatedBy: "BEGIN:VEVENT").count - 1
        let data = harness.directory.appendingPathComponent("calcurse").path
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let imported = try ExternalTool.run(calcurse, ["-D", data, "-i", harness.directory.appendingPathComponent("roadmap.ics").path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.text.contains("0 apps / \(count) events / 0 todos / 0 skipped"), "\(imported.text)")
        let day = try ExternalTool.run(calcurse, ["-D", data, "-Q", "--filter-type", "event", "--from", "11/24/2026", "--days", "1"])
        for summary in ["12-Month Checkpoint", "End of 1-Year Goals", "Mentor one person who is just starting out"] {
            #expect(day.text.contains(summary), "\(day.text)")
        }
    }
}
