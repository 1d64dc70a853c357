import RoadmapKit

extension Context {
    /// How many folders up an index that links the root is looked for.
    static let indexSearchDepth = 3

    /// The start date of an index that links `plan`'s root (`phase-1.md` opened alone takes its
    /// months from the `roadmap.md` that links it), and that index's path as the person would
    /// type it. Only indexes that mention the root's file name are parsed, and none over 1 MiB.
    func inheritedStart(of plan: Plan) -> (CivilDate, String)? {
        let root = plan.files[0].path
        guard let rootIdentity = FileSystem.identity(fullPath(root)) else { return nil }
        let name = Array(FileSystem.baseName(of: root).utf8)
        var directory = RelativePath.parent(of: root)
        for _ in 0...Context.indexSearchDepth {
            for index in Context.directoryIndexNames {
                let path = directory.isEmpty ? index : directory + "/" + index
                guard FileSystem.identity(fullPath(path)).map({ $0 != rootIdentity }) == true,
                      let bytes = try? FileSystem.read(fullPath(path)), bytes.count <= 1 << 20,
                      bytes.contains(subsequence: name) else { continue }
                let roadmap = Roadmap(parsing: bytes)
                let links = roadmap.goals.indices.contains { goal in
                    guard let target = roadmap.localLinkTarget(ofGoal: goal) else { return false }
                    return FileSystem.identity(fullPath(RelativePath.join(directory, target))) == rootIdentity
                }
                if links, let start = Tracking(roadmap).start { return (start, path) }
            }
            guard let up = RelativePath.up(directory) else { break }
            directory = up
        }
        return nil
    }
}

extension Array where Element == UInt8 {
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        let first = needle[0]
        var i = 0
        while i <= count - needle.count {
            if self[i] == first && self[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
