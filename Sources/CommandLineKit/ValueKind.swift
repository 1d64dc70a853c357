/// The kinds of value a program adds to `ValueKind`'s own (roadmap: a section title, a goal), so a
/// placeholder of its own implies one and a completion script knows how to complete it.
public protocol CustomValueKind: Sendable, Equatable {
    /// The kind a placeholder (`SECTION`) or an argument's name (`query`) implies, or nil when it
    /// implies none of the program's (then `ValueKind`'s own rules apply).
    static func implied(by placeholder: String) -> Self?
    /// How a completion script completes a value of this kind (`ShellAction.ask`, the program at
    /// the time of completion, unless the words are known when the script is made).
    var shellAction: ShellAction { get }
}

/// The custom kinds of a program that has none.
public enum NoCustomValueKind: CustomValueKind {
    /// None: no placeholder implies one.
    public static func implied(by placeholder: String) -> NoCustomValueKind? { nil }
    /// Never asked: there is no value of this type.
    public var shellAction: ShellAction { switch self {} }
}

/// What an option's value or an argument is, so shell completion can offer the right candidates:
/// paths from the file system, fixed words from the spec, or names only the program knows (asked
/// through its hidden `__complete` command). Parsing reads only `isPath`; help ignores it.
public enum ValueKind<Custom: CustomValueKind>: Sendable, Equatable {
    /// Free text (a name, a note): nothing to offer.
    case text
    /// A file's path.
    case file
    /// A directory's path.
    case directory
    /// A day, YYYY-MM-DD: the program offers one (today).
    case date
    /// A command's name (`PROGRAM help COMMAND`).
    case command
    /// One of these words.
    case oneOf([String])
    /// One of the program's own kinds.
    case custom(Custom)

    /// A path: bytes, kept as they are (`PathBytes`).
    public var isPath: Bool { self == .file || self == .directory }

    /// The kind a placeholder implies when a spec does not say (`PATH`, `DIR`, `DATE`, and the
    /// program's own, `Custom.implied`), so options added later complete sensibly without a `kind:`.
    public static func implied(by placeholder: String) -> ValueKind {
        if let custom = Custom.implied(by: placeholder) { return .custom(custom) }
        switch placeholder.uppercased() {
        case "PATH", "FILE": return .file
        case "DIR", "DIRECTORY": return .directory
        case "DATE", "DAY": return .date
        case "COMMAND": return .command
        default: return .text
        }
    }
}
