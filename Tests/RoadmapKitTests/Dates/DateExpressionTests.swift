import Testing
@testable import RoadmapKit

/// Relative dates (issue 25), as Taskwarrior's synonyms: the one parser every option that takes a
/// date reads. Today is Sunday 2026-11-22.
@Suite struct DateExpressionTests {
    static let today = CivilDate(iso: "2026-11-22")!

    func date(_ text: String, today: CivilDate = today) -> String? {
        DateExpression.date(text, today: today)?.description
    }

    @Test func absoluteDatesAreThemselves() {
        #expect(date("2026-02-03") == "2026-02-03")
        #expect(date(" 2026-02-03 ") == "2026-02-03")
        #expect(date("2026-02-30") == nil)
    }

    @Test func namedDays() {
        #expect(date("today") == "2026-11-22")
        #expect(date("Today") == "2026-11-22")
        #expect(date("now") == "2026-11-22")
        #expect(date("yesterday") == "2026-11-21")
        #expect(date("tomorrow") == "2026-11-23")
    }

    @Test func offsetsInDaysWeeksMonthsYears() {
        #expect(date("+3d") == "2026-11-25")
        #expect(date("3d") == "2026-11-25")
        #expect(date("-2w") == "2026-11-08")
        #expect(date("+1m") == "2026-12-22")
        #expect(date("+1y") == "2027-11-22")
        #expect(date("+2 weeks") == "2026-12-06")
        #expect(date("-10days") == "2026-11-12")
        #expect(date("+1m", today: CivilDate(iso: "2026-01-31")!) == "2026-02-28", "the day is clamped to the month")
    }

    @Test func weekdaysAreTheNextOneAfterToday() {
        #expect(date("monday") == "2026-11-23")
        #expect(date("mon") == "2026-11-23")
        #expect(date("next friday") == "2026-11-27")
        #expect(date("friday") == "2026-11-27")
        #expect(date("sunday") == "2026-11-29", "never today: Taskwarrior's weekday is after today")
        #expect(date("last friday") == "2026-11-20")
        #expect(date("last sunday") == "2026-11-15")
    }

    @Test func startsAndEndsOfPeriods() {
        #expect(date("eom") == "2026-11-30")
        #expect(date("end of month") == "2026-11-30")
        #expect(date("End  of  Month") == "2026-11-30")
        #expect(date("eoq") == "2026-12-31")
        #expect(date("end of quarter") == "2026-12-31")
        #expect(date("eoy") == "2026-12-31")
        #expect(date("eow") == "2026-11-22", "weeks run Monday to Sunday")
        #expect(date("som") == "2026-11-01")
        #expect(date("soq") == "2026-10-01")
        #expect(date("soy") == "2026-01-01")
        #expect(date("sow") == "2026-11-16")
        #expect(date("eoq", today: CivilDate(iso: "2026-02-10")!) == "2026-03-31")
        #expect(date("eom", today: CivilDate(iso: "2028-02-10")!) == "2028-02-29")
    }

    @Test func anythingElseIsNoDate() {
        for text in ["", " ", "someday", "+d", "+3x", "next", "++3d", "3", "+-3d", "next 3d", "last", "end of", "of month",
                     "+99999999999999999999d", "+999999y", "-9999999d", "friday next", "tomorrow tomorrow", "3d\u{1B}"] {
            #expect(date(text) == nil, "\(text)")
        }
    }

    @Test func pastTheCalendarIsNoDate() {
        #expect(date("+1d", today: CivilDate(iso: "9999-12-31")!) == nil)
        #expect(date("tomorrow", today: CivilDate(iso: "9999-12-31")!) == nil)
        #expect(date("yesterday", today: CivilDate(iso: "0001-01-01")!) == nil)
    }
}
