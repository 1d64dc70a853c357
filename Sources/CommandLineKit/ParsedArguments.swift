/// The command line after parsing: options by their long name, and positionals in order.
///
/// Arrays, not a dictionary or a set: a handful of names, searched in a few steps, while the first
/// `[String: [String]]` of a process cost a run-time conformance look-up (String: Hashable) over
/// the whole binary, about 80,000 instructions, 3% of a `status` on a small file.
///
/// Options are read only through a declaration (`flag(_:)`, `value(_:)` take an `OptionSpec`,
/// which a program gets from a case of its `CommandOptions` enums): the reads by name are private
/// to this file, so a name nobody declared cannot be read.
public struct ParsedArguments: Sendable {
    /// Options with values, in the order first given, each with every value given.
    private var options: [(name: String, values: [String])] = []
    /// The flags given, each once.
    private var flags: [String] = []
    /// The positional arguments, in order (paths as given, the rest as text).
    public var positionals: [String] = []

    /// Nothing given.
    public init() {}

    private func flag(_ name: String) -> Bool { flags.contains(name) }
    private func values(_ name: String) -> [String] { options.first { $0.name == name }?.values ?? [] }

    /// Whether the flag was given.
    public func flag<Custom>(_ option: OptionSpec<Custom>) -> Bool { flag(option.long) }
    /// Every value given to the option, in order.
    public func values<Custom>(_ option: OptionSpec<Custom>) -> [String] { values(option.long) }
    /// The option's last value, if it was given.
    public func value<Custom>(_ option: OptionSpec<Custom>) -> String? { values(option.long).last }

    /// Whether the parser has met this option already (a value not repeatable is refused twice).
    public func isGiven<Custom>(_ option: OptionSpec<Custom>) -> Bool { flag(option.long) || !values(option.long).isEmpty }

    /// Adds a value to the option of this long name (the parser's, or a test's, write).
    public mutating func append(_ value: String, to name: String) {
        if let k = options.firstIndex(where: { $0.name == name }) {
            options[k].values.append(value)
        } else {
            options.append((name, [value]))
        }
    }

    /// Records that the flag was given.
    public mutating func raise<Custom>(_ flag: OptionSpec<Custom>) {
        if !flags.contains(flag.long) { flags.append(flag.long) }
    }
}
