import RoadmapKit

/// Reads `--priority`, `--scheduled` and `--started` into the library's `TasksFilter` (issue 26),
/// for any command that declares them.
enum TasksFilterOption {
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
