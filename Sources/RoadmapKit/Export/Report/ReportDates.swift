/// Dates and numbers as the report writes them: `22 Nov 2026`, `Nov`, `1.5`.
enum ReportDates {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func long(_ date: CivilDate) -> String { "\(date.day) \(months[date.month - 1]) \(date.year)" }
    static func short(_ date: CivilDate) -> String { "\(date.day) \(months[date.month - 1])" }
    static func month(_ date: CivilDate) -> String { months[date.month - 1] }

    /// Whole months from `a` to `b`.
    static func months(from a: CivilDate, to b: CivilDate) -> Int {
        var months = (b.year - a.year) * 12 + (b.month - a.month)
        if b.day < a.day { months -= 1 }
        return max(0, months)
    }

    /// `in 12 days`, `today`, `3 days late`.
    static func relative(_ date: CivilDate, from today: CivilDate) -> String {
        let days = today.days(until: date)
        return days == 0 ? "today" : days > 0 ? "in \(Count.of(days, "day"))" : "\(-days) day\(days == -1 ? "" : "s") late"
    }

    static func decimal(_ value: Double) -> String { Markup.number(value) }
}
