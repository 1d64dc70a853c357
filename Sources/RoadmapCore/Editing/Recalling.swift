/// Writing a refresher's answer as byte edits (issue 27): where the line has a mark, only its
/// value changes (`🔄 2026-12-05` → `🔄 2027-01-11`, `[recall:: off]`); a goal never asked about
/// gets ` 🔄 DATE` after its text and progress fields, before its Tasks fields (where the plugin
/// still reads its `✅`), or `[recall:: DATE]` on a line that writes its fields the Dataview way.
/// A reopening answer also unticks the goal as `uncheck` does (its `✅` date goes). All on the
/// goal's one line.
extension Roadmap {
    /// The edits answering goal `index`'s refresher on `today`.
    public func recallEdits(_ index: Int, _ answer: RecallAnswer, today: CivilDate) -> [TextEdit] {
        let value = nextRecall(index, answer, today: today).map(\.description) ?? "off"
        var edits: [TextEdit] = []
        if answer == .shakyReopen { edits += self.edits(setting: index, to: .open, doneDate: nil) }
        let fields = progressFields(of: index)
        if let field = fields.field(.recall) {
            if !bytes[field.value].elementsEqual(value.utf8) { edits.append(TextEdit(range: field.value, replacement: value)) }
        } else {
            edits.append(insertion(of: "recall", text: "🔄 " + value, value: value, at: fields.tasksStart, index, fields))
        }
        return edits
    }
}
