/// A calendar date with no time zone: what roadmaps write (`2026-01-15`).
/// Arithmetic uses days since 1970-01-01 (Howard Hinnant's civil-from-days), so no Foundation.
public struct CivilDate: Comparable, Hashable, Sendable, CustomStringConvertible {
    // Stored small: `Schedule` keeps an optional date per goal, and at 900,000 goals three
    // `Int`s each were 21 MB more than this.
    private let _year: Int32
    private let _month: UInt8
    private let _day: UInt8
    /// The year, 1 to 9999.
    public var year: Int { Int(_year) }
    /// The month, 1 to 12.
    public var month: Int { Int(_month) }
    /// The day of the month, 1 to the month's length.
    public var day: Int { Int(_day) }

    /// The date, or nil when there is no such day (`2026-02-30`) or the year is outside 1–9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        _year = Int32(year)
        _month = UInt8(month)
        _day = UInt8(day)
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        self.init(isoBytes: bytes[...])
    }

    package init?(isoBytes b: ArraySlice<UInt8>) {
        guard b.count == 10 else { return nil }
        let s = b.startIndex
        guard b[s + 4] == ASCII.minus, b[s + 7] == ASCII.minus else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard ASCII.isDigit(b[s + i]) else { return nil }
                value = value * 10 + Int(b[s + i] - ASCII.zero)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// ISO 8601, `YYYY-MM-DD`: how roadmaps write dates.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Earlier dates first.
    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day `z0` days after 1970-01-01; days before 0001-01-01 or after 9999-12-31 give those.
    public init(daysSinceEpoch z0: Int) {
        let z = min(max(z0, CivilDate.firstDay), CivilDate.lastDay) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        _year = Int32(yoe + era * 400 + (m <= 2 ? 1 : 0))
        _month = UInt8(m)
        _day = UInt8(d)
    }

    /// 0001-01-01 and 9999-12-31 as days since 1970-01-01: the calendar dates are written in.
    static let firstDay = -719162
    static let lastDay = 2932896

    /// `days` later (earlier when negative), kept within 0001-01-01 … 9999-12-31: for windows
    /// like "the next 30 days", where the calendar's last day is as far as one can look.
    public func adding(days: Int) -> CivilDate {
        CivilDate(daysSinceEpoch: daysSinceEpoch.addingReportingOverflow(days).overflow ? (days < 0 ? Int.min : Int.max) : daysSinceEpoch + days)
    }

    /// Calendar months later, the day clamped to the month's length (Jan 31 + 1 month = Feb 28),
    /// kept within the calendar like `adding(days:)`.
    public func adding(months: Int) -> CivilDate {
        checkedAdding(months: months) ?? (months < 0 ? CivilDate(daysSinceEpoch: Int.min) : CivilDate(daysSinceEpoch: Int.max))
    }

    /// `days` later, or nil past the calendar: for due dates, where a clamped date would be wrong.
    package func checkedAdding(days: Int) -> CivilDate? {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        guard !overflow, (CivilDate.firstDay...CivilDate.lastDay).contains(sum) else { return nil }
        return CivilDate(daysSinceEpoch: sum)
    }

    /// Calendar months later, or nil past the calendar.
    package func checkedAdding(months: Int) -> CivilDate? {
        let (total, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        guard !overflow, total >= 12 else { return nil }
        let y = total / 12
        let m = total % 12 + 1
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))
    }

    /// Days from this date to `other`: negative when `other` is earlier.
    public func days(until other: CivilDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// Whole months from this date to `other` (a month counts once its day is reached):
    /// negative when `other` is earlier. `status` counts the plan's month with it.
    public func wholeMonths(until other: CivilDate) -> Int {
        var months = (other.year - year) * 12 + (other.month - month)
        if other.day < day { months -= 1 }
        return months
    }
}
