/// Which of a short list of names a person typed (a metric's column, an option of a group): the
/// name equal to it, case and markdown ignored and spaces around it trimmed (the first, when
/// equal names cannot be told apart); else the one name that contains it.
public enum NameChoice: Equatable, Sendable {
    /// The index of the name chosen.
    case found(Int)
    /// No name equals or contains what was typed.
    case none
    /// Several names contain it, and none equals it.
    case several

    /// The choice `typed` makes among `names` (plain text, as a table or a roadmap shows them).
    public init(_ typed: String, among names: [String]) {
        let wanted = PlainText.of(typed).lowercased().trimmingSpaces
        let lowered = names.map { $0.lowercased() }
        if let equal = lowered.firstIndex(of: wanted) {
            self = .found(equal)
            return
        }
        let needle = TextNeedle(wanted)
        let containing = lowered.indices.filter { needle.isFound(in: lowered[$0]) }
        self = containing.count == 1 ? .found(containing[0]) : containing.isEmpty ? .none : .several
    }
}

/// Why no one option of a group was chosen; `options` are the options' texts, for the front end to list.
public enum OptionChoiceError: Error, Equatable, Sendable {
    /// No option equals or contains the text named.
    case none(options: [String])
    /// Several options contain it, and none equals it.
    case several(options: [String])
}

extension Tracking {
    /// The option of `group` that `wanted` names (`NameChoice`).
    public func option(in group: OptionGroup, named wanted: String) throws(OptionChoiceError) -> Int {
        let texts = group.options.map { text(of: $0) }
        switch NameChoice(wanted, among: texts) {
        case let .found(index): return index
        case .none: throw .none(options: texts)
        case .several: throw .several(options: texts)
        }
    }
}
