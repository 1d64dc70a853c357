/// The report's colours, light and dark. The CSS is generated from these values, and the test
/// suite computes the WCAG contrast of every pair in `pairs`, so what is checked is what is drawn.
package struct ReportPalette: Sendable {
    package let background, surface, border, text, muted: String
    package let accent, accentSoft, done, doneSoft, active, activeSoft, late, lateSoft, track: String
    /// The calendar's four levels of completions a day, fewest first.
    package let heat: [String]

    package static let light = ReportPalette(
        background: "#ffffff", surface: "#f6f8fa", border: "#d0d7de", text: "#1f2328", muted: "#59636e",
        accent: "#0969da", accentSoft: "#ddf4ff", done: "#1a7f37", doneSoft: "#dafbe1", active: "#9a6700", activeSoft: "#fff8c5",
        late: "#cf222e", lateSoft: "#ffebe9", track: "#e6eaef", heat: ["#2da44e", "#1a7f37", "#116329", "#0a4a1f"])

    package static let dark = ReportPalette(
        background: "#0d1117", surface: "#161b22", border: "#30363d", text: "#e6edf3", muted: "#9198a1",
        accent: "#4493f8", accentSoft: "#051d4d", done: "#3fb950", doneSoft: "#12321d", active: "#d29922", activeSoft: "#332507",
        late: "#f85149", lateSoft: "#3d1416", track: "#2b323b", heat: ["#238636", "#2ea043", "#3fb950", "#56d364"])

    /// Foreground, background, the ratio WCAG 2.2 AA asks (4.5:1 for text, SC 1.4.3; 3:1 for bars,
    /// marks and chart lines, SC 1.4.11), and where the page uses the pair.
    package var pairs: [(foreground: String, background: String, minimum: Double, use: String)] {
        var pairs: [(String, String, Double, String)] = []
        for ground in [("background", background), ("surface", surface)] {
            for ink in [("text", text), ("muted", muted), ("accent", accent), ("done", done), ("active", active), ("late", late)] {
                pairs.append((ink.1, ground.1, 4.5, "\(ink.0) text on \(ground.0)"))
            }
        }
        pairs += [(accent, accentSoft, 4.5, "upcoming label"), (done, doneSoft, 4.5, "done label"),
                  (active, activeSoft, 4.5, "in-progress label"), (late, lateSoft, 4.5, "late label")]
        for mark in [("done", done), ("active", active), ("accent", accent)] {
            pairs.append((mark.1, track, 3, "\(mark.0) bar on its track"))
            pairs.append((mark.1, background, 3, "\(mark.0) mark on the page"))
        }
        pairs.append((late, background, 3, "overdue mark on the page"))
        for (level, colour) in heat.enumerated() { pairs.append((colour, background, 3, "calendar level \(level + 1)")) }
        return pairs
    }

    /// The palette as CSS custom properties.
    var properties: String {
        var css = "--bg:\(background);--surface:\(surface);--border:\(border);--text:\(text);--muted:\(muted);"
        css += "--accent:\(accent);--accent-soft:\(accentSoft);--done:\(done);--done-soft:\(doneSoft);"
        css += "--active:\(active);--active-soft:\(activeSoft);--late:\(late);--late-soft:\(lateSoft);--track:\(track);"
        for (k, colour) in heat.enumerated() { css += "--heat\(k + 1):\(colour);" }
        return css
    }
}
