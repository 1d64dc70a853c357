/// Where `init` may put a roadmap without another being found in its place: `status` looks for
/// `RoadmapSession.discoveryNames` in order, in the folder and then in each folder above it.
extension TemplateInstallation {
    /// The names `status` would find in the folder before this installation's main file: a file
    /// under one of them would be the roadmap found there, not the new one.
    public var namesFoundBefore: [String] {
        let names = RoadmapSession.discoveryNames
        guard let rank = names.firstIndex(of: mainFile) else { return [] }
        return Array(names[..<rank])
    }

    /// The roadmap nearest above the absolute folder `target` (its parent first, up to `/`) that
    /// `status` run in `target` finds now, as the folder's components and the file's name: a
    /// roadmap created in `target` would hide it. Nil when there is none.
    public static func hiddenRoadmap(byOneIn target: String) -> (folder: [String], name: String)? {
        let parts = components(target)
        for depth in stride(from: parts.count - 1, through: 0, by: -1) {
            let folder = Array(parts[..<depth])
            for name in RoadmapSession.discoveryNames where FileSystem.exists("/" + (folder + [name]).joined(separator: "/")) {
                return (folder, name)
            }
        }
        return nil
    }

    /// An absolute path's folder names, `.` and `..` resolved as written (links are not followed).
    public static func components(_ path: String) -> [String] {
        var parts: [String] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(String(part)) }
        }
        return parts
    }
}
