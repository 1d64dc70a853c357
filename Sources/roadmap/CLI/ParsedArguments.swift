/// The command line after parsing: options by their long name, and positionals in order.
///
/// Arrays, not a dictionary or a set: a handful of names, searched in a few steps, while the first
/// `[String: [String]]` of a process cost a run-time conformance look-up (String: Hashable) over
/// the whole binary, about 80,000 instructions, 3% of a `status` on a small file.
///
/// Options are read only through a declaration: a global one here (`value(.file)`), a command's
/// through its `Invocation` (`call.flag(.json)`). The reads by name are private to this file, so
/// a name nobody declared cannot be read.
struct ParsedArguments {
    /// Options with values, in the order first given, each with every value given.
    private var options: [(name: String, values: [String])] = []
    /// The flags given, each once.
    private var flags: [String] = []
    var positionals: [String] = []

    fileprivate func flag(_ name: String) -> Bool { flags.contains(name) }
    fileprivate func values(_ name: String) -> [String] { options.first { $0.name == name }?.values ?? [] }

    func flag(_ option: GlobalOption) -> Bool { flag(option.spec.long) }
    func value(_ option: GlobalOption) -> String? { values(option.spec.long).last }

    /// Whether the parser has met this option already (a value not repeatable is refused twice).
    func isGiven(_ option: OptionSpec) -> Bool { flag(option.long) || !values(option.long).isEmpty }

    mutating func append(_ value: String, to name: String) {
        if let k = options.firstIndex(where: { $0.name == name }) {
            options[k].values.append(value)
        } else {
            options.append((name, [value]))
        }
    }

    mutating func raise(_ flag: OptionSpec) {
        if !flags.contains(flag.long) { flags.append(flag.long) }
    }
}

/// Everything a command's `run` receives: its options are read here, by a case of its own
/// `Option` enum.
struct Invocation<C: Command> {
    let arguments: ParsedArguments
    let context: Context
    var console: Console { context.console }

    // A flag read as a value (or the reverse) would always see "not given": the type does not
    // tell them apart, so debug builds (every test run) stop at the read.
    func flag(_ option: C.Option) -> Bool {
        assert(!option.spec.takesValue, "--\(option.spec.long) takes a value; read it with value(_:)")
        return arguments.flag(option.spec.long)
    }

    func value(_ option: C.Option) -> String? { values(option).last }

    func values(_ option: C.Option) -> [String] {
        assert(option.spec.takesValue, "--\(option.spec.long) is a flag; read it with flag(_:)")
        return arguments.values(option.spec.long)
    }
}
