/// A badge for a README in shields.io's "flat" style: a grey label, a coloured message
/// (`roadmap | 42%`). The layout is badge-maker's (badges/shields, badge-maker/lib/badge-renderers.js,
/// class Flat): each text's width from `VerdanaWidths`, floored and rounded up to odd "for pixel
/// grid alignment", 5 pixels of padding each side, 20 high, corners of radius 3, text drawn at ten
/// times the size and scaled down, with a shadow one pixel below.
public struct Badge: Sendable, Equatable {
    /// The left part's text; empty for a badge of one part.
    public let label: String
    /// The right part's text (`42%`).
    public let message: String
    /// `#rgb` or `#rrggbb`.
    public let color: String

    /// A badge of `label` and `message`, the message's part in `color`.
    public init(label: String, message: String, color: String) {
        (self.label, self.message, self.color) = (label, message, color)
    }

    /// `roadmap | 42%`, coloured by the percent; `no goals` in grey for a roadmap without any.
    public static func progress(percent: Int?, label: String) -> Badge {
        guard let percent else { return Badge(label: label, message: "no goals", color: "#9f9f9f") }
        return Badge(label: label, message: "\(percent)%", color: color(forPercent: percent))
    }

    /// From red through yellow to green, in shields.io's named colours: red, orange, yellow,
    /// yellowgreen, green for every fifth, brightgreen only when everything is done.
    public static func color(forPercent percent: Int) -> String {
        switch percent {
        case ..<20: return "#e05d44"
        case 20..<40: return "#fe7d37"
        case 40..<60: return "#dfb317"
        case 60..<80: return "#a4a61d"
        case 80..<100: return "#97ca00"
        default: return "#4c1"
        }
    }

    static func textWidth(_ text: String) -> Int {
        guard !text.isEmpty else { return 0 }
        let floored = Int(VerdanaWidths.width(of: text))
        return floored % 2 == 0 ? floored + 1 : floored
    }

    var labelTextWidth: Int { Badge.textWidth(label) }
    var messageTextWidth: Int { Badge.textWidth(message) }
    package var labelWidth: Int { label.isEmpty ? 0 : labelTextWidth + 10 }
    package var messageWidth: Int { messageTextWidth + 10 }
    /// The badge's width in pixels: each part is its text's width and 10 pixels of padding.
    public var width: Int { labelWidth + messageWidth }

    /// The badge as a standalone SVG document, with a title for screen readers.
    public func svg() -> String {
        let alt = Markup.escape(label.isEmpty ? message : "\(label): \(message)")
        let fill = Markup.escape(color)
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"20\" role=\"img\" aria-label=\"\(alt)\">"
        s += "<title>\(alt)</title>"
        s += "<linearGradient id=\"s\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\" stop-opacity=\".1\"/><stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>"
        s += "<clipPath id=\"r\"><rect width=\"\(width)\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>"
        s += "<g clip-path=\"url(#r)\"><rect width=\"\(labelWidth)\" height=\"20\" fill=\"#555\"/>"
        s += "<rect x=\"\(labelWidth)\" width=\"\(messageWidth)\" height=\"20\" fill=\"\(fill)\"/>"
        s += "<rect width=\"\(width)\" height=\"20\" fill=\"url(#s)\"/></g>"
        s += "<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" text-rendering=\"geometricPrecision\" font-size=\"110\">"
        if !label.isEmpty { s += text(label, left: 1, width: labelTextWidth, on: "#555") }
        s += text(message, left: label.isEmpty ? 1 : labelWidth - 1, width: messageTextWidth, on: color)
        return s + "</g></svg>\n"
    }

    /// One text and its shadow, centred in its part, at ten times the size.
    private func text(_ content: String, left: Int, width: Int, on background: String) -> String {
        let x = 10 * left + 5 * width + 50
        let (ink, shadow) = Badge.inks(on: background)
        let t = Markup.escape(content)
        return "<text aria-hidden=\"true\" x=\"\(x)\" y=\"150\" fill=\"\(shadow)\" fill-opacity=\".3\" transform=\"scale(.1)\" textLength=\"\(10 * width)\">\(t)</text>"
            + "<text x=\"\(x)\" y=\"140\" transform=\"scale(.1)\" fill=\"\(ink)\" textLength=\"\(10 * width)\">\(t)</text>"
    }

    /// White text on dark grounds, dark grey on light ones: badge-maker's brightness test (0.69).
    static func inks(on color: String) -> (String, String) {
        guard let (r, g, b) = rgb(color) else { return ("#fff", "#010101") }
        let brightness = (Double(r) * 299 + Double(g) * 587 + Double(b) * 114) / 255_000
        return brightness <= 0.69 ? ("#fff", "#010101") : ("#333", "#ccc")
    }

    /// `#rgb` or `#rrggbb` as numbers.
    static func rgb(_ hex: String) -> (Int, Int, Int)? {
        var digits = Array(hex.utf8.dropFirst())
        guard hex.hasPrefix("#"), digits.count == 3 || digits.count == 6 else { return nil }
        if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
        guard let value = Int(String(decoding: digits, as: UTF8.self), radix: 16) else { return nil }
        return (value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF)
    }
}
