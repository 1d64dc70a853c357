import RoadmapCore

/// The one way bytes reach standard output and standard error (`Console` sends everything it is
/// given through `render`): every control character is made visible (`VisibleControls`), whoever
/// wrote it, a roadmap, an argument, a variable or this program. The only escape sequences that
/// reach the terminal are `Style`'s colours, which `Style` does not write as escape codes but as
/// marks: U+E000, a token drawn at random when the process starts, the SGR parameters, U+E001.
/// A file cannot hold a mark because it cannot know the token; `render` turns marks into
/// `ESC [ … m` and everything else into visible text. So no command can forget to sanitise.
public enum TerminalText {
    /// Sixteen hex digits, new in every process.
    public static let token: [UInt8] = {
        let hex = String(UInt64.random(in: .min ... .max), radix: 16)
        return Array((String(repeating: "0", count: 16 - hex.count) + hex).utf8)
    }()
    private static let open: [UInt8] = [0xEE, 0x80, 0x80]   // U+E000
    private static let close: [UInt8] = [0xEE, 0x80, 0x81]  // U+E001

    /// The mark `render` turns into `ESC [ parameters m`; `parameters` are digits and semicolons.
    public static func mark(_ parameters: String) -> String {
        "\u{E000}" + String(decoding: token, as: UTF8.self) + parameters + "\u{E001}"
    }

    /// `text` appended to `out` as a terminal should get it: marks as escape codes, controls visible.
    public static func render(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { render($0, into: &out) }
    }

    /// Bytes appended to `out` as a terminal should get them (see `render(_:into:)` for text).
    public static func render(_ p: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        scan(p, text: { VisibleControls.append($0, to: &out) },
             mark: { out += [0x1B, 0x5B] + $0 + [0x6D] })  // ESC [ … m
    }

    /// `text` without its marks, for measuring.
    public static func withoutMarks(_ text: String) -> String {
        var text = text
        var out: [UInt8] = []
        text.withUTF8 { scan($0, text: { out.append(contentsOf: $0) }, mark: { _ in }) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Hands over the text between marks and each mark's parameters, in order.
    private static func scan(_ p: UnsafeBufferPointer<UInt8>, text: (UnsafeBufferPointer<UInt8>) -> Void, mark: ([UInt8]) -> Void) {
        var run = 0, i = 0
        while i + 3 <= p.count {
            guard p[i] == 0xEE, let (parameters, end) = readMark(p, at: i) else { i += 1; continue }
            text(UnsafeBufferPointer(rebasing: p[run..<i]))
            mark(parameters)
            i = end
            run = end
        }
        text(UnsafeBufferPointer(rebasing: p[run..<p.count]))
    }

    /// The parameters of the mark at `i`, and where it ends.
    private static func readMark(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> ([UInt8], Int)? {
        let body = i + open.count
        guard body + token.count + close.count <= p.count, p[i..<body].elementsEqual(open),
              p[body..<(body + token.count)].elementsEqual(token) else { return nil }
        var j = body + token.count
        while j < p.count && ((p[j] >= 0x30 && p[j] <= 0x39) || p[j] == 0x3B) { j += 1 }
        guard j + close.count <= p.count, p[j..<(j + close.count)].elementsEqual(close) else { return nil }
        return (Array(p[(body + token.count)..<j]), j + close.count)
    }
}
