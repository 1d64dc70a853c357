/// Writing a goal's start date (`🛫`, `[start:: …]`), as `start --date` does (issue 26).
extension Roadmap {
    /// The edit that gives goal `index` the start date `date`: the date the goal has is moved in
    /// place (the field the plugin reads), else one is written where Tasks reads it, in the form
    /// the line (else the file) uses. Empty when it already has that date.
    public func edits(settingStart index: Int, to date: CivilDate) -> [TextEdit] {
        let fields = tasksFields(of: index)
        let value = Array(date.description.utf8)
        if let field = fields.field(.start) {
            return bytes[field.value].elementsEqual(value) ? [] : [TextEdit(range: field.value, replacement: value)]
        }
        return [fieldInsertion(.start, value: value, for: index, fields)]
    }
}
