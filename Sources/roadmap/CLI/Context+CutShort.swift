import RoadmapKit

extension Context {
    /// The words typed right after `--long VALUE` (or `--long=VALUE`), up to the next option: where
    /// the rest of an unquoted value of several words ends up.
    func words(after long: String) -> [String] {
        guard let k = commandLine.lastIndex(where: { $0 == "--" + long || $0.hasPrefix("--" + long + "=") }) else { return [] }
        let start = commandLine[k].contains("=") ? k + 1 : k + 2
        guard start < commandLine.count else { return [] }
        return Array(commandLine[start...].prefix { !$0.hasPrefix("-") })
    }

    /// Refuses an option's value that the shell cut short (`--in Core Skills`, `Plan.sectionCutShort`
    /// and `goalCutShort`), showing it quoted, before anything is found or written with the pieces.
    func refuseCutShort(_ long: String, _ value: String?, in plan: Plan, goal: Bool = false) throws(CLIError) {
        guard let value else { return }
        let following = words(after: long)
        guard let meant = goal ? plan.goalCutShort(value, followedBy: following) : plan.sectionCutShort(value, followedBy: following) else { return }
        let what = goal ? "goal" : "heading"
        throw .usage("--\(long) got '\(value)', which is no \(what)'s whole name, and the words after it make '\(meant)', which is one: a value of several words needs quotes, as in --\(long) \(TrackingText.quoted(meant)); nothing written", command: commandName)
    }
}
