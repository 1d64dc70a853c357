/// Canonical paths and file identities, each looked up once and then kept: a language server
/// makes the plan of a file being edited again on every keystroke, and the folder rules
/// (`RoadmapSession.plan(for:tracking:open:lookups:)`) would ask the disk for the same few paths
/// each time. Whoever keeps one forgets it (makes a new one) when told the disk changed.
public final class PathLookups {
    private var canonical: [String: String?] = [:]
    private var identities: [String: String?] = [:]

    /// Nothing looked up yet.
    public init() {}

    /// `FileSystem.canonicalPath(path)`, asked once.
    public func canonicalPath(_ path: String) -> String? {
        if let known = canonical[path] { return known }
        let found = FileSystem.canonicalPath(path)
        canonical[path] = .some(found)
        return found
    }

    /// `FileSystem.identity(path)`, asked once.
    public func identity(_ path: String) -> String? {
        if let known = identities[path] { return known }
        let found = FileSystem.identity(path)
        identities[path] = .some(found)
        return found
    }
}
