import RoadmapKit

/// The values only roadmap knows how to complete: names from a bundled template or from the
/// roadmap in reach (read by `RoadmapInReach` when a completion script asks `roadmap __complete`).
enum RoadmapValue: CustomValueKind {
    /// A bundled roadmap's name (`BundledTemplate.all`).
    case template
    /// A heading title of the roadmap in reach (`--in SECTION`).
    case section
    /// A goal id or a word from a goal's text (`check QUERY`); with a state, only the goals not in
    /// it, which are those the command would change.
    case goal(changingTo: GoalState?)
    /// A field label or a metric name (`set LABEL`).
    case field
    /// An option group's label (`select GROUP`).
    case choice
    /// A metric name followed by `=` (`review --metric NAME=VALUE`).
    case metric

    static func implied(by placeholder: String) -> RoadmapValue? {
        switch placeholder.uppercased() {
        case "SECTION": return .section
        case "QUERY", "GOAL": return .goal(changingTo: nil)
        case "TEMPLATE": return .template
        case "LABEL", "FIELD": return .field
        default: return nil
        }
    }

    /// Template names are known when the script is made; the rest are read from the roadmap.
    var shellAction: ShellAction {
        self == .template ? .words(BundledTemplate.all.map(\.name)) : .ask
    }
}

/// Roadmap's kinds spelt as `ValueKind`'s own cases are (`kind: .section`, `.goal(changingTo: .done)`).
extension CommandLineKit.ValueKind where Custom == RoadmapValue {
    static var template: ValueKind { .custom(.template) }
    static var section: ValueKind { .custom(.section) }
    static func goal(changingTo state: GoalState? = nil) -> ValueKind { .custom(.goal(changingTo: state)) }
    static var field: ValueKind { .custom(.field) }
    static var choice: ValueKind { .custom(.choice) }
    static var metric: ValueKind { .custom(.metric) }
}
