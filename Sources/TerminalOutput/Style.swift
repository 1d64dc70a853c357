/// Terminal styling: ANSI colours when enabled, plain text otherwise (widths are `Columns`').
public struct Style: Sendable {
    /// Whether colours are written at all.
    public let color: Bool

    /// A style that colours when `color` is true.
    public init(color: Bool) { self.color = color }

    /// `s` in bold text, when colouring.
    public func bold(_ s: String) -> String { wrap(s, "1") }
    /// `s` in dim (faint) text, when colouring.
    public func dim(_ s: String) -> String { wrap(s, "2") }
    /// `s` in green text, when colouring.
    public func green(_ s: String) -> String { wrap(s, "32") }
    /// `s` in yellow text, when colouring.
    public func yellow(_ s: String) -> String { wrap(s, "33") }
    /// `s` in red text, when colouring.
    public func red(_ s: String) -> String { wrap(s, "31") }
    /// `s` in cyan text, when colouring.
    public func cyan(_ s: String) -> String { wrap(s, "36") }

    /// Colours are marks (`TerminalText.mark`) that the console turns into escape codes; an
    /// escape code written here as text would be shown as `\e[…`, like one from a file.
    private func wrap(_ s: String, _ code: String) -> String {
        color && !s.isEmpty ? TerminalText.mark(code) + s + TerminalText.mark("0") : s
    }
}
