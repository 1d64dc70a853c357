/// A date as a person types it (issue 25): `YYYY-MM-DD`, or relative to today as Taskwarrior's
/// date synonyms are. The one parser for every option that takes a date; the grammar is written
/// out in docs/dates.md, and front ends echo the absolute date it gave.
///
///     date     = iso | day | offset | weekday | period
///     day      = "today" | "now" | "yesterday" | "tomorrow"
///     offset   = ["+" | "-"] digits [" "] unit        (no sign: later)
///     unit     = d | day(s) | w | wk | week(s) | m | mo | month(s) | y | yr | year(s)
///     weekday  = ["next" | "last"] monday … sunday | mon … sun   (never today)
///     period   = ("so" | "eo") ("w" | "m" | "q" | "y")
///              | ("start" | "end") " of " ("week" | "month" | "quarter" | "year")
///
/// Case and runs of spaces do not matter. A date past 0001-01-01 … 9999-12-31 is none.
public enum DateExpression {
    /// What a usage message says a date option takes.
    public static let hint = "YYYY-MM-DD or a relative date (today, tomorrow, +3d, -2w, friday, eom: see docs/dates.md)"

    /// The date `text` names as of `today`, or nil when it names none.
    public static func date(_ text: String, today: CivilDate) -> CivilDate? {
        let trimmed = text.trimmingSpaces
        if let iso = CivilDate(iso: trimmed) { return iso }
        guard trimmed.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let words = trimmed.lowercased().split(separator: " ").map(String.init)
        guard !words.isEmpty else { return nil }
        switch words.count {
        case 1:
            return day(words[0], today) ?? weekday(words[0], after: true, today) ?? period(words[0], today) ?? offset(words[0], today)
        case 2:
            if words[0] == "next" { return weekday(words[1], after: true, today) }
            if words[0] == "last" { return weekday(words[1], after: false, today) }
            return offset(words[0] + words[1], today)
        case 3 where words[1] == "of":
            guard let edge = ["start": "so", "end": "eo"][words[0]], let unit = ["week": "w", "month": "m", "quarter": "q", "year": "y"][words[2]] else { return nil }
            return period(edge + unit, today)
        default:
            return nil
        }
    }

    private static func day(_ word: String, _ today: CivilDate) -> CivilDate? {
        switch word {
        case "today", "now": return today
        case "yesterday": return today.checkedAdding(days: -1)
        case "tomorrow": return today.checkedAdding(days: 1)
        default: return nil
        }
    }

    private static let weekdays = [["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"], ["thursday", "thu", "thur", "thurs"],
                                   ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"]]

    /// Monday 0 … Sunday 6 (1970-01-01 was a Thursday).
    static func weekday(of date: CivilDate) -> Int {
        ((date.daysSinceEpoch + 3) % 7 + 7) % 7
    }

    /// The named weekday after today (`after`) or before it; never today itself.
    private static func weekday(_ word: String, after: Bool, _ today: CivilDate) -> CivilDate? {
        guard let wanted = weekdays.firstIndex(where: { $0.contains(word) }) else { return nil }
        let current = weekday(of: today)
        let ahead = (wanted - current + 7) % 7
        return after ? today.checkedAdding(days: ahead == 0 ? 7 : ahead)
                     : today.checkedAdding(days: -((current - wanted + 7) % 7 == 0 ? 7 : (current - wanted + 7) % 7))
    }

    /// `som`, `eoq` and the like: the first or last day of today's week, month, quarter or year.
    private static func period(_ word: String, _ today: CivilDate) -> CivilDate? {
        guard word.utf8.count == 3, word.hasPrefix("so") || word.hasPrefix("eo") else { return nil }
        let start = word.hasPrefix("so")
        let firstMonth: Int
        let months: Int
        switch word.last {
        case "w":
            let monday = today.checkedAdding(days: -weekday(of: today))
            return start ? monday : monday?.checkedAdding(days: 6)
        case "m": (firstMonth, months) = (today.month, 1)
        case "q": (firstMonth, months) = ((today.month - 1) / 3 * 3 + 1, 3)
        case "y": (firstMonth, months) = (1, 12)
        default: return nil
        }
        guard let first = CivilDate(year: today.year, month: firstMonth, day: 1) else { return nil }
        if start { return first }
        let last = firstMonth + months - 1
        return CivilDate(year: today.year, month: last, day: CivilDate.daysIn(month: last, year: today.year))
    }

    /// `+3d`, `-2w`, `1m`, `+2weeks`: a count of units from today.
    private static func offset(_ word: String, _ today: CivilDate) -> CivilDate? {
        var rest = Substring(word)
        var sign = 1
        if rest.first == "+" { rest = rest.dropFirst() } else if rest.first == "-" { sign = -1; rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        let unit = rest.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 7, let count = Int(digits) else { return nil }
        let n = sign * count
        switch unit {
        case "d", "day", "days": return today.checkedAdding(days: n)
        case "w", "wk", "wks", "week", "weeks": return today.checkedAdding(days: n * 7)
        case "m", "mo", "mos", "month", "months": return today.checkedAdding(months: n)
        case "y", "yr", "yrs", "year", "years": return today.checkedAdding(months: n * 12)
        default: return nil
        }
    }
}
