/// Issue 22, section 5: a file with real mojibake beside text that only looks like it. Written as
/// parts, so that a test knows, independently of the code under test, which bytes are mojibake,
/// what they should read, and that every other byte must stay.
///
/// Right as it is: Greek, Portuguese (`ÉPOCA`, `ação`, and `Ã‰POCA` quoted in a line whose other
/// accents are real), mathematics (`√∂`, `√Ω` read as Mac Roman would be `ö`, `ý`), a code span,
/// a fenced and an indented code block explaining the `Ã©` bug, a table of German letters in
/// German quotes (`„Ä“`: `Ä“` read as Windows-1252 would be `ē`). Gone wrong: Windows-1252
/// (`cafÃ©`, `naÃ¯ve`, `â€™`, `ðŸŽ¯`), Mac Roman (`caf√©`, `‚úÖ`) and code page 437 (`caf├⌐`,
/// `ΓÇÖ`) mojibake, some beside a code span, Greek, or a done date's `✅`.
public enum MojibakeSample {
    public enum Part: Sendable {
        case text(String)
        /// Mojibake as written, what it should read, and the encoding it was read as.
        case mojibake(String, meant: String, encoding: String)
    }

    static func w(_ written: String, _ meant: String) -> Part { .mojibake(written, meant: meant, encoding: "Windows-1252") }
    static func mac(_ written: String, _ meant: String) -> Part { .mojibake(written, meant: meant, encoding: "Mac Roman") }
    static func dos(_ written: String, _ meant: String) -> Part { .mojibake(written, meant: meant, encoding: "code page 437") }

    public static let parts: [Part] = [
        .text("""
        # Encodings: what is right and what went wrong

        ## Right as it is
        - [ ] Ελληνικά: η γλώσσα, το αλφάβητο
        - [ ] ÉPOCA, não Ã‰POCA: ação e inovação
        - [ ] Math: √∂ + √Ω ≤ ∑ x
        - [ ] The bug: `cafÃ©` is how `café` reads when UTF-8 is taken for Windows-1252

        ```text
        cafÃ© → café
        itâ€™s → it’s
        ```

            naÃ¯ve stays as it is in indented code

        | Letter | Word |
        |---|---|
        | „Ä“ | „Ärger“ |
        | Zürich | café crème |

        ## Gone wrong
        - [ ] Visit the caf
        """), w("Ã©", "é"), .text(" with a na"), w("Ã¯", "ï"), .text("ve friend\n- [ ] It"),
        w("â€™", "’"), .text("s done\n- [ ] Explain `cafÃ©`, then order a caf"), w("Ã©", "é"), .text(" cr"),
        w("Ã¨", "è"), .text("me\n- [ ] Ελληνικά: read the caf"), w("Ã©", "é"), .text(" menu\n- [x] Ordered at the caf"),
        w("Ã©", "é"), .text(" ✅ 2026-03-01\n\n## "), w("ðŸŽ¯", "🎯"), .text(" Goals\n- [ ] Mac: caf"),
        mac("√©", "é"), .text(" and na"), mac("√Ø", "ï"), .text("ve\n- [ ] "), mac("‚úÖ", "✅"),
        .text(" Done on a Mac\n- [ ] DOS: caf"), dos("├⌐", "é"), .text(" and na"), dos("├»", "ï"), .text("ve, it"),
        dos("ΓÇÖ", "’"), .text("s\n\n| Item | Note |\n|---|---|\n| Drink | caf"), w("Ã©", "é"), .text(" |\n"),
    ]

    /// The file as written.
    public static var bytes: [UInt8] { parts.flatMap { part -> [UInt8] in
        switch part {
        case let .text(text): return Array(text.utf8)
        case let .mojibake(written, _, _): return Array(written.utf8)
        }
    } }

    /// The file with its mojibake, and only that, repaired.
    public static var repaired: [UInt8] { parts.flatMap { part -> [UInt8] in
        switch part {
        case let .text(text): return Array(text.utf8)
        case let .mojibake(_, meant, _): return Array(meant.utf8)
        }
    } }

    public struct Piece: Equatable, Sendable {
        public let line: Int
        /// Byte offsets in `bytes`.
        public let range: Range<Int>
        public let written: String
        public let meant: String
        public let encoding: String
    }

    /// Every piece of mojibake, in order.
    public static var pieces: [Piece] {
        var result: [Piece] = []
        var offset = 0
        var line = 1
        for part in parts {
            switch part {
            case let .text(text):
                offset += text.utf8.count
                line += text.utf8.filter { $0 == 0x0A }.count
            case let .mojibake(written, meant, encoding):
                result.append(Piece(line: line, range: offset..<(offset + written.utf8.count), written: written, meant: meant, encoding: encoding))
                offset += written.utf8.count
            }
        }
        return result
    }

    /// The lines `lint` reports, with the message for each, in order.
    public static var warnings: [(line: Int, message: String)] {
        var lines: [Int] = []
        for piece in pieces where lines.last != piece.line { lines.append(piece.line) }
        return lines.map { line in
            let here = pieces.filter { $0.line == line }
            let named = here.map { "'\($0.written)' should read '\($0.meant)'" }.joined(separator: ", ")
            return (line, "mojibake: \(named) (UTF-8 read as \(here[0].encoding) and saved again; fix with: roadmap lint --fix-encoding)")
        }
    }
}
