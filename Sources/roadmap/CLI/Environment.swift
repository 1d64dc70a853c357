import RoadmapKit

/// The process's surroundings, gathered once so commands can be run in-process by tests.
struct Environment {
    /// The variables a test sets; nil means the process's own, read one at a time when asked
    /// (turning all of `environ` into a dictionary was a seventh of a small `roadmap status`).
    var variables: [String: String]?
    var currentDirectory: String
    var stdinIsTerminal: Bool
    var stdoutIsTerminal: Bool
    /// Columns of the terminal, when there is one.
    var terminalWidth: Int?
    /// One line of standard input without its ending, nil at end of input. Only asked when
    /// `stdinIsTerminal` (init's questions); tests answer with their own lines.
    var readLine: () -> String? = { Swift.readLine(strippingNewline: true) }

    static func current() -> Environment {
        Environment(
            variables: nil,
            currentDirectory: FileSystem.currentDirectory(),
            stdinIsTerminal: Platform.isTerminal(0),
            stdoutIsTerminal: Platform.isTerminal(1),
            terminalWidth: Platform.terminalWidth(1))
    }

    /// A value that is set and not empty.
    func variable(_ name: String) -> String? {
        guard let value = variables.map({ $0[name] }) ?? Platform.variable(name), !value.isEmpty else { return nil }
        return value
    }
}
