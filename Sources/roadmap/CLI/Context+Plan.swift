import RoadmapKit

/// Roadmaps across files: a directory stands for its index, and a roadmap whose goals link local
/// markdown files is read with those files as one `Plan`.
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

    /// The plan `loaded` is the root of, when its goals link local markdown files that exist;
    /// nil for a plain roadmap, which costs one byte check per goal and reads nothing more.
    /// Links that point nowhere are reported on stderr, one line each (unless `quiet`: `lint`
    /// reports them itself).
    func plan(for loaded: LoadedRoadmap, quiet: Bool = false) -> Plan? {
        guard loaded.roadmap.hasLocalLinks else { return nil }
        let plan = Plan(root: loaded.roadmap, path: loaded.path) { path in
            Result { () throws(StorageError) in try FileSystem.read(fullPath(path)) }
        }
        if !quiet { for warning in plan.warnings { console.printError("warning: \(warning)") } }
        return plan.files.count > 1 ? plan : nil
    }

    /// One file of a plan, ready for `save`.
    func loaded(_ plan: Plan, file: Int) -> LoadedRoadmap {
        let path = plan.files[file].path
        return LoadedRoadmap(path: path, fullPath: fullPath(path), roadmap: plan.files[file].roadmap)
    }
}
