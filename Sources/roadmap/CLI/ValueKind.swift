import RoadmapKit

/// What an option's value or an argument is, so shell completion can offer the right candidates:
/// paths from the file system, fixed words from the spec, or names read from the roadmap in reach
/// (through the hidden `roadmap __complete`). Help and parsing ignore it.
enum ValueKind: Sendable, Equatable {
    /// Free text (a name, a note): nothing to offer.
    case text
    case file
    case directory
    /// A day, YYYY-MM-DD: today is offered.
    case date
    /// A bundled roadmap's name (`BundledTemplate.all`).
    case template
    /// A command's name (`roadmap help COMMAND`).
    case command
    /// A heading title of the roadmap in reach (`--in SECTION`).
    case section
    /// A goal id or a word from a goal's text (`check QUERY`); with a state, only the goals not in
    /// it, which are those the command would change.
    case goal(changingTo: GoalState? = nil)
    /// A field label or a metric name (`set LABEL`).
    case field
    /// An option group's label (`select GROUP`).
    case choice
    /// A metric name followed by `=` (`review --metric NAME=VALUE`).
    case metric
    /// One of these words.
    case oneOf([String])

    /// A path: bytes, kept as they are (`PathBytes`).
    var isPath: Bool { self == .file || self == .directory }

    /// The kind a placeholder implies when a spec does not say (`PATH`, `DIR`, `DATE`, `SECTION`),
    /// so options added later complete sensibly without a `kind:`.
    static func implied(by placeholder: String) -> ValueKind {
        switch placeholder.uppercased() {
        case "PATH", "FILE": return .file
        case "DIR", "DIRECTORY": return .directory
        case "DATE", "DAY": return .date
        case "SECTION": return .section
        case "QUERY", "GOAL": return .goal()
        case "TEMPLATE": return .template
        case "COMMAND": return .command
        case "LABEL", "FIELD": return .field
        default: return .text
        }
    }
}
