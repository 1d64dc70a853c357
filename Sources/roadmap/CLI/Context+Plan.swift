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
    /// - Parameters:
    ///   - tracking: read every file's fields, choices, metrics and checkpoints too.
    ///   - goalsAndHeadingsOnly: in a tree, keep of a file without tracking parts only its
    ///     headings and goals (`RoadmapSession.loadTree`): for a command that reads nothing else
    ///     and writes nothing.
    func loadPlan(_ explicit: String? = nil, tracking: Bool = false, goalsAndHeadingsOnly: Bool = false) throws(CLIError) -> Plan {
        if readsTree { return try loadTree(explicit, tracking: tracking, goalsAndHeadingsOnly: goalsAndHeadingsOnly) }
        return plan(for: try load(explicit, tracking: tracking), tracking: tracking)
    }

    /// `--tree`: the folder is read as one roadmap, every markdown file below it.
    var readsTree: Bool { arguments.flag(.tree) }

    /// The folder `--tree` reads: a command's own path, else --file, else the current folder.
    func treeFolder(_ explicit: String? = nil) -> String { explicit ?? arguments.value(.file) ?? "." }

    /// The tree's root as a roadmap of its own: the folder, whose journal holds the tree's changes
    /// (what `undo` and `log` read); it has no goals.
    func treeRoot(_ explicit: String? = nil) -> LoadedRoadmap {
        var folder = treeFolder(explicit)
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        return LoadedRoadmap(path: folder + "/", fullPath: fullPath(folder + "/"), roadmap: Roadmap(parsing: []))
    }

    /// The markdown files below the folder as one plan (`RoadmapSession.loadTree`); what was
    /// passed over (binary, unreadable, gone) is said on stderr, one note a file.
    func loadTree(_ explicit: String? = nil, tracking: Bool = false, goalsAndHeadingsOnly: Bool = false) throws(CLIError) -> Plan {
        let root = treeRoot(explicit)
        finishInterruptedChanges(of: root.fullPath, named: root.path)
        let options = TreeOptions(includesHidden: arguments.flag(.hidden), ignoresRules: arguments.flag(.noIgnore))
        do {
            let tree = try session.loadTree(treeFolder(explicit), options: options, tracking: tracking, goalsAndHeadingsOnly: goalsAndHeadingsOnly)
            for note in tree.notes { console.printError("note: \(note)") }
            return tree.plan
        } catch {
            throw .failure(error.message)
        }
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
        // By index: a file's schedule taken as a value retains every array of its model.
        for file in schedule.files.indices { console.warn(plan.files[file].path, schedule.warning(ofFile: file)) }
        return schedule
    }
}
