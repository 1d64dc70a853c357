/// Writing a habit's entries (issue 27): one line in its dated sub-list, `- [x] 2026-12-07` for a
/// time done, `- [-] 2026-12-07` for a skip (Obsidian Tasks reads it as a cancelled occurrence),
/// after the sub-goals it has, indented and marked as they are (`addition(of:at:)`). The habit's
/// own line does not change, so its history is the list: lossless, readable, and one line per write.
extension Roadmap {
    /// The edits that add an entry of `date` under habit `index`; nil when the file would not read
    /// the new line as its entry.
    public func habitEntryAddition(_ index: Int, date: CivilDate, skipped: Bool) -> [TextEdit]? {
        addition(of: date.description, at: .under(goal: index), state: skipped ? .cancelled : .done)?.edits
    }
}
