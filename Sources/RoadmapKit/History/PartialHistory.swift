/// What roadmap reads when git lacks an object that a commit's patch needs: a partial clone
/// (`--filter=blob:none`) whose old blobs were never fetched, a `.git` shipped without them.
/// `SafeGit` never fetches, so `git log -p` stops at the newest commit that needs one (git goes
/// newest first). The history is then read from that commit on: the plan's files as they were
/// there (the baseline, each blob read alone) and the commits after it, patched as usual; what
/// came before is left out, and one line says so. Goals already done at the baseline were
/// ticked on a day git no longer has: their days stay unknown (never guessed).
enum PartialHistory {
    /// The object git says it could not read or fetch: the first full object name (40 or 64 hex
    /// digits) in its message, as in `could not fetch <oid> from promisor remote` and
    /// `unable to read <oid>`.
    static func missingObject(in message: [UInt8]) -> String? {
        var run = 0
        for (i, byte) in message.enumerated() {
            if ASCII.isDigit(byte) || (0x61...0x66).contains(byte) { run += 1; continue }
            if run == 40 || run == 64 { return String(decoding: message[(i - run)..<i], as: UTF8.self) }
            run = 0
        }
        return run == 40 || run == 64 ? String(decoding: message.suffix(run), as: UTF8.self) : nil
    }

    /// The history from the newest commit that needs `missing` on; nil when `missing` is no
    /// object of the files' history, or git fails otherwise (git's own message then says why).
    static func read(_ git: SafeGit, in directory: String, absolutePaths: [String], missing first: String) -> GitLog? {
        guard let listing = Listing.read(git, in: directory, paths: absolutePaths) else { return nil }
        var missing = first
        var tried: Set<String> = []
        // Each round leaves out at least one more commit; a few rounds are plenty (git reports
        // the newest commit's object first, so the first round normally succeeds).
        while tried.insert(missing).inserted && tried.count <= 8 {
            guard let cut = listing.newestCommit(needing: missing),
                  let output = try? git.run(in: directory, GitLog.arguments(paths: absolutePaths, after: listing.commits[cut].hash)) else { break }
            if output.status == 0 {
                var log = GitLog(parsing: output.stdout)
                let date = listing.commits[cut].date
                log.baseline = GitLog.Baseline(date: date, files: listing.baseline(at: cut, files: absolutePaths.count, git, in: directory),
                                               note: "the git history before \(date) is left out: object \(missing.prefix(12)) is missing "
                                                   + "from the repository, and roadmap never fetches one")
                return log
            }
            guard let next = missingObject(in: output.stderr) else { break }
            missing = next
        }
        return nil
    }

    /// `git log --raw` of the plan's files: which blob each commit changed, read from trees
    /// alone (no blob is read, so nothing missing stops it). Newest first, as git prints it.
    struct Listing {
        struct Change {
            let old: String
            let new: String
            let isDeletion: Bool
            /// Below the repository's top.
            let path: String
        }
        struct Commit {
            let hash: String
            let date: CivilDate
            var changes: [Change] = []
        }
        var commits: [Commit] = []
        /// One file followed through renames (as `GitLog.arguments` does): every change is its.
        let followsOneFile: Bool
        let files: [String]

        static func read(_ git: SafeGit, in directory: String, paths: [String]) -> Listing? {
            // Following renames may compare blobs; without that, renames are not followed.
            let ways: [[String]] = paths.count == 1 ? [["-M", "--follow"], ["--no-renames"]] : [["--no-renames"]]
            for way in ways {
                let arguments = GitLog.shape + ["log", "--first-parent", "--raw", "--no-abbrev", "--format=%x01%H %aI"] + way + ["--"] + paths
                guard let output = try? git.run(in: directory, arguments), output.status == 0 else { continue }
                return Listing(parsing: output.stdout, files: paths, followsOneFile: way.contains("--follow"))
            }
            return nil
        }

        init(parsing output: [UInt8], files: [String], followsOneFile: Bool) {
            self.files = files
            self.followsOneFile = followsOneFile || files.count == 1
            for line in output.split(separator: ASCII.lf, omittingEmptySubsequences: true) {
                if line.first == GitLog.marker {
                    let fields = line.dropFirst().split(separator: ASCII.space, maxSplits: 1)
                    guard fields.count == 2, fields[1].count >= 10, let date = CivilDate(isoBytes: ArraySlice(fields[1].prefix(10))) else { continue }
                    commits.append(Commit(hash: String(decoding: fields[0], as: UTF8.self), date: date))
                } else if line.first == UInt8(ascii: ":"), !commits.isEmpty, let change = Listing.change(line) {
                    commits[commits.count - 1].changes.append(change)
                }
            }
        }

        /// `:100644 100644 OLD NEW M<TAB>path`, or `R086<TAB>old<TAB>new` for a rename.
        static func change(_ line: ArraySlice<UInt8>) -> Change? {
            guard let tab = line.firstIndex(of: ASCII.tab) else { return nil }
            let meta = line[line.startIndex..<tab].split(separator: ASCII.space)
            guard meta.count >= 5 else { return nil }
            var path = Array(line[(tab + 1)...].split(separator: ASCII.tab, omittingEmptySubsequences: false).last ?? [])
            if path.first == UInt8(ascii: "\"") { path = GitPath.unquote(path) }
            return Change(old: String(decoding: meta[2], as: UTF8.self), new: String(decoding: meta[3], as: UTF8.self),
                          isDeletion: meta[4].first == UInt8(ascii: "D"), path: String(decoding: path, as: UTF8.self))
        }

        /// The newest commit whose patch needs `object` (on either side of a change that is not
        /// a pure rename), as an index into `commits`.
        func newestCommit(needing object: String) -> Int? {
            commits.firstIndex { $0.changes.contains { $0.old != $0.new && ($0.old == object || $0.new == object) } }
        }

        /// Which plan file a change is about (as `GitReplay.file(of:among:)` matches diffs).
        func file(of change: Change) -> Int? {
            if followsOneFile { return 0 }
            let suffix = "/" + change.path
            return files.indices.filter { files[$0].hasSuffix(suffix) }.min { files[$0].count < files[$1].count }
        }

        /// Each plan file as it was at commit `cut`: its last change there or before gives its blob.
        func baseline(at cut: Int, files count: Int, _ git: SafeGit, in directory: String) -> [GitLog.Baseline.File] {
            var result = [GitLog.Baseline.File?](repeating: nil, count: count)
            for commit in commits[cut...] {
                for change in commit.changes {
                    guard let f = file(of: change), f < count, result[f] == nil else { continue }
                    if change.isDeletion {
                        result[f] = .absent
                    } else if let output = try? git.run(in: directory, ["cat-file", "blob", change.new]), output.status == 0 {
                        result[f] = .bytes(output.stdout)
                    } else {
                        result[f] = .unknown
                    }
                }
                if !result.contains(where: { $0 == nil }) { break }
            }
            return result.map { $0 ?? .absent }
        }
    }
}
