import RoadmapKit

extension Invocation {
    /// A non-negative whole number option, or a usage error naming it.
    func count(_ option: C.Option) throws(CLIError) -> Int? {
        guard let text = value(option) else { return nil }
        guard let n = Int(text), n >= 0 else {
            throw .usage("--\(option.spec.long) takes a whole number, not '\(text)'", command: C.spec.name)
        }
        return n
    }

    /// A date option, absolute or relative to today (`DateExpression`), or a usage error naming
    /// it; a relative one is echoed on stderr as the date it gave.
    func date(_ option: C.Option) throws(CLIError) -> CivilDate? {
        guard let text = value(option) else { return nil }
        return try context.date(text, option: "--" + option.spec.long)
    }
}
