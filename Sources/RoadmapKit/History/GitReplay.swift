/// A plan's files replayed through their git history, oldest commit first, then the work tree:
/// done and total goals after every commit, the day each goal's box was ticked, and every metric
/// cell as it changed. Built from one `GitLog`; nothing here runs git.
public struct GitReplay: Sendable {
    /// A file of the plan as it is now.
    public struct File: Sendable {
        /// The file's parsed roadmap, as in the work tree.
        public let roadmap: Roadmap
        /// Absolute, symbolic links resolved: matched against the paths git prints.
        public let path: String
        /// Prefixes the names of its metrics (nil for the root file).
        public let key: String?
        /// The section all its goals count under for `--by-section` (a linked file: the section
        /// that links it); nil: each goal's own top section.
        public let group: String?
        /// A file of the plan, to match against git's paths.
        public init(roadmap: Roadmap, path: String, key: String?, group: String?) {
            (self.roadmap, self.path, self.key, self.group) = (roadmap, path, key, group)
        }
    }

    package let commits: Int
    /// Where the history begins when git lacked older objects (`GitLog.Baseline`): the goals done
    /// there have no day in `tickedOn`. Nil when the history goes back to the first commit.
    public let begins: CivilDate?
    /// One line saying what is missing and left out, with `begins`.
    public let leftOut: String?
    /// One per day with a commit, then today from the work tree; oldest first.
    public let points: [History.Point]
    /// Done and total per top section over time (`history --by-section`).
    public let sections: [History.SectionSeries]
    /// By file, by goal of the work tree: the day its box was ticked, for done goals (today for
    /// one ticked since the last commit); nil for one already done where the history `begins`.
    public let tickedOn: [[CivilDate?]]
    /// Metric cells of a current column, each time they changed (target not set here).
    public let metrics: [History.MetricSeries]
    /// Each goal's count each time it changed (`ProgressRecorder`; target: the last one read).
    public let counts: [History.MetricSeries]
    /// Time spent, put on the day of the commit that added it (the work tree's on today).
    public let spent: [History.TimeSpent]

    /// - Parameter inPlace: take the short path for goals changed in place (off only in the test
    ///   that checks it gives what parsing every version gives).
    public init(_ log: GitLog, files: [File], today: CivilDate) {
        self.init(log, files: files, today: today, inPlace: true)
    }

    init(_ log: GitLog, files: [File], today: CivilDate, inPlace: Bool) {
        var shared = ReplayShared()
        var timelines = files.map { file in FileTimeline(fixedGroup: file.group.map { shared.group($0) }, key: file.key) }
        var points: [History.Point] = []
        var groupPoints: [[History.Point]] = []
        var metrics = MetricRecorder()
        func record(_ date: CivilDate) {
            var tally = Tally()
            var groups = [Tally](repeating: Tally(), count: shared.groups.count)
            for timeline in timelines {
                tally += timeline.tally
                for (g, t) in timeline.groupTallies.enumerated() { groups[g] += t }
            }
            points.append(History.Point(date: date, done: tally.done, total: tally.counted))
            while groupPoints.count < groups.count { groupPoints.append([]) }
            for (g, t) in groups.enumerated() where t.total > 0 || !groupPoints[g].isEmpty {
                groupPoints[g].append(History.Point(date: date, done: t.done, total: t.counted))
            }
        }
        // Points follow the commits' order: one whose author day is earlier than the commit
        // before it (a rebase, a cherry-pick) counts on that commit's day, so the line never
        // goes back in time. The days goals were ticked stay each commit's own.
        var latest = CivilDate(daysSinceEpoch: 0)
        if let baseline = log.baseline {
            (shared.progress.day, shared.progress.attributes) = (baseline.date, false)
            for (f, file) in baseline.files.enumerated() where f < files.count {
                let bytes: [UInt8]
                switch file {
                case .absent: continue
                case let .bytes(then): bytes = then
                case .unknown: bytes = files[f].roadmap.bytes
                }
                let tracking = Tracking.parsing(bytes)
                timelines[f].reparse(FileVersion(bytes: bytes), oldLine: [], roadmap: tracking.roadmap, date: nil, shared: &shared)
                if file != .unknown { metrics.read(tracking, key: files[f].key, on: baseline.date) }
            }
            latest = baseline.date
            record(latest)
        }
        shared.progress.attributes = true
        for commit in log.commits {
            shared.progress.day = commit.date
            for diff in commit.diffs {
                guard !diff.isBinary, let f = GitReplay.file(of: diff, among: files) else { continue }
                if inPlace && timelines[f].applyInPlace(diff, of: log, date: commit.date, shared: &shared) { continue }
                let base = diff.isNew ? FileVersion() : timelines[f].version
                let applied = base.applying(diff, of: log)
                if GitReplay.touchesTables(diff, log) {
                    let tracking = Tracking.parsing(applied.version.bytes)
                    timelines[f].reparse(applied.version, oldLine: applied.oldLine, roadmap: tracking.roadmap, date: commit.date, shared: &shared)
                    metrics.read(tracking, key: files[f].key, on: commit.date)
                } else {
                    timelines[f].reparse(applied.version, oldLine: applied.oldLine, roadmap: Roadmap(parsing: applied.version.bytes),
                                         date: commit.date, shared: &shared)
                }
            }
            latest = max(latest, commit.date)
            record(latest)
        }
        var ticked: [[CivilDate?]] = []
        shared.progress.day = today
        for (f, file) in files.enumerated() {
            ticked.append(timelines[f].finish(file.roadmap, today: today, shared: &shared))
            if timelines[f].version.bytes != file.roadmap.bytes || log.commits.isEmpty {
                metrics.read(Tracking(file.roadmap), key: file.key, on: today)
            }
        }
        record(today)
        // The baseline is a commit too: the state of the files there is read, only not how it came about.
        commits = log.commits.count + (log.baseline == nil ? 0 : 1)
        begins = log.baseline?.date
        leftOut = log.baseline?.note
        self.points = History.Point.lastOfEachDay(points, upTo: today)
        sections = shared.groups.indices.compactMap { g in
            g < groupPoints.count && !groupPoints[g].isEmpty
                ? History.SectionSeries(name: shared.groups[g], points: History.Point.lastOfEachDay(groupPoints[g], upTo: today)) : nil
        }
        tickedOn = ticked
        self.metrics = metrics.series
        counts = shared.progress.counts
        spent = shared.progress.spent
    }

