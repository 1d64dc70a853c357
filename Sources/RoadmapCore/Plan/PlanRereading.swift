extension Plan {
    /// The same plan read again from new bytes for each of its files (by file, as `files`): what
    /// an edit would give, before it is written. Files are linked as they were; the tracking
    /// model is read with them.
    public func reread(_ bytes: [[UInt8]]) -> Plan {
        let paths = files.map(\.path)
        let root = Tracking.parsing(bytes[0])
        return Plan(root: root.roadmap, path: paths[0], tracking: root) { path in
            guard let file = paths.firstIndex(of: path) else { return .failure(StorageError(path: path, message: "not in the plan")) }
            return .success(bytes[file])
        }
    }
}
