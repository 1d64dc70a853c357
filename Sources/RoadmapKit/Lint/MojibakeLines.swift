/// One line's mojibake: each piece a byte range of the file and the UTF-8 it should be. `lint`
/// names the pieces and `lint --fix-encoding` writes them, so the fix changes exactly what lint
/// named.
public struct MojibakeFinding: Equatable, Sendable {
    /// The 1-based line the mojibake is on.
    public let line: Int
    /// Each stretch of mojibake on the line, and the text meant.
    public let pieces: [Mojibake.Piece]

    /// The repair: one edit per piece.
    public var edits: [TextEdit] { pieces.map { TextEdit(range: $0.range, replacement: $0.meant) } }

    func message(_ bytes: [UInt8]) -> String {
        let named = pieces.map { "'\(String(decoding: bytes[$0.range], as: UTF8.self))' should read '\(String(decoding: $0.meant, as: UTF8.self))'" }
        return "mojibake: \(named.joined(separator: ", ")) (UTF-8 read as \(pieces[0].encoding.rawValue) and saved again; fix with: roadmap lint --fix-encoding)"
    }
}

/// Lines holding UTF-8 that was read as a single-byte encoding and saved again (`ðŸŽ¯`), by the
/// rule of `Mojibake`, in the text a reader sees: paragraphs, headings, table rows and HTML.
/// Never in code: code spans, fenced and indented code blocks, and `<pre>`, `<script>` and
/// `<style>` blocks show bytes as they are (often to explain this very damage). A code span is
/// taken on its own line (one that wraps to the next line is rare, and read as text).
public enum MojibakeLines {
    /// Every line's mojibake, in order: the one decision `lint` prints and `--fix-encoding` applies.
    public static func findings(_ bytes: [UInt8]) -> [MojibakeFinding] {
        findings(Roadmap(parsing: bytes, keepingLineFacts: true))
    }

    /// - Parameter skipping: pass over lines `Mojibake.mayHold` rules out without reading them
    ///   (false only to test that check against the full reading).
    static func findings(_ roadmap: Roadmap, skipping: Bool = true) -> [MojibakeFinding] {
        let bytes = roadmap.bytes
        var found: [MojibakeFinding] = []
        var inRawHTML = false
        bytes.withUnsafeBufferPointer { all in
            for facts in roadmap.lineFacts {
                switch facts.role {
                case .paragraph, .heading: inRawHTML = false
                case .html:
                    // Raw from the line that opens `<pre>` (or script, style) to the one that closes it.
                    var first = facts.contentStart
                    while first < facts.span.contentEnd && ASCII.isSpaceOrTab(bytes[first]) { first += 1 }
                    let cursor = LineCursor(bytes: all, line: facts.span, spacesTo: first, firstNonspace: first)
                    if !inRawHTML { inRawHTML = HTMLBlock.readStart(at: cursor, canBeOtherTag: false) == .rawText }
                    if inRawHTML {
                        inRawHTML = !HTMLBlock.rawText.isEnded(by: cursor)
                        continue
                    }
                default:
                    inRawHTML = false
                    continue
                }
                if skipping && !Mojibake.mayHold(bytes, in: facts.content) { continue }
                let pieces = Mojibake.pieces(bytes, in: facts.content, code: codeSpans(bytes, facts.content))
                if !pieces.isEmpty { found.append(MojibakeFinding(line: facts.number, pieces: pieces)) }
            }
        }
        return found
    }

    static func findings(_ input: LintInput) -> [LintFinding] {
        findings(input.roadmap).map { LintFinding(line: $0.line, kind: .mojibake, message: $0.message(input.roadmap.bytes), fix: $0.edits) }
    }

    /// The edits `lint --fix-encoding` writes: every finding's pieces.
    package static func fixes(_ bytes: [UInt8]) -> [TextEdit] {
        findings(bytes).flatMap(\.edits)
    }

    /// The code spans of `bytes[range]`, in order (a backslash-escaped backtick opens none).
    static func codeSpans(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        guard bytes[range].contains(ASCII.backtick) else { return [] }
        var spans: [Range<Int>] = []
        var reader = CodeSpan()
        var i = range.lowerBound
        while i < range.upperBound {
            if bytes[i] == ASCII.backslash { i += 2; continue }
            guard bytes[i] == ASCII.backtick else { i += 1; continue }
            var opening = i
            while opening < range.upperBound && bytes[opening] == ASCII.backtick { opening += 1 }
            let next = reader.end(from: i, in: bytes, end: range.upperBound)
            if next > opening { spans.append(i..<next) }
            i = next
        }
        return spans
    }
}
