import LanguageServerProtocol
import RoadmapKit

/// "Stamp done date from git" on the done goals of the lines that have no ` ✅` date: the day git
/// gives each, written as `roadmap stamp` writes it (`Plan.stampTargets`, `GitHistory.replay`,
/// `StampTargets.dated(by:)`, `Plan.stampEdits`). git only reads (`git log`, run hardened by
/// `SafeGit`). The history read is kept for the document's version and day, so moving the cursor
/// over a done goal does not run git again; outside a work tree, or without git, nothing is
/// offered and the log says why once for the server's life. A class: one per server, kept by
/// the code action handler between requests.
public final class StampActions {
    private var key: (uri: DocumentURI, version: Int, today: CivilDate)?
    private var replay: Result<GitReplay, GitHistory.Unavailable>?
    private var logged = false

    /// Nothing read yet.
    public init() {}

    /// The action for the lines, if one of their goals is done, undated and given a day by git.
    /// `log` takes the one line that says why git gave nothing.
    public func actions(_ analysis: DocumentAnalysis, lines: ClosedRange<Int>, editForm: EditForm, log: (String) -> Void) -> [CodeAction] {
        let plan = analysis.plan
        let named = GoalChanges.goals(analysis, lines: lines).map { GoalRef(file: 0, goal: $0) }
        let targets = plan.stampTargets(named: named)
        guard !targets.goals.isEmpty, let path = analysis.path else { return [] }
        switch history(analysis, path: path) {
        case let .failure(unavailable):
            if !logged {
                logged = true
                log("No 'Stamp done date from git': \(unavailable.reason)")
            }
            return []
        case let .success(replay):
            let dated = targets.dated(by: replay.tickedOn)
            guard !dated.isEmpty else { return [] }
            let title = dated.count == 1 ? "Stamp done date from git" : "Stamp \(dated.count) done dates from git"
            let edits = plan.stampEdits(dated)[0].sorted { $0.range.lowerBound < $1.range.lowerBound }
            return [CodeAction(title: title, kind: .refactorRewrite, edit: editForm.edit(analysis, analysis.clientEdits(edits)))]
        }
    }

    /// The history of the file at `path` replayed onto this version of the buffer, read once per
    /// version and day (a box ticked since the last commit is dated today, as stamp dates it).
    private func history(_ analysis: DocumentAnalysis, path: String) -> Result<GitReplay, GitHistory.Unavailable> {
        if let key, let replay, key.uri == analysis.uri, key.version == analysis.version, key.today == analysis.today { return replay }
        let absolute = FileSystem.canonicalPath(path) ?? path
        let git = SafeGit.find(inPath: OutsideProgram.inheritedVariable("PATH"), from: FileSystem.parentDirectory(of: absolute))
        let read = GitHistory.replay(analysis.plan, paths: [path], absolutePaths: [absolute], git: git, today: analysis.today)
        key = (analysis.uri, analysis.version, analysis.today)
        replay = read
        return read
    }
}
