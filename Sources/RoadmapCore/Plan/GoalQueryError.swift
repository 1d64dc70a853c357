/// Why a query named no goal, or more than one, as a value: what a front end shows (a command's
/// message and its candidate lines, an editor's diagnostic) is built from it, worded once here.
public enum GoalQueryError: Error, Equatable, Sendable {
    /// An id past the end of its file: the goal it would be, and how many goals the file has.
    case noSuchGoal(GoalRef, count: Int)
    /// `name:12` where no file of the plan is called `name`; the keys that are (`Plan.File.key`).
    case noSuchFile(String, keys: [String])
    /// The words (as typed, joined by spaces) match several goals, listed in reading order.
    case ambiguous(String, [GoalRef])
    /// `--in SECTION` names no heading at all.
    case noHeading(String)
    /// The words match no goal; the closest ones by words, best first.
    case noMatch(String, suggestions: [GoalRef])

    /// The goals a front end lists under the message: the matches, or the suggestions.
    public var candidates: [GoalRef] {
        switch self {
        case let .ambiguous(_, refs), let .noMatch(_, refs): refs
        default: []
        }
    }

    /// The message, naming the file it is about (the root for words). `listCommand` is how the
    /// front end spells the command that lists goals (`roadmap -f x.md list`).
    public func message(in plan: Plan, listCommand: String) -> String {
        let root = plan.files[0].path
        switch self {
        case let .noSuchGoal(ref, count):
            let what = plan.files.count == 1 ? "the roadmap" : "the file"
            return "\(plan.files[ref.file].path): no goal \(plan.displayID(ref)); \(what) has \(Count.of(count, "goal")) (see '\(listCommand)')"
        case let .noSuchFile(name, keys):
            let hint = keys.isEmpty ? "it links no other file" : "ids outside \(root) start with one of: \(keys.joined(separator: ", "))"
            return "\(root): no file '\(name)' in this roadmap; \(hint)"
        case let .ambiguous(words, refs):
            return "\(root): \(refs.count) goals match '\(words)'; name one by id:"
        case let .noHeading(section):
            return "\(root): no heading matches '\(section)'"
        case let .noMatch(words, _):
            return "\(root): no goal matches '\(words)'"
        }
    }
}
