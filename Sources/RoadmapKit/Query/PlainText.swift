/// Goal text with markdown syntax taken out, for display and for matching queries:
/// `**Docker** [guide](https://…) \`kubectl\`` reads `Docker guide kubectl`.
public enum PlainText {
    public static func of(_ markdown: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(markdown.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "*", "`", "~":
                i += 1
                continue
            case "_":
                // Emphasis underscores sit at word edges; keep them inside words (snake_case).
                let before = i > 0 ? scalars[i - 1] : " "
                let after = i + 1 < scalars.count ? scalars[i + 1] : " "
                if isWordScalar(before) && isWordScalar(after) { out.append(c) }
                i += 1
                continue
            case "]":
                // `](url)`: drop the link target.
                if i + 1 < scalars.count && scalars[i + 1] == "(" {
                    var depth = 0
                    var j = i + 1
                    while j < scalars.count {
                        if scalars[j] == "(" { depth += 1 }
                        if scalars[j] == ")" { depth -= 1; if depth == 0 { break } }
                        j += 1
                    }
                    i = j + 1
                    continue
                }
                i += 1
                continue
            case "[":
                i += 1
                continue
            default:
                out.append(c)
                i += 1
            }
        }
        return String(out)
    }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || ("0"..."9").contains(c)
    }

    /// Lower-cased words of plain text, for matching.
    static func words(_ text: String) -> [Substring] {
        of(text).lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
    }
}