    /// Which file a diff is about: the only one, or the one whose absolute path ends with the
    /// path git printed (below the repository's top), the shortest if several do.
    static func file(of diff: GitLog.FileDiff, among files: [File]) -> Int? {
        if files.count == 1 { return 0 }
        guard let path = diff.newPath ?? diff.oldPath else { return nil }
        let suffix = "/" + path
        return files.indices.filter { files[$0].path.hasSuffix(suffix) }.min { files[$0].path.count < files[$1].path.count }
    }

    /// Whether a changed line holds a `|`: a table row (a metric cell) may have changed.
    static func touchesTables(_ diff: GitLog.FileDiff, _ log: GitLog) -> Bool {
        for hunk in diff.hunks {
            for index in hunk.lines where log.lines[index].kind != ASCII.space {
                if log.bytes(of: log.lines[index]).contains(ASCII.pipe) { return true }
            }
        }
        return false
    }
}

extension FileTimeline {
    /// The work tree after the last commit: its goals paired with the last commit's (lines equal
    /// at the start and the end of the file are unchanged; the rest are paired by text).
    /// Returns, by goal of `workTree`, the day done goals were ticked.
    mutating func finish(_ workTree: Roadmap, today: CivilDate, shared: inout ReplayShared) -> [CivilDate?] {
        let same = workTree.bytes == version.bytes && goals.count == workTree.goals.count
            && zip(goals, workTree.goals).allSatisfy { $0.state == $1.state }
        if !same {
            let next = FileVersion(bytes: workTree.bytes)
            reparse(next, oldLine: version.unchangedLines(to: next), roadmap: workTree, date: today, shared: &shared)
        }
        return goals.map { $0.state == .done ? shared.doneSince[Int($0.identity)] : nil }
    }
}

extension FileVersion {
    /// For each line of `other`, the line of this version it equals when it lies in the run of
    /// equal lines at the start or at the end of both.
    func unchangedLines(to other: FileVersion) -> [Int?] {
        var map = [Int?](repeating: nil, count: other.lineCount)
        var head = 0
        while head < lineCount && head < other.lineCount && bytes[line(head)].elementsEqual(other.bytes[other.line(head)]) {
            map[head] = head
            head += 1
        }
        var tail = 0
        while tail < lineCount - head && tail < other.lineCount - head,
              bytes[line(lineCount - 1 - tail)].elementsEqual(other.bytes[other.line(other.lineCount - 1 - tail)]) {
            map[other.lineCount - 1 - tail] = lineCount - 1 - tail
            tail += 1
        }
        return map
    }
}
