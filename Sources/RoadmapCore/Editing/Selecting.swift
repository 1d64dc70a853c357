/// Choosing in a single-choice group: tick exactly one option, untick the others. One-byte edits
/// between the brackets; a tick already written as `[X]` stays `[X]`.
extension Tracking {
    /// Edits that tick option `option` of `group` and untick the others: a choice holds one answer.
    public func edits(selecting option: Int, in group: OptionGroup) -> [TextEdit] {
        var edits: [TextEdit] = []
        for (k, candidate) in group.options.enumerated() {
            let offset = candidate.markerOffset
            if k == option && !candidate.isTicked {
                edits.append(TextEdit(range: offset..<(offset + 1), replacement: [ASCII.x]))
            } else if k != option && candidate.isTicked {
                edits.append(TextEdit(range: offset..<(offset + 1), replacement: [ASCII.space]))
            }
        }
        return edits
    }
}
