import RoadmapKit

extension ParsedArguments {
    /// A `YYYY-MM-DD` option, or a usage error naming it.
    func date(_ name: String, command: String) throws(CLIError) -> CivilDate? {
        guard let text = value(name) else { return nil }
        guard let date = CivilDate(iso: text) else { throw .usage("'\(text)' is not a date; --\(name) takes YYYY-MM-DD", command: command) }
        return date
    }
}
