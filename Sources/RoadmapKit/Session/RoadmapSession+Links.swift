/// The rules for following a plan's links, reading and writing: a link never takes a read or a
/// write out of the folder of the plan's root.
extension RoadmapSession {
    /// The plan `loaded` is the root of. A plain roadmap costs one byte check per goal and reads
    /// nothing more. Links are followed only to regular files inside the root's folder tree (by
    /// canonical path), each file once by its device and inode; links not followed are in
    /// `Plan.warnings`, for the front end to show.
    /// - Parameters:
    ///   - tracking: read every file's fields, choices, metrics and checkpoints too.
    ///   - open: the text an editor holds for a full path, which wins over the file on disk (a
    ///     language server reads the buffers it was given); the folder rules apply all the same.
    public func plan(for loaded: LoadedRoadmap, tracking: Bool = false, open: (String) -> [UInt8]? = { _ in nil }) -> Plan {
        let rootTracking = tracking ? loaded.tracking : nil
        guard loaded.roadmap.hasLocalLinks else { return Plan(single: loaded.roadmap, path: loaded.path, tracking: rootTracking) }
        let folder = FileSystem.canonicalPath(FileSystem.parentDirectory(of: loaded.fullPath))
        return Plan(root: loaded.roadmap, path: loaded.path, tracking: rootTracking,
                    identity: FileSystem.identity(loaded.fullPath)) { path in
            Result { () throws(StorageError) in
                let source = try readLinked(path, inside: folder)
                guard let buffer = open(fullPath(path)) else { return source }
                return Plan.Source(bytes: buffer, identity: source.identity)
            }
        }
    }

    /// A linked file, refused when a symbolic link takes it out of the plan's folder.
    private func readLinked(_ path: String, inside folder: String?) throws(StorageError) -> Plan.Source {
        let full = fullPath(path)
        guard let canonical = FileSystem.canonicalPath(full), let identity = FileSystem.identity(full) else {
            throw StorageError(path: path, message: "No such file or directory")
        }
        guard let folder, Self.isInside(canonical, folder) else {
            throw StorageError(path: path, message: "a symbolic link leads outside the plan's folder; not followed")
        }
        let bytes = try FileSystem.readWhenNotBeingWritten(full)
        if let problem = TextFileCheck.problem(bytes, path: path) { throw StorageError(path: path, message: problem) }
        return Plan.Source(bytes: bytes, identity: identity)
    }

    /// One file of a plan, ready to be written.
    public func loaded(_ plan: Plan, file: Int) -> LoadedRoadmap {
        let path = plan.files[file].path
        return LoadedRoadmap(path: path, fullPath: fullPath(path), roadmap: plan.files[file].roadmap)
    }

    /// Why a write to `files` must not happen, or nil: a file of a plan is written where it is,
    /// or through a symbolic link that stays inside the folder of the plan's root; never through
    /// one that leads out of it, the root included (a cloned repository's `roadmap.md ->
    /// ~/.profile` is read, not changed). Linked files are refused earlier, when read; this sees
    /// a link that appeared since. A file that is gone is left to the commit to report.
    public func linkOut(of files: [LoadedRoadmap], folderOf root: LoadedRoadmap) -> SessionError? {
        guard let folder = FileSystem.canonicalPath(FileSystem.parentDirectory(of: root.fullPath)) else { return nil }
        for file in files {
            guard let canonical = FileSystem.canonicalPath(file.fullPath), !Self.isInside(canonical, folder) else { continue }
            return SessionError("\(file.path): is a symbolic link to \(canonical), outside the roadmap's folder; not written through, nothing was written (name that file with -f to change it)")
        }
        return nil
    }

    /// Whether canonical `path` is in the tree of canonical `folder`.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }
}
