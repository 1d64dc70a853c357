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
        firstIndex(linking: plan.files[0].path, open: open) { path, roadmap in
            Tracking(roadmap).start.map { InheritedStart(start: $0, index: path) }
        }
    }

    /// The first `body` gives for an index that links the file at `path` (its path as found, from
    /// `path`'s folder, and its parsed text), looking in `path`'s folder and up to
    /// `indexSearchDepth` folders above, nearest first. The one search behind a linked file's
    /// inherited start and its plan's journal (`planRoot`).
    func firstIndex<T>(linking path: String, open: (String) -> [UInt8]? = { _ in nil }, _ body: (String, Roadmap) -> T?) -> T? {
        guard let rootIdentity = FileSystem.identity(fullPath(path)) else { return nil }
        let name = Array(FileSystem.baseName(of: path).utf8)
        var directory = RelativePath.parent(of: path)
        for _ in 0...Self.indexSearchDepth {
            for index in Self.directoryIndexNames {
                let candidate = directory.isEmpty ? index : directory + "/" + index
                guard FileSystem.identity(fullPath(candidate)).map({ $0 != rootIdentity }) == true,
                      let bytes = open(fullPath(candidate)) ?? (try? FileSystem.read(fullPath(candidate))), bytes.count <= 1 << 20,
                      ByteSearch.contains(bytes, name) else { continue }
                let roadmap = Roadmap(parsing: bytes)
                let links = roadmap.goals.indices.contains { goal in
                    guard let target = roadmap.localLinkTarget(ofGoal: goal) else { return false }
                    return FileSystem.identity(fullPath(RelativePath.join(directory, target))) == rootIdentity
                }
                if links, let found = body(candidate, roadmap) { return found }
            }
            guard let up = RelativePath.up(directory) else { break }
            directory = up
        }
        return nil
    }

    /// The root of the plan the file at `fullPath` belongs to, canonical: the index that links
    /// it, and the one that links that, up to `planRootHops` levels; the file itself when no index
    /// links it. Every change to a plan's files goes into its root's journal (issue 25); the
    /// language server lints the plan of this root (`open`: an editor's buffers, by full path,
    /// read instead of the files, as `inheritedStart` reads them).
    public func planRoot(ofFullPath fullPath: String, open: (String) -> [UInt8]? = { _ in nil }) -> String? {
        guard var root = FileSystem.canonicalPath(fullPath) else { return nil }
        var seen: Set<String> = [root]
        for _ in 0..<Self.planRootHops {
            guard let index = firstIndex(linking: root, open: open, { path, _ in path }),
                  let canonical = FileSystem.canonicalPath(index), seen.insert(canonical).inserted else { break }
            root = canonical
        }
        return root
    }

    /// How many indexes up `planRoot` climbs: a plan of plans of plans, and no further.
    public static let planRootHops = 3
}

extension RoadmapSession {
    /// When things are due in `plan` as of `today`. A root without a start date of its own takes
    /// the start of an index that links it (`inheritedStart`); only then is one looked for.
    public func schedule(_ plan: Plan, today: CivilDate) -> PlanSchedule {
        guard plan.tracking(ofFile: 0).start == nil, let inherited = inheritedStart(of: plan) else { return PlanSchedule(plan, today: today) }
        return PlanSchedule(plan, today: today, inheritedStart: inherited.start, inheritedFrom: inherited.index)
    }
}
