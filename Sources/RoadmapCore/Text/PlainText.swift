/// Goal text with markdown syntax taken out, for display and for matching queries:
/// `**Docker** [guide](https://…) \`kubectl\`` reads `Docker guide kubectl`.
///
/// This is where file text becomes display text, so it is also where mojibake is repaired
/// (`ðŸŽ¯` shows `🎯`, see `Mojibake`); JSON, which reports the bytes as they are, goes through
/// `append` and `asWritten`, which do not repair.
///
/// Works on UTF-8 bytes: `status --json` writes the plain text of every label, title and option
/// of a large roadmap, and going through `String.unicodeScalars` was a third of its cost.
public enum PlainText {
    /// The plain text of `markdown`, mojibake repaired: what a person is shown.
    public static func of(_ markdown: String) -> String {
        var markdown = markdown
        return markdown.withUTF8 { utf8 in
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count)
            strip(utf8, into: &out)
            return display(out)
        }
    }

    /// The plain text of `bytes[range]`; invalid UTF-8 reads as U+FFFD, as `String(decoding:)` has it.
    public static func of(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        // Room for the text as written, which its plain text rarely exceeds: growing from empty
        // reallocated four or five times a heading, a third of `Tracking`'s checkpoint search.
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        append(bytes, range, to: &out)
        return display(out)
    }

    /// As `of(_:_:)`, without repairing mojibake: for JSON.
    package static func asWritten(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        append(bytes, range, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func display(_ plain: [UInt8]) -> String {
        let repaired = Mojibake.repaired(plain) ?? plain
        return String(decoding: repaired.contains(ASCII.ampersand) ? decodingEntities(repaired) : repaired, as: UTF8.self)
    }

    /// The named entities a roadmap is likely to hold (`Q&amp;A`, seed 003), as a markdown viewer
    /// shows them; the file keeps them (display only).
    private static let entities: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]

    /// `bytes` with `&amp;`, `&#8212;`, `&#x2713;` and the like as their characters. A numeric
    /// reference to a control character, or an unknown name, stays as written: decoding must not
    /// make a control out of text.
    static func decodingEntities(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == ASCII.ampersand, let end = bytes[(i + 1)..<min(bytes.count, i + 12)].firstIndex(of: ASCII.semicolon), end > i + 1 else {
                out.append(bytes[i])
                i += 1
                continue
            }
            let name = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
            var decoded: String?
            if name.hasPrefix("#") {
                let digits = name.dropFirst()
                let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                if let value, value != 0, let scalar = Unicode.Scalar(value), !scalar.isControlCharacter { decoded = String(scalar) }
            } else {
                decoded = entities[name]
            }
            if let decoded {
                out += Array(decoded.utf8)
                i = end + 1
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    /// Appends the plain text of `bytes[range]` to `out` as well-formed UTF-8.
    public static func append(_ bytes: [UInt8], _ range: Range<Int>, to out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { all in
            let piece = UnsafeBufferPointer(rebasing: all[range])
            if UTF8Validation.isWellFormed(piece) {
                strip(piece, into: &out)
            } else {
                // Rare: decode first so the replacement characters match `String(decoding:)`.
                var text = String(decoding: piece, as: UTF8.self)
                text.withUTF8 { strip($0, into: &out) }
            }
        }
    }

    /// The stripping itself, over well-formed UTF-8.
    private static func strip(_ p: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let end = p.count
        var i = 0
        while i < end {
            let c = p[i]
            switch c {
            case ASCII.star, ASCII.backtick, ASCII.tilde, ASCII.leftBracket:
                i += 1
            case ASCII.underscore:
                // Emphasis underscores sit at word edges; keep them inside words (snake_case).
                if isWord(before: i, p) && isWord(at: i + 1, p) { out.append(c) }
                i += 1
            case ASCII.rightBracket where i + 1 < end && p[i + 1] == ASCII.leftParen:
                // `](url)`: drop the link target.
                var depth = 0
                var j = i + 1
                while j < end {
                    if p[j] == ASCII.leftParen { depth += 1 }
                    if p[j] == ASCII.rightParen { depth -= 1; if depth == 0 { break } }
                    j += 1
                }
                i = j + 1
            case ASCII.rightBracket:
                i += 1
            default:
                out.append(c)
                i += 1
            }
        }
    }

    /// Whether the scalar starting at `i` is a letter or digit (false past the end).
    private static func isWord(at i: Int, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i < p.count else { return false }
        let b = p[i]
        if b < 0x80 { return ASCII.isLetter(b) || ASCII.isDigit(b) }
        return scalar(at: i, p).map { $0.properties.isAlphabetic } ?? false
    }

    /// Whether the scalar ending right before `i` is a letter or digit (false at the start).
    private static func isWord(before i: Int, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0 else { return false }
        var start = i - 1
        while start > 0 && p[start] & 0xC0 == 0x80 { start -= 1 }
        return isWord(at: start, p)
    }

    private static func scalar(at i: Int, _ p: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        let b = p[i]
        var value: UInt32
        var count: Int
        switch b {
        case 0xC0...0xDF: value = UInt32(b & 0x1F); count = 1
        case 0xE0...0xEF: value = UInt32(b & 0x0F); count = 2
        case 0xF0...0xF7: value = UInt32(b & 0x07); count = 3
        default: return nil
        }
        guard i + count < p.count else { return nil }
        for k in 1...count { value = value << 6 | UInt32(p[i + k] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// Lower-cased words of plain text, for matching.
    static func words(_ text: String) -> [Substring] {
        of(text).lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
    }
}
