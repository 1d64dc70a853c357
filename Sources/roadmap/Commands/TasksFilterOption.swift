import RoadmapKit

/// Reads `--priority`, `--scheduled` and `--started` into the library's `TasksFilter` (issue 26),
/// for any command that declares them.
enum TasksFilterOption {
    /// `--priority LEVEL`, declared once for every command that filters by it.
    static let priority = OptionSpec(long: "priority", value: "LEVEL", help: "Only goals of this Obsidian Tasks priority or higher (highest, high, medium, low, lowest)")
    /// `--scheduled`.
    static let scheduled = OptionSpec(long: "scheduled", help: "Only goals with an Obsidian Tasks scheduled date (⏳)")
    /// `--started`.
    static let started = OptionSpec(long: "started", help: "Only goals whose start date (🛫) is today or past")

    /// The filter the options ask for; a priority that is no level is a usage error.
    static func filter<C: Command>(_ call: Invocation<C>, _ priority: C.Option, _ scheduled: C.Option?, _ started: C.Option?) throws(CLIError) -> TasksFilter {
        guard let filter = TasksFilter(priority: call.value(priority), scheduled: scheduled.map(call.flag) ?? false,
                                       started: started.map(call.flag) ?? false) else {
            throw .usage("--priority takes one of \(TasksFilter.priorityNames)", command: C.spec.name)
        }
        return filter
    }

    /// The filter with `--ready` and `--blocked` too.
    static func filter<C: Command>(_ call: Invocation<C>, _ priority: C.Option, _ scheduled: C.Option, _ started: C.Option,
                                   ready: C.Option, blocked: C.Option) throws(CLIError) -> TasksFilter {
        var result = try filter(call, priority, scheduled, started)
        result.ready = call.flag(ready)
        result.blocked = call.flag(blocked)
        return result
    }
}
