import Testing
@testable import RoadmapKit

/// Recurrence rules as Obsidian Tasks reads them (its "Recurring Tasks" page and the rrule
/// grammar it uses): the next date after a reference date, month ends and leap years, and the
/// rules roadmap refuses, each with a message (issue 26).
struct RecurrenceTests {
    static func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    @Test(arguments: [
        ("every day", "2026-01-31", "2026-02-01"),
        ("every 3 days", "2026-02-27", "2026-03-02"),
        ("every 3 days", "2024-02-27", "2024-03-01"),
        ("Every Day", "2026-12-31", "2027-01-01"),
        ("every week", "2026-12-29", "2027-01-05"),
        ("every 2 weeks", "2021-10-30", "2021-11-13"),
        // a weekday names the day: the next one strictly after the reference
        ("every Sunday", "2021-04-25", "2021-05-02"),
        ("every week on Sunday", "2021-04-21", "2021-04-25"),
        ("every weekday", "2026-12-04", "2026-12-07"),
        ("every weekday", "2026-12-07", "2026-12-08"),
        ("every week on Tuesday, Friday", "2026-12-08", "2026-12-11"),
        ("every mon and fri", "2026-12-11", "2026-12-14"),
        // weeks counted from the reference's week (Monday first), as rrule counts them
        ("every 2 weeks on Friday", "2026-12-09", "2026-12-11"),
        ("every 2 weeks on Friday", "2026-12-12", "2026-12-25"),
        // a month without the day moves the date earlier, to the month's last day
        ("every month", "2021-10-31", "2021-11-30"),
        ("every month", "2021-12-30", "2022-01-30"),
        ("every month", "2022-01-30", "2022-02-28"),
        ("every month", "2024-01-31", "2024-02-29"),
        ("every 3 months", "2022-01-31", "2022-04-30"),
        ("every 2 months", "2026-12-31", "2027-02-28"),
        // a rule that names the day skips months without it
        ("every month on the last", "2022-01-31", "2022-02-28"),
        ("every month on the last", "2022-02-28", "2022-03-31"),
        ("every month on the 31st", "2022-01-31", "2022-03-31"),
        ("every month on the 31st", "2022-03-31", "2022-05-31"),
        ("every month on the 1st", "2026-12-15", "2027-01-01"),
        ("every month on the 15th", "2026-12-10", "2026-12-15"),
        ("every month on the 1st and 15th", "2026-12-01", "2026-12-15"),
        ("every month on the 2nd last", "2026-12-30", "2027-01-30"),
        ("every month on the last Friday", "2026-12-07", "2026-12-25"),
        ("every month on the 2nd last Friday", "2026-12-20", "2027-01-22"),
        ("every month on the first Monday", "2026-12-08", "2027-01-04"),
        ("every 6 months on the 2nd Wednesday", "2026-12-10", "2027-06-09"),
        ("every year", "2024-02-29", "2025-02-28"),
        ("every year", "2026-03-15", "2027-03-15"),
        ("every 2 years", "2026-03-15", "2028-03-15"),
        ("every 4 years", "2024-02-29", "2028-02-29"),
    ])
    func nextDate(_ rule: String, _ reference: String, _ expected: String) throws {
        let recurrence = try Recurrence(parsing: rule)
        #expect(recurrence.next(after: Self.date(reference)) == Self.date(expected))
    }

    @Test func whenDoneIsReadOffTheEnd() throws {
        #expect(try Recurrence(parsing: "every 10 days when done").whenDone)
        #expect(try Recurrence(parsing: "every week WHEN DONE").whenDone)
        #expect(try !Recurrence(parsing: "every week").whenDone)
        #expect(try Recurrence(parsing: "every 10 days when done").next(after: Self.date("2026-12-01")) == Self.date("2026-12-11"))
    }

    @Test(arguments: [
        ("weekly", "starts with 'every'"),
        ("every", "says how often"),
        ("every two weeks", "'two'"),
        ("every 0 days", "'0'"),
        ("every hour", "hours"),
        ("every day at 10", "'at'"),
        ("every week for 3 times", "'for'"),
        ("every January on the 15th", "month names"),
        ("every year on the 1st", "'on'"),
        ("every month on the 32nd", "32nd"),
        ("every month on the 1st Friday and 15th", "both"),
        ("every week on the 2nd Monday", "2nd"),
        ("every day blah", "'blah'"),
    ])
    func refusedRulesSayWhy(_ rule: String, _ mentions: String) {
        do {
            _ = try Recurrence(parsing: rule)
            Issue.record("\(rule) was read")
        } catch {
            #expect(error.message.contains(mentions), "\(error.message)")
        }
    }

    /// The plugin's Occurrence: the reference date is due, else scheduled, else start; the others
    /// keep their distance from it; `when done` counts from the completion date.
    @Test func theDatesMoveTogether() throws {
        let fortnight = try Recurrence(parsing: "every 2 weeks")
        let mow = TaskDates(start: nil, scheduled: Self.date("2021-10-28"), due: Self.date("2021-10-30"))
        #expect(fortnight.next(mow, completedOn: Self.date("2021-10-29"))
                == TaskDates(start: nil, scheduled: Self.date("2021-11-11"), due: Self.date("2021-11-13")))
        let monthly = try Recurrence(parsing: "every month")
        let report = TaskDates(start: Self.date("2026-12-01"), scheduled: nil, due: Self.date("2026-12-10"))
        #expect(monthly.next(report, completedOn: Self.date("2026-12-20"))
                == TaskDates(start: Self.date("2027-01-01"), scheduled: nil, due: Self.date("2027-01-10")))
        let scheduledFirst = TaskDates(start: Self.date("2026-12-01"), scheduled: Self.date("2026-12-03"), due: nil)
        #expect(monthly.next(scheduledFirst, completedOn: Self.date("2026-12-20"))
                == TaskDates(start: Self.date("2027-01-01"), scheduled: Self.date("2027-01-03"), due: nil))
        let sweep = try Recurrence(parsing: "every week when done")
        #expect(sweep.next(TaskDates(start: nil, scheduled: Self.date("2021-02-06"), due: nil), completedOn: Self.date("2022-02-13"))
                == TaskDates(start: nil, scheduled: Self.date("2022-02-20"), due: nil))
        #expect(fortnight.next(TaskDates(start: nil, scheduled: nil, due: nil), completedOn: Self.date("2026-12-07"))
                == TaskDates(start: nil, scheduled: nil, due: nil))
    }
}
