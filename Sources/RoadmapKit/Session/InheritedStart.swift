/// A start date a root takes from an index above it (`phase-1.md` opened alone takes its months
/// from the `roadmap.md` that links it).
public struct InheritedStart: Sendable, Equatable {
    /// The index's start date.
    public let start: CivilDate
    /// The index's path, as the person would type it.
    public let index: String
}

extension RoadmapSession {
    /// The start date of an index that links `plan`'s root, in its folder or up to
    /// `indexSearchDepth` folders above. Only indexes that mention the root's file name are
    /// parsed (a linear byte search), and none over 1 MiB; the index must link the root's very
    /// file (device and inode), not another of its name. `open` gives the text an editor holds
    /// for a full path, read instead of the file (a language server's open buffers win).
    public func inheritedStart(of plan: Plan, open: (String) -> [UInt8]? = { _ in nil }) -> InheritedStart? {
        let root = plan.files[0].path
        guard let rootIdentity = FileSystem.identity(fullPath(root)) else { return nil }
        let name = Array(FileSystem.baseName(of: root).utf8)
        var directory = RelativePath.parent(of: root)
        for _ in 0...Self.indexSearchDepth {
            for index in Self.directoryIndexNames {
                let path = directory.isEmpty ? index : directory + "/" + index
                guard FileSystem.identity(fullPath(path)).map({ $0 != rootIdentity }) == true,
                      let bytes = open(fullPath(path)) ?? (try? FileSystem.read(fullPath(path))), bytes.count <= 1 << 20,
                      ByteSearch.contains(bytes, name) else { continue }
                let roadmap = Roadmap(parsing: bytes)
                let links = roadmap.goals.indices.contains { goal in
                    guard let target = roadmap.localLinkTarget(ofGoal: goal) else { return false }
                    return FileSystem.identity(fullPath(RelativePath.join(directory, target))) == rootIdentity
                }
                if links, let start = Tracking(roadmap).start { return InheritedStart(start: start, index: path) }
            }
            guard let up = RelativePath.up(directory) else { break }
            directory = up
        }
        return nil
    }
}
