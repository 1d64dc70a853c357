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

    /// A `YYYY-MM-DD` option, or a usage error naming it.
    func date(_ option: C.Option) throws(CLIError) -> CivilDate? {
        guard let text = value(option) else { return nil }
        guard let date = CivilDate(iso: text) else {
            throw .usage("'\(text)' is not a date; --\(option.spec.long) takes YYYY-MM-DD", command: C.spec.name)
        }
        return date
    }
}
