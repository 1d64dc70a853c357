import Foundation
import RoadmapKit
import RoadmapTestSupport

/// The roadmaps a test runs over: the bundled ones under Roadmaps/, and the corpus in ../shared
/// (skipped by name, with a SKIP line, when it is absent).
enum BundledFiles {
    struct File {
        /// As a failure names it: `career-roadmap.md`, `corpus/real/…`.
        let name: String
        /// Absolute, where its links point from.
        let path: String
        let bytes: [UInt8]
        var uri: String { "file://" + path }
    }

    /// Every bundled roadmap under Roadmaps/.
    static func bundled() -> [File] {
        let root = PackagePaths.roadmaps
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
            .map { File(name: String($0.path.dropFirst(root.path.count + 1)), path: $0.path, bytes: Corpus.bytes($0)) }
    }

    /// Every markdown file of ../shared/corpus; none, with a printed "SKIP: corpus not found"
    /// line, when ../shared is absent.
    static func corpus() -> [File] {
        Corpus.markdownFiles().map { File(name: Corpus.name($0), path: $0.path, bytes: Corpus.bytes($0)) }
    }

    /// The bundled roadmaps, then the corpus.
    static func all() -> [File] { bundled() + corpus() }
}

/// Lint as `roadmap lint` runs it on the file at `path` (its links checked on disk).
enum RoadmapKitLint {
    static func findings(_ bytes: [UInt8], path: String, today: CivilDate) -> [LintFinding] {
        Lint.findings(bytes, today: today, path: path, exists: { FileSystem.exists($0) })
    }

    /// The file's findings and the plan's in it, joined as `roadmap lint` prints them.
    static func withPlan(_ bytes: [UInt8], path: String, today: CivilDate) -> [LintFinding] {
        Lint.joined(findings(bytes, path: path, today: today), planFindings(path: path))
    }

    /// The findings over the whole plan that are in the file at `path`, as `roadmap lint` run in
    /// the folder of the file's plan root (the index that links it, else the file) prints them.
    static func planFindings(path: String) -> [LintFinding] {
        let root = RoadmapSession(currentDirectory: "/") { _ in nil }.planRoot(ofFullPath: path) ?? path
        let session = RoadmapSession(currentDirectory: RelativePath.directory(of: root)) { _ in nil }
        guard let loaded = try? session.read(RelativePath.baseName(of: root)) else { return [] }
        let plan = session.plan(for: loaded)
        let own = RelativePath.normalized(FileSystem.canonicalPath(path) ?? path)
        return Lint.planFindings(plan).filter {
            RelativePath.normalized(FileSystem.canonicalPath(session.fullPath(plan.files[$0.file].path)) ?? "") == own
        }.map(\.finding)
    }
}
