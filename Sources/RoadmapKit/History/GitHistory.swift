/// Reading a plan's history from git: one `git log` for all its files (see `GitLog`), replayed
/// (see `GitReplay`). git runs hardened (`SafeGit`); where it lacks objects the history is read
/// from the newest commit it can patch (`PartialHistory`). Without git, or outside a work tree,
/// one line says why.
public enum GitHistory {
    /// Why there is no history from git: one line for the person, and whether it is a refusal.
    public struct Unavailable: Error, Sendable, Equatable {
        /// One line: `git is not installed (not found on PATH)`.
        public let reason: String
        /// git was found, but through a relative PATH entry, and not run (`SafeGit.find`).
        public var isRefusal = false
    }

    /// - Parameters:
    ///   - git: git as `SafeGit.find` found it, or why there is none.
    ///   - paths: the files' paths as the person named them, for messages.
    ///   - absolutePaths: the same files, absolute with links resolved.
    public static func replay(_ plan: Plan, paths: [String], absolutePaths: [String], git: Result<SafeGit, Unavailable>,
                              today: CivilDate) -> Result<GitReplay, Unavailable> {
        switch log(paths: paths, absolutePaths: absolutePaths, git: git) {
        case let .success(log):
            return .success(GitReplay(log, files: HistoryBuilder.replayFiles(plan, absolutePaths: absolutePaths), today: today))
        case let .failure(error):
            return .failure(error)
        }
    }

    /// The parsed `git log` of the files.
    public static func log(paths: [String], absolutePaths: [String], git found: Result<SafeGit, Unavailable>) -> Result<GitLog, Unavailable> {
        let git: SafeGit
        switch found {
        case let .success(safe): git = safe
        case let .failure(unavailable): return .failure(unavailable)
        }
        let directory = FileSystem.parentDirectory(of: absolutePaths[0])
        let output: OutsideProgram.Output
        do {
            output = try git.run(in: directory, GitLog.arguments(paths: absolutePaths))
        } catch {
            return .failure(Unavailable(reason: "git could not be run: \(error.message)"))
        }
        guard output.status == 0 else {
            let message = printable(failureLine(output.stderr))
            if message.contains("not a git repository") {
                return .failure(Unavailable(reason: "\(paths[0]) is not in a git work tree"))
            }
            if let missing = PartialHistory.missingObject(in: output.stderr),
               let log = PartialHistory.read(git, in: directory, absolutePaths: absolutePaths, missing: missing) {
                return .success(log)
            }
            return .failure(Unavailable(reason: "git log failed (\(message.isEmpty ? "exit status \(output.status)" : message))"))
        }
        return .success(GitLog(parsing: output.stdout))
    }

    /// The line of git's message that says what failed: its first `fatal:` or `error:` line (a
    /// `warning:` may come before it), else its first line.
    private static func failureLine(_ bytes: [UInt8]) -> [UInt8] {
        let lines = bytes.split(whereSeparator: { $0 == ASCII.lf || $0 == ASCII.cr })
        let line = lines.first { $0.starts(with: Array("fatal: ".utf8)) || $0.starts(with: Array("error: ".utf8)) } ?? lines.first ?? []
        return Array(line.prefix(300))
    }

    /// Git's message with its control characters shown as all text is shown (`VisibleControls`):
    /// it may quote a file name, which is untrusted.
    static func printable(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        bytes.withUnsafeBufferPointer { VisibleControls.append($0, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }
}
