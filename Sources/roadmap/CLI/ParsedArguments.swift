/// The command line after parsing: options by their long name, and positionals in order.
///
/// Arrays, not a dictionary or a set: a handful of names, searched in a few steps, while the first
/// `[String: [String]]` of a process cost a run-time conformance look-up (String: Hashable) over
/// the whole binary, about 80,000 instructions, 3% of a `status` on a small file.
struct ParsedArguments {
    /// Options with values, in the order first given, each with every value given.
    private(set) var options: [(name: String, values: [String])] = []
    /// The flags given, each once.
    var flags: [String] = []
    var positionals: [String] = []

    func flag(_ name: String) -> Bool { flags.contains(name) }
    func value(_ name: String) -> String? { values(name).last }
    func values(_ name: String) -> [String] { options.first { $0.name == name }?.values ?? [] }

    mutating func append(_ value: String, to name: String) {
        if let k = options.firstIndex(where: { $0.name == name }) {
            options[k].values.append(value)
        } else {
            options.append((name, [value]))
        }
    }

    /// A non-negative whole number option, or a usage error naming it.
    func count(_ name: String, command: String) throws(CLIError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let n = Int(text), n >= 0 else {
            throw .usage("--\(name) takes a whole number, not '\(text)'", command: command)
        }
        return n
    }
}
