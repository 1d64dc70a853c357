import LanguageServerProtocol
import RoadmapKit

/// lint's checks over the whole plan (`Lint.planFindings`: a `⛔` naming no `🆔`, one `🆔` on two
/// goals, goals waiting for each other in a circle, a recurrence rule roadmap cannot read) for
/// the open documents: each document is linted in the plan of its root, the index that links it
/// (`RoadmapSession.planRoot`, the one whose journal its changes go to), so the findings are
/// those `roadmap lint` prints when run at that index, paths and goal numbers included, and each
/// goes to the open document it is in. The editor's buffers are read instead of the files.
///
/// Roots are found once a document is opened, and again after any open, close, save or
/// watched-file change (the search looks at the disk); the root's plan is made again after every
/// change, once for all the open documents of that plan, from the buffers and the files read
/// from disk this epoch (`DiskFiles`): a keystroke reads no file.
struct PlanLint {
    /// Each open document's root: its plan's index, canonical (the document itself when none links
    /// it, or when it is not a file on disk: then its path, or its URI).
    var roots: [DocumentURI: String] = [:]
    /// Each open document's name among its plan's files (`ownPath`), found with its root.
    var ownPaths: [DocumentURI: String] = [:]
    /// The findings of each root's plan by full path of its files, with the generation and day they
    /// were found for.
    var plans: [String: (generation: Int, today: CivilDate, byPath: [String: [LintFinding]])] = [:]

    /// Forgets the roots (a file opened, closed, saved or changed on disk may link, or stop
    /// linking, a document).
    mutating func forgetRoots() {
        roots = [:]
        ownPaths = [:]
        plans = [:]
    }
}

extension ServerState {
    /// The root of the plan the open document `uri` is in (see `PlanLint`).
    mutating func planRoot(of uri: DocumentURI) -> String {
        if let known = planLint.roots[uri] { return known }
        let root: String
        if let path = DocumentPath.path(ofURI: uri), path.hasPrefix("/") {
            let session = RoadmapSession(currentDirectory: "/") { _ in nil }
            root = session.planRoot(ofFullPath: path, open: planText(buffers: openBuffersByPath())) ?? RelativePath.normalized(path)
        } else {
            root = uri
        }
        planLint.roots[uri] = root
        return root
    }

    /// The plan-wide findings in the open document `uri`, by line (empty for a document that is
    /// no roadmap and is linked by none).
    mutating func planFindings(of uri: DocumentURI) -> [LintFinding] {
        guard let analysis = try? analysis(of: uri) else { return [] }
        let root = planRoot(of: uri)
        let today = analysis.today
        if let kept = planLint.plans[root], kept.generation == generation, kept.today == today {
            return kept.byPath[ownPath(uri)] ?? []
        }
        var byPath: [String: [LintFinding]] = [:]
        if let plan = rootPlan(root, of: uri, analysis) {
            for found in Lint.planFindings(plan.plan) {
                byPath[RelativePath.normalized(plan.session.fullPath(plan.plan.files[found.file].path)), default: []].append(found.finding)
            }
        }
        planLint.plans[root] = (generation, today, byPath)
        return byPath[ownPath(uri)] ?? []
    }

    /// How a document is named among the files of its root's plan: its full path, or its URI.
    /// Canonical when the file is on disk, as the root and so the plan's paths are: a document
    /// opened through a linked folder is the plan's file all the same.
    /// Looked up on disk once, as the root is (not on every keystroke).
    private mutating func ownPath(_ uri: DocumentURI) -> String {
        if let known = planLint.ownPaths[uri] { return known }
        var own = uri
        if let path = DocumentPath.path(ofURI: uri), path.hasPrefix("/") {
            let normalized = RelativePath.normalized(path)
            own = FileSystem.canonicalPath(normalized) ?? normalized
        }
        planLint.ownPaths[uri] = own
        return own
    }

    /// The plan of `root` as `roadmap lint` run in its folder reads it: paths from that folder,
    /// the editor's buffers winning; an unsaved document is a plan of its own.
    private mutating func rootPlan(_ root: String, of uri: DocumentURI, _ analysis: DocumentAnalysis) -> (plan: Plan, session: RoadmapSession)? {
        guard root.hasPrefix("/") else {
            let session = RoadmapSession(currentDirectory: "/") { _ in nil }
            return analysis.isRoadmap ? (analysis.plan, session) : nil
        }
        let session = RoadmapSession(currentDirectory: RelativePath.directory(of: root)) { _ in nil }
        let name = RelativePath.baseName(of: root)
        let text = planText(buffers: openBuffersByPath())
        let loaded: LoadedRoadmap
        if let open = openURI(ofPath: root), let document = try? self.analysis(of: open) {
            loaded = LoadedRoadmap(path: name, fullPath: root, roadmap: document.roadmap, tracking: document.tracking)
        } else if let bytes = text(root) {
            // As read from disk this epoch (`DiskFiles`), not at every keystroke.
            loaded = LoadedRoadmap(path: name, fullPath: root, roadmap: Roadmap(parsing: bytes))
        } else {
            return nil
        }
        guard !loaded.roadmap.goals.isEmpty || loaded.roadmap.hasLocalLinks else { return nil }
        return (session.plan(for: loaded, open: text, lookups: disk.lookups), session)
    }
}
