import RoadmapCore

/// Text made safe for roff's man macros: what `groff -man -ww` reads without a warning and
/// shows as written.
public enum Roff {
    /// One line of running text: backslashes as `\e`, hyphens as `\-` (the minus a user types),
    /// non-ASCII as `\[uXXXX]` (so no input encoding is assumed), and `\&` before a leading
    /// `.` or `'`, which would otherwise start a request.
    public static func text(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\e"
            case "-": out += "\\-"
            case "\t", "\n", "\r": out += " "
            default:
                if scalar.isControlCharacter { continue }
                if scalar.isASCII {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\\[u" + hex(scalar.value) + "]"
                }
            }
        }
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }

    /// `s` in bold (`\fB…\fR`), escaped.
    public static func bold(_ s: String) -> String { "\\fB" + text(s) + "\\fR" }
    /// `s` in italics (`\fI…\fR`), escaped.
    public static func italic(_ s: String) -> String { "\\fI" + text(s) + "\\fR" }

    /// Paragraphs of a spec's discussion: lines joined, blank lines between paragraphs.
    public static func paragraphs(_ s: String) -> String {
        var out: [String] = []
        var current: [Substring] = []
        for line in s.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { out.append(text(current.joined(separator: " "))) }
                current = []
            } else {
                current.append(line.drop(while: \.isWhitespace))
            }
        }
        if !current.isEmpty { out.append(text(current.joined(separator: " "))) }
        return out.joined(separator: "\n.PP\n") + (out.isEmpty ? "" : "\n")
    }

    /// Lines shown as typed (examples), in a no-fill block indented one step.
    public static func literal(_ lines: [String]) -> String {
        ".PP\n.RS 4\n.nf\n" + lines.map { text($0) + "\n" }.joined() + ".fi\n.RE\n"
    }

    /// `\[u2705]` wants at least four upper-case hex digits.
    private static func hex(_ v: UInt32) -> String {
        let digits = Array("0123456789ABCDEF")
        var s = ""
        var n = v
        repeat { s = String(digits[Int(n & 0xF)]) + s; n >>= 4 } while n > 0
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
