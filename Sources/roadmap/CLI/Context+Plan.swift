import RoadmapKit

/// Every command sees one thing: a plan of one or more files. A directory stands for its index,
/// and a roadmap whose goals link local markdown files is read with those files.
extension Context {
    /// Index names tried in a directory, in order: the discovery names first, then the names a
    /// guide usually has on GitHub.
    static let directoryIndexNames = RoadmapFileNames.searched + ["index.md", "README.md"]

    /// `path` itself, or the index inside it when it is a directory.
    func indexIfDirectory(_ path: String) throws(CLIError) -> String {
        guard FileSystem.isDirectory(fullPath(path)) else { return path }
        let directory = path.hasSuffix("/") ? String(path.dropLast()) : path
        for name in Self.directoryIndexNames where FileSystem.exists(fullPath(directory + "/" + name)) {
            return directory == "." ? name : directory + "/" + name
        }
        throw .failure("\(path): is a directory with no roadmap in it (looked for \(Self.directoryIndexNames.joined(separator: ", ")))")
    }

    func fullPath(_ path: String) -> String {
        path.hasPrefix("/") ? path : environment.currentDirectory + "/" + path
    }

    /// The roadmap and the files its goals link, as one plan (of one file when it links none).
    /// - Parameter tracking: read every file's fields, choices, metrics and checkpoints too.
    func loadPlan(_ explicit: String? = nil, tracking: Bool = false) throws(CLIError) -> Plan {
        plan(for: try load(explicit, tracking: tracking), tracking: tracking)
    }

    /// The plan `loaded` is the root of. A plain roadmap costs one byte check per goal and reads
    /// nothing more. Links are followed only to regular files inside the root's folder tree, each
    /// file once by its device and inode; links that are not followed are reported on stderr.
    /// - Parameter quiet: say nothing of links (`lint` reports them itself).
    func plan(for loaded: LoadedRoadmap, tracking: Bool = false, quiet: Bool = false) -> Plan {
        let rootTracking = tracking ? loaded.tracking : nil
        guard loaded.roadmap.hasLocalLinks else { return Plan(single: loaded.roadmap, path: loaded.path, tracking: rootTracking) }
        let folder = FileSystem.canonicalPath(FileSystem.parentDirectory(of: loaded.fullPath))
        let plan = Plan(root: loaded.roadmap, path: loaded.path, tracking: rootTracking,
                        identity: FileSystem.identity(loaded.fullPath)) { path in
            Result { () throws(StorageError) in try readLinked(path, inside: folder) }
        }
        if !quiet { for warning in plan.warnings { console.printError("warning: \(warning)") } }
        return plan
    }

    /// A linked file, refused when a symbolic link takes it out of the plan's folder.
    private func readLinked(_ path: String, inside folder: String?) throws(StorageError) -> Plan.Source {
        let full = fullPath(path)
        guard let canonical = FileSystem.canonicalPath(full), let identity = FileSystem.identity(full) else {
            throw StorageError(path: path, message: "No such file or directory")
        }
        guard let folder, canonical.hasPrefix(folder == "/" ? "/" : folder + "/") else {
            throw StorageError(path: path, message: "a symbolic link leads outside the plan's folder; not followed")
        }
        let bytes = try FileSystem.readWhenNotBeingWritten(full)
        if let problem = TextFileCheck.problem(bytes, path: path) { throw StorageError(path: path, message: problem) }
        return Plan.Source(bytes: bytes, identity: identity)
    }

    /// One file of a plan, ready for `save`.
    func loaded(_ plan: Plan, file: Int) -> LoadedRoadmap {
        let path = plan.files[file].path
        return LoadedRoadmap(path: path, fullPath: fullPath(path), roadmap: plan.files[file].roadmap)
    }

    /// When things are due, as of today (`--today`), across the plan. A root without a start date
    /// of its own takes the start of an index that links it, in its folder or one above.
    func schedule(_ plan: Plan) throws(CLIError) -> PlanSchedule {
        let today = try today()
        var schedule = PlanSchedule(plan, today: today)
        if plan.tracking(ofFile: 0).start == nil, let (start, index) = inheritedStart(of: plan) {
            schedule = PlanSchedule(plan, today: today, inheritedStart: start, inheritedFrom: index)
        }
        // Dates past year 9999 make nothing due; each file says so once.
        for (file, fileSchedule) in schedule.files.enumerated() { console.warn(plan.files[file].path, fileSchedule.warning) }
        return schedule
    }
}
