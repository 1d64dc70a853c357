/// Time worked on a goal, as a person writes it (`1.5h`, `90m`, `1h30m`), kept as whole minutes
/// so that sums are exact. The one reading and the one writing of the form, for `⏱`,
/// `[spent:: …]`, `[estimate:: …]` and `roadmap spend`.
public enum WorkTime {
    /// The minutes `text` says: `H[.D[D]]h`, `Mm` or `HhMm`, digits only (no sign, no space);
    /// nil for anything else. Fractions of an hour are rounded to the nearest minute.
    public static func minutes(_ text: ArraySlice<UInt8>) -> Int? {
        var i = text.startIndex
        let end = text.endIndex
        func digits(max: Int) -> Int? {
            let start = i
            var value = 0
            while i < end && ASCII.isDigit(text[i]) {
                guard i - start < max else { return nil }
                value = value * 10 + Int(text[i] - ASCII.zero)
                i += 1
            }
            return i > start ? value : nil
        }
        guard let first = digits(max: 7) else { return nil }
        guard i < end else { return nil }
        if text[i] == 0x6D {                                    // `Mm`
            return i + 1 == end ? first : nil
        }
        var minutes = first * 60
        if text[i] == 0x2E {                                    // `H.Dh`, `H.DDh`
            i += 1
            let start = i
            guard let fraction = digits(max: 2), i < end, text[i] == 0x68, i + 1 == end else { return nil }
            let hundredths = i - start == 1 ? fraction * 10 : fraction
            return minutes + (hundredths * 60 + 50) / 100
        }
        guard text[i] == 0x68 else { return nil }               // `Hh`, then `Mm` or nothing
        i += 1
        if i == end { return minutes }
        guard let rest = digits(max: 7), i < end, text[i] == 0x6D, i + 1 == end else { return nil }
        minutes += rest
        return minutes
    }

    /// `minutes` as `roadmap spend` writes it: whole hours `2h`, tenths `12.5h`, else `20m` or
    /// `1h20m`; each reads back as the same minutes.
    public static func text(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        if rest == 0 { return "\(hours)h" }
        if rest % 6 == 0 { return "\(hours).\(rest / 6)h" }
        return hours == 0 ? "\(rest)m" : "\(hours)h\(rest)m"
    }

    /// Hours with at most one decimal, for totals: `12.5h`, `0h`, `3.3h` (rounded to a tenth).
    public static func hours(_ minutes: Int) -> String {
        let tenths = (minutes * 10 + 30) / 60
        return tenths % 10 == 0 ? "\(tenths / 10)h" : "\(tenths / 10).\(tenths % 10)h"
    }
}
