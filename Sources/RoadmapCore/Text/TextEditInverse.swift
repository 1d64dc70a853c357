extension Array where Element == TextEdit {
    /// The edits that turn `applied(to: bytes)` back into `bytes`: each one puts back the bytes its
    /// edit replaced, at the position the replacement ended up. The journal keeps these for `undo`.
    package func inverted(on bytes: [UInt8]) -> [TextEdit] {
        var shift = 0
        var result: [TextEdit] = []
        for edit in sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            let start = edit.range.lowerBound + shift
            result.append(TextEdit(range: start..<(start + edit.replacement.count), replacement: [UInt8](bytes[edit.range])))
            shift += edit.replacement.count - edit.range.count
        }
        return result
    }
}
