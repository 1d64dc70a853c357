/// Writing a checkpoint's Adjustments Needed text (the monthly review does). An existing text is
/// replaced; otherwise the text goes below the label after a blank line, so it can never turn a
/// following `---` into a heading underline.
extension Tracking {
    /// Edits that write `text` as the checkpoint's `**Adjustments Needed:**` text; nil when the
    /// checkpoint has no such title to write under.
    public func edits(settingAdjustmentsOf checkpoint: Checkpoint, to text: String) -> [TextEdit]? {
        guard let index = checkpoint.adjustmentsTitle else { return nil }
        let title = titles[index]
        let ending = title.lineSpan.ending(in: roadmap.bytes)
        let eol = (ending == .none ? LineEnding.first(in: roadmap.bytes) : ending).bytes
        var body: [UInt8] = []
        for b in text.utf8 {
            if b == ASCII.lf { body += eol } else { body.append(b) }
        }
        if let existing = title.body {
            return [TextEdit(range: existing, replacement: body)]
        }
        let at = title.lineSpan.end
        var after = eol
        if let next = nextLine(after: title.lineSpan),
           !roadmap.bytes[next.content].allSatisfy(ASCII.isSpaceOrTab) {
            after += eol
        }
        return [TextEdit(range: at..<at, replacement: (ending == .none ? eol : []) + eol + body + after)]
    }
}
