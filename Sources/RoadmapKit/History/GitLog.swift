/// A file's (or a plan's files') history as one `git log -p` prints it, parsed from its bytes.
///
/// One call for the whole history, never one per commit. `--first-parent` keeps the history a
/// line, so the patches apply one after another from the first commit: each merge shows what it
/// brought to the branch against its first parent (a merged branch's ticks count at the merge).
/// Git prints newest first (`--reverse` does not go with `--follow`), so the commits are turned
/// around here; the versions are rebuilt forwards from the empty file (see `FileVersion`).
public struct GitLog: Sendable {
    /// A line of a hunk: its kind (` `, `+` or `-`) and its bytes in `output`, ending included
    /// (none when git said `\ No newline at end of file`).
    struct PatchLine: Sendable {
        let kind: UInt8
        let start: Int32
        var end: Int32
    }

    struct Hunk: Sendable {
        /// 1-based first line in the old version (the line after which to insert, when `oldCount` is 0).
        let oldStart: Int
        let oldCount: Int
        /// Indices into `lines`.
        var lines: Range<Int>
    }

    struct FileDiff: Sendable {
        /// Below the repository's top; nil for `/dev/null` (an added file, or a deleted one).
        var oldPath: String?
        var newPath: String?
        var hunks: [Hunk] = []
        /// Git printed `Binary files … differ`: the content cannot be followed.
        var isBinary = false
        var isNew = false
        var isDeleted = false
    }

    struct Commit: Sendable {
        /// The author's day, in the author's time zone: when the box was ticked, kept through
        /// rebases and amends (which reset the committer date).
        let date: CivilDate
        var diffs: [FileDiff] = []
    }

    let output: [UInt8]
    var lines: [PatchLine] = []
    /// Oldest first.
    var commits: [Commit] = []

    /// Marks the start of a commit's header line: a byte no line of a patch starts with.
    static let marker: UInt8 = 0x01

    /// Configuration that could change the output's shape, fixed: prefixes, quoting, colour,
    /// relative paths, the first commit shown as a creation.
    static let shape = ["-c", "core.quotePath=true", "-c", "diff.noprefix=false", "-c", "diff.mnemonicPrefix=false",
                        "-c", "diff.relative=false", "-c", "color.ui=never", "-c", "log.showRoot=true"]

    /// The arguments for `SafeGit.run`: `shape`, then `log` with its own options fixed.
    /// - Parameters:
    ///   - paths: the files, absolute; one file is followed through renames (`--follow` takes one path).
    ///   - after: leave out this commit and all before it (see `PartialHistory`).
    public static func arguments(paths: [String], after: String? = nil) -> [String] {
        var arguments = shape + ["log", "--first-parent", "-p", "-M", "--text", "--no-color"] + SafeGit.diffOptions
            + ["--src-prefix=a/", "--dst-prefix=b/", "--format=%x01%H %aI"]
        if paths.count == 1 { arguments.append("--follow") }
        if let after { arguments.append(after + "..HEAD") }
        return arguments + ["--"] + paths
    }

    /// Where the history starts when git lacks objects that older commits need (see
    /// `PartialHistory`): the plan's files as they were at the last commit left out.
    public struct Baseline: Sendable {
        /// What a file of the plan was at the baseline.
        public enum File: Sendable, Equatable {
            /// The file did not exist then.
            case absent
            case bytes([UInt8])
            /// git lacks that version too: the file is taken as it is now, its done goals undated.
            case unknown
        }
        /// The day of the last commit left out.
        public let date: CivilDate
        /// By file of the plan, in the order of the paths given to git.
        public let files: [File]
        /// One line: what is missing and what is left out.
        public let note: String
    }

    /// Set when the history does not go back to the first commit.
    public internal(set) var baseline: Baseline?

    /// Parses what `arguments` makes git print. Any bytes give a log: what does not fit the
    /// shape is skipped.
    public init(parsing output: [UInt8]) {
        self.output = output
        var newestFirst: [Commit] = []
        output.withUnsafeBufferPointer { bytes in
            var reader = GitLogReader(bytes: bytes)
            while let line = reader.nextLine() {
                let b = bytes[line.lowerBound..<line.upperBound]
                if b.first == GitLog.marker {
                    newestFirst.append(Commit(date: GitLog.date(in: b) ?? CivilDate(daysSinceEpoch: 0)))
                } else if GitLog.starts(b, "diff --git "), !newestFirst.isEmpty {
                    newestFirst[newestFirst.count - 1].diffs.append(FileDiff())
                } else if !newestFirst.isEmpty, !newestFirst[newestFirst.count - 1].diffs.isEmpty {
                    let c = newestFirst.count - 1, d = newestFirst[c].diffs.count - 1
                    reader.header(b, into: &newestFirst[c].diffs[d], lines: &lines)
                }
            }
        }
        commits = newestFirst.reversed()
    }

    /// `YYYY-MM-DD` from the header line's date (`%aI`, after the hash).
    static func date(in line: GitLogReader.Line) -> CivilDate? {
        guard let space = line.firstIndex(of: ASCII.space), line.endIndex - space > 10 else { return nil }
        return CivilDate(isoBytes: ArraySlice(line[(space + 1)..<(space + 11)]))
    }

    static func starts(_ line: GitLogReader.Line, _ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { p in line.count >= p.count && zip(line, p).allSatisfy { $0 == $1 } }
    }

    /// The bytes of a hunk line, ending included.
    func bytes(of line: PatchLine) -> ArraySlice<UInt8> { output[Int(line.start)..<Int(line.end)] }
}
