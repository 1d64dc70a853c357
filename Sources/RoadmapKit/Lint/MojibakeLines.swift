/// Lines holding UTF-8 that was read as Windows-1252 or Mac Roman and saved again (`ðŸŽ¯`), and
/// the edits that repair them: one per line, each the line's text with its mojibake repaired.
public enum MojibakeLines {
    static func findings(_ input: LintInput) -> [LintFinding] {
        let bytes = input.roadmap.bytes
        return input.roadmap.lineFacts.compactMap { facts in
            guard let piece = Mojibake.firstPiece(Array(bytes[facts.span.start..<facts.span.contentEnd])) else { return nil }
            return LintFinding(line: facts.number, kind: .mojibake,
                               message: "mojibake: '\(piece.written)' should read '\(piece.meant)' (UTF-8 saved as Windows-1252 or Mac Roman; fix with: roadmap lint --fix-encoding)")
        }
    }

    /// The edits `lint --fix-encoding` writes.
    public static func fixes(_ bytes: [UInt8]) -> [TextEdit] {
        var edits: [TextEdit] = []
        var start = 0
        bytes.withUnsafeBufferPointer { p in
            var splitter = LineSplitter(p)
            while start < bytes.count {
                let span = splitter.line(at: start)
                if let repaired = Mojibake.repaired(Array(bytes[span.start..<span.contentEnd])) {
                    edits.append(TextEdit(range: span.start..<span.contentEnd, replacement: repaired))
                }
                start = span.end
            }
        }
        return edits
    }
}
