import RoadmapKit

/// Every command sees one thing: a plan of one or more files, found and read by the library's
/// `RoadmapSession` (discovery, a directory for its index, links kept inside the root's folder);
/// this prints what it says.
extension Context {
    /// The session in this process's current directory and environment.
    var session: RoadmapSession {
        let environment = environment
        return RoadmapSession(currentDirectory: environment.currentDirectory) { environment.variable($0) }
    }

    /// `path` itself, or the index inside it when it is a directory.
    func indexIfDirectory(_ path: String) throws(CLIError) -> String {
        do { return try session.indexIfDirectory(path) } catch { throw .failure(error.message) }
    }

    func fullPath(_ path: String) -> String { session.fullPath(path) }

    /// The roadmap and the files its goals link, as one plan (of one file when it links none).
    /// - Parameter tracking: read every file's fields, choices, metrics and checkpoints too.
    func loadPlan(_ explicit: String? = nil, tracking: Bool = false) throws(CLIError) -> Plan {
        plan(for: try load(explicit, tracking: tracking), tracking: tracking)
    }

    /// The plan `loaded` is the root of (`RoadmapSession.plan(for:)`); links that are not followed
    /// are reported on stderr.
    /// - Parameter quiet: say nothing of links (`lint` reports them itself).
    func plan(for loaded: LoadedRoadmap, tracking: Bool = false, quiet: Bool = false) -> Plan {
        let plan = session.plan(for: loaded, tracking: tracking)
        if !quiet { for warning in plan.warnings { console.printError("warning: \(warning)") } }
        return plan
    }

    /// One file of a plan, ready for `save`.
    func loaded(_ plan: Plan, file: Int) -> LoadedRoadmap { session.loaded(plan, file: file) }

    /// When things are due, as of today (`--today`), across the plan (`RoadmapSession.schedule`:
    /// a root without a start date of its own takes the start of an index that links it).
    func schedule(_ plan: Plan) throws(CLIError) -> PlanSchedule {
        let schedule = session.schedule(plan, today: try today())
        // Dates past year 9999 make nothing due; each file says so once.
        for (file, fileSchedule) in schedule.files.enumerated() { console.warn(plan.files[file].path, fileSchedule.warning) }
        return schedule
    }
}
