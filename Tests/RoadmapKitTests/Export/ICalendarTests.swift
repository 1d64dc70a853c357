import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

/// The calendar feed as RFC 5545 writes it: CRLF content lines folded at 75 octets (§3.1), TEXT
/// escaped (§3.3.11), all-day events (§3.6.1, §3.3.4), stable UIDs (§3.8.4.7).
struct ICalendarTests {
    static let text = """
    # Plan

    **Start Date:** 2026-01-15

    ## 6-Month Goals

    - [ ] Learn Docker (Month 3)
    - [x] Learn Linux (Month 1) ✅ 2026-02-01
    - [ ] Write; test, ship\\ it (Month 2)
    - [-] Cancelled goal (Month 2)
    - [ ] Same text
    - [ ] Same text

    ### 3-Month Checkpoint

    **Date:** ____

    - [ ] Docker done
    """

    static func feed(_ text: String = text, today: String = "2026-03-01") -> String {
        let plan = Plan(single: Roadmap(parsing: Array(text.utf8)), path: "career-roadmap.md")
        let events = CalendarFeed.events(PlanSchedule(plan, today: CivilDate(iso: today)!), all: true)
        return String(decoding: ICalendar.render(events, name: "Plan", stamp: CivilDate(iso: today)!), as: UTF8.self)
    }

    /// Content lines with folding undone (§3.1: a CRLF followed by one space is removed).
    static func unfolded(_ feed: String) -> [String] {
        feed.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func everyLineEndsInCRLFAndIsAtMost75Octets() {
        let feed = Self.feed()
        #expect(feed.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(feed.hasSuffix("END:VCALENDAR\r\n"))
        let bytes = Array(feed.utf8)
        for (i, b) in bytes.enumerated() where b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D) }
        for line in feed.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
    }

    @Test func foldingNeverSplitsAUTF8Sequence() {
        for text in [String(repeating: "é", count: 100), String(repeating: "🚀x", count: 60), String(repeating: "a", count: 300)] {
            let folded = ICalendar.contentLine("SUMMARY", value: text)
            // Physical lines as bytes, split at CRLF: each must be well-formed UTF-8 on its own.
            var physical: [[UInt8]] = [[]]
            var i = 0
            while i < folded.count {
                if folded[i] == 0x0D, i + 1 < folded.count, folded[i + 1] == 0x0A { physical.append([]); i += 2; continue }
                physical[physical.count - 1].append(folded[i])
                i += 1
            }
            #expect(physical.last == [])
            physical.removeLast()
            #expect(physical.count > 1)
            for (k, line) in physical.enumerated() {
                #expect(line.count <= 75)
                if k > 0 { #expect(line.first == 0x20) }
                #expect(String(bytes: line, encoding: .utf8) != nil, "a UTF-8 sequence was cut at line \(k)")
            }
            #expect(Self.unfolded(String(decoding: folded, as: UTF8.self)) == ["SUMMARY:" + text])
        }
    }

    @Test func textIsEscapedAsSection3_3_11Says() {
        #expect(ICalendar.escapeText("a\\b;c,d\ne:f") == "a\\\\b\\;c\\,d\\ne:f")
        #expect(ICalendar.escapeText("bell\u{7}\r\u{1B}[31m") == "bell[31m")
        let lines = Self.unfolded(Self.feed())
        #expect(lines.contains("SUMMARY:Write\\; test\\, ship\\\\ it (Month 2)"))
    }

    @Test func allDayEventsForOpenGoalsAndCheckpoints() {
        let lines = Self.unfolded(Self.feed())
        let summaries = lines.filter { $0.hasPrefix("SUMMARY:") }
        #expect(summaries.contains("SUMMARY:Learn Docker (Month 3)"))
        #expect(summaries.contains("SUMMARY:3-Month Checkpoint"))
        // Done and cancelled goals are left out.
        #expect(!summaries.contains { $0.contains("Learn Linux") || $0.contains("Cancelled") })
        #expect(lines.contains("DTSTART;VALUE=DATE:20260415"))
        #expect(lines.contains("DTEND;VALUE=DATE:20260416"))
        #expect(lines.contains("DTSTAMP:20260301T000000Z"))
        #expect(lines.contains("DESCRIPTION:6-Month Goals"))
        #expect(lines.contains("CATEGORIES:Checkpoint"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == lines.filter { $0 == "END:VEVENT" }.count)
    }

    @Test func aHorizonEndIsAnEventWhileItHasOpenGoals() {
        let lines = Self.unfolded(Self.feed())
        #expect(lines.contains("SUMMARY:End of 6-Month Goals"))
        #expect(lines.contains("DESCRIPTION:6-Month Goals: 5 of 6 goals open"))
    }

    @Test func uidsAreStableAcrossRunsAndEdits() {
        let first = Self.unfolded(Self.feed()).filter { $0.hasPrefix("UID:") }
        #expect(first == Self.unfolded(Self.feed()).filter { $0.hasPrefix("UID:") })
        #expect(Set(first).count == first.count, "two events share a UID")
        // Ticking one goal and rewording another keep every other goal's UID.
        let edited = Self.text.replacingOccurrences(of: "- [ ] Learn Docker (Month 3)", with: "- [x] Learn Docker (Month 3) ✅ 2026-02-20")
            .replacingOccurrences(of: "Write; test", with: "Write; lint, test")
        let after = Set(Self.unfolded(Self.feed(edited)).filter { $0.hasPrefix("UID:") })
        let kept = Set(first).intersection(after)
        #expect(kept.count == first.count - 2)
    }
}

