/// The command line after parsing: options by their long name, and positionals in order.
struct ParsedArguments {
    var values: [String: [String]] = [:]
    /// The flags given, each once. An array: a handful of names, and a `Set` cost more to set up than to search.
    var flags: [String] = []
    var positionals: [String] = []

    func flag(_ name: String) -> Bool { flags.contains(name) }
    func value(_ name: String) -> String? { values[name]?.last }
    func values(_ name: String) -> [String] { values[name] ?? [] }

    /// A non-negative whole number option, or a usage error naming it.
    func count(_ name: String, command: String) throws(CLIError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let n = Int(text), n >= 0 else {
            throw .usage("--\(name) takes a whole number, not '\(text)'", command: command)
        }
        return n
    }
}
