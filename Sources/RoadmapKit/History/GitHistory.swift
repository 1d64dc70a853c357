/// Reading a plan's history from git: one `git log` for all its files (see `GitLog`), replayed
/// (see `GitReplay`). Without git, or outside a work tree, one line says why.
public enum GitHistory {
    public struct Unavailable: Error, Sendable, Equatable {
        /// One line: `git is not installed (not found on PATH)`.
        public let reason: String
    }

    /// - Parameters:
    ///   - git: the git executable, nil when none was found.
    ///   - paths: the files' paths as the person named them, for messages.
    ///   - absolutePaths: the same files, absolute with links resolved.
    public static func replay(_ plan: Plan, paths: [String], absolutePaths: [String], git: String?,
                              today: CivilDate) -> Result<GitReplay, Unavailable> {
        switch log(paths: paths, absolutePaths: absolutePaths, git: git) {
        case let .success(log):
            return .success(GitReplay(log, files: HistoryBuilder.replayFiles(plan, absolutePaths: absolutePaths), today: today))
        case let .failure(error):
            return .failure(error)
        }
    }

    /// The parsed `git log` of the files.
    public static func log(paths: [String], absolutePaths: [String], git: String?) -> Result<GitLog, Unavailable> {
        guard let git else { return .failure(Unavailable(reason: "git is not installed (not found on PATH)")) }
        let directory = FileSystem.parentDirectory(of: absolutePaths[0])
        let output: OutsideProgram.Output
        do {
            output = try OutsideProgram.run(git, GitLog.arguments(directory: directory, paths: absolutePaths), setting: ["LC_ALL=C", "LANGUAGE=C"])
        } catch {
            return .failure(Unavailable(reason: "git could not be run: \(error.message)"))
        }
        guard output.status == 0 else {
            let message = printable(firstLine(output.stderr))
            if message.contains("not a git repository") {
                return .failure(Unavailable(reason: "\(paths[0]) is not in a git work tree"))
            }
            return .failure(Unavailable(reason: "git log failed (\(message.isEmpty ? "exit status \(output.status)" : message))"))
        }
        return .success(GitLog(parsing: output.stdout))
    }

    private static func firstLine(_ bytes: [UInt8]) -> [UInt8] {
        Array(bytes.prefix { $0 != ASCII.lf && $0 != ASCII.cr }.prefix(300))
    }

    /// Git's message with control characters dropped: it may quote a file name, which is untrusted.
    private static func printable(_ bytes: [UInt8]) -> String {
        String(String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }
            .map(Character.init))
    }
}
