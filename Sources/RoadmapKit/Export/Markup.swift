/// Escaping for HTML and SVG (XML): everything read from a file passes through here before it
/// reaches a page, so a goal `<img src=x onerror=alert(1)>` or `</style><script>` is text.
package enum Markup {
    /// `& < > " '` as entities, safe in element text and in quoted attribute values alike.
    /// Control characters other than tab and line feed are left out: XML 1.0 forbids them and
    /// in HTML they are parse errors. U+FFFE and U+FFFF, which XML forbids too, likewise.
    public static func escape(_ text: String) -> String {
        rewriting(text) { scalar in
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "'": return "&apos;"
            case "\t", "\n": return nil
            default:
                return scalar.isControlCharacter || scalar.value == 0xFFFE || scalar.value == 0xFFFF ? "" : nil
            }
        }
    }

    /// `text` with each scalar for which `replacement` gives a string replaced by it (`""` drops
    /// the scalar); the others kept. The one loop behind every escaping here (HTML, iCalendar
    /// TEXT, markdown cells).
    static func rewriting(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) { out += replaced } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// A number for an SVG attribute: at most one decimal, no trailing `.0`.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10, fraction = abs(Int(tenths)) % 10
        if fraction == 0 { return String(whole) }
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }
}
