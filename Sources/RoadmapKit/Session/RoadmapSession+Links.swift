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
    ///     language server reads the buffers it was given, and what it read before); the file is
    ///     then not read at all, but the folder rules apply all the same.
    ///   - lookups: where the folder rules' canonical paths and identities are kept between calls
    ///     (a language server's, forgotten when the disk changes); nil looks each one up.
    public func plan(for loaded: LoadedRoadmap, tracking: Bool = false, open: (String) -> [UInt8]? = { _ in nil },
                     lookups: PathLookups? = nil) -> Plan {
        let rootTracking = tracking ? loaded.tracking : nil
        guard loaded.roadmap.hasLocalLinks else { return Plan(single: loaded.roadmap, path: loaded.path, tracking: rootTracking) }
        let lookups = lookups ?? PathLookups()
        let folder = lookups.canonicalPath(FileSystem.parentDirectory(of: loaded.fullPath))
        return Plan(root: loaded.roadmap, path: loaded.path, tracking: rootTracking,
                    identity: lookups.identity(loaded.fullPath)) { path in
            Result { () throws(StorageError) in
                let identity = try linkedIdentity(path, inside: folder, lookups)
                // An editor's buffer is the file: the disk's copy may be older, or not even text.
                if let buffer = open(fullPath(path)) { return Plan.Source(bytes: buffer, identity: identity) }
                return try readLinked(path, identity: identity)
            }
        }
    }

    /// The identity of a linked file, refused when a symbolic link takes it out of the plan's folder.
    private func linkedIdentity(_ path: String, inside folder: String?, _ lookups: PathLookups) throws(StorageError) -> String {
        let full = fullPath(path)
        guard let canonical = lookups.canonicalPath(full), let identity = lookups.identity(full) else {
            throw StorageError(path: path, message: "No such file or directory")
        }
        guard let folder, Self.isInside(canonical, folder) else {
            throw StorageError(path: path, message: "a symbolic link leads outside the plan's folder; not followed")
        }
        return identity
    }

    /// A linked file's text, refused when it is not text.
    private func readLinked(_ path: String, identity: String) throws(StorageError) -> Plan.Source {
        let full = fullPath(path)
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

    /// Why an output (`report`, `badge`, `calendar` with `-o`) must not be written at `path`, or
    /// nil: a symbolic link in the folder of the plan whose root is `root` (the output's own name,
    /// or a folder on the way to it) that leads out of that folder, or nowhere, is not written
    /// through, whoever typed the name: a cloned repository brings such links (`report.html ->
    /// ~/.bashrc`, `out -> /etc`), and naming a file is no consent to where its link leads. A link
    /// that stays inside is followed; a path typed outside with no such link on it is the
    /// person's to choose. `root` ending in `/` is a tree's folder itself.
    public func outputLinkOut(_ path: String, root: String) -> SessionError? {
        let rootFull = fullPath(root)
        guard let folder = FileSystem.canonicalPath(root.hasSuffix("/") ? rootFull : FileSystem.parentDirectory(of: rootFull)) else { return nil }
        func within(_ canonical: String) -> Bool { canonical == folder || Self.isInside(canonical, folder) }
        let full = fullPath(path)
        let parts = full.split(separator: "/")
        let typed = path.split(separator: "/")
        var prefix = ""
        for (index, component) in parts.enumerated() {
            let parent = prefix.isEmpty ? "/" : prefix
            prefix += "/" + component
            guard let link = FileSystem.symbolicLinkText(prefix) else { continue }
            // Only a link that lives in the roadmap's folder can be the repository's.
            guard let home = FileSystem.canonicalPath(parent), within(home) else { continue }
            let target = FileSystem.canonicalPath(prefix)
            if let target, within(target) { continue }
            let typedIndex = index - (parts.count - typed.count)
            let shown = typedIndex >= 0 ? typed[...typedIndex].joined(separator: "/") : prefix
            return SessionError("\(shown): is a symbolic link to \(target ?? link), outside the roadmap's folder; not written through, nothing was written (name the file it leads to with -o to write there)")
        }
        return nil
    }

    /// Whether canonical `path` is in the tree of canonical `folder`.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }
}
