/// git as roadmap runs it, in repositories nobody has vetted: so that nothing the repository's
/// own configuration names is executed. A `.git` unpacked from an archive brings its config;
/// git runs the programs that config names when asked to (docs/security.md, "git runs nothing
/// the repository configures", says which setting stops which, tried on git 2.39.5). Every git
/// call goes through `run`; a call that makes git print a diff adds `diffOptions`.
public struct SafeGit: Sendable {
    /// Absolute: found through an absolute PATH entry.
    package let executable: String
    /// What git's own lookups (remote helpers, ssh, a pager) get as PATH: the absolute entries of
    /// the person's PATH.
    let path: String?

    /// git on `path` (PATH's value), looked up from `directory` (where roadmap runs); the reason
    /// when there is none, or when the first `git` on PATH comes through a relative entry.
    public static func find(inPath path: String?, from directory: String) -> Result<SafeGit, GitHistory.Unavailable> {
        switch OutsideProgram.lookup("git", inPath: path, from: directory) {
        case let .found(executable): return .success(SafeGit(executable: executable, path: path.map(OutsideProgram.absoluteEntries)))
        case .missing: return .failure(GitHistory.Unavailable(reason: "git is not installed (not found on PATH)"))
        case let refused: return .failure(GitHistory.Unavailable(reason: refused.refusal("git"), isRefusal: true))
        }
    }

    /// git at `executable` (a test's own), with this process's PATH for its lookups.
    public init(executable: String) {
        self.init(executable: executable, path: OutsideProgram.inheritedVariable("PATH").map(OutsideProgram.absoluteEntries))
    }

    init(executable: String, path: String?) { (self.executable, self.path) = (executable, path) }

    /// Not the name of any transport or remote helper: as `GIT_ALLOW_PROTOCOL`, it forbids every
    /// one, whatever the repository's `protocol.<name>.allow` says. No `/`, for git runs a helper
    /// as `git-remote-NAME`, and a slash would make that a path in the repository.
    static let noProtocol = "roadmap-allows-no-transport"

    /// Set over the person's own variables.
    static let environment = [
        "GIT_NO_LAZY_FETCH=1",                     // a missing object is an error, never a fetch
        "GIT_ALLOW_PROTOCOL=\(noProtocol)",        // and were one tried, no transport may run
        "GIT_TERMINAL_PROMPT=0",                   // no question on the terminal
        "GIT_ASKPASS=",                            // empty: neither core.askPass nor SSH_ASKPASS runs
        "LC_ALL=C", "LANGUAGE=C",                  // messages roadmap reads, in one language
    ]

    /// Before git's command: settings given here outrank the repository's own.
    static let options = [
        "--no-pager",
        "-c", "core.fsmonitor=false",              // no fsmonitor hook when the index is refreshed
        "-c", "core.hooksPath=/dev/null",          // no hook, whatever the repository ships
        "-c", "credential.helper=",                // empty resets the list: no helper runs
        "-c", "log.showSignature=false",           // no gpg.program for a signed commit
    ]

    /// What a call that prints a diff adds: no external diff program, no textconv filter (both
    /// named by the repository's config and .gitattributes).
    package static let diffOptions = ["--no-ext-diff", "--no-textconv"]

    /// git `arguments`, run in `directory` (`-C`), hardened as above; standard input is /dev/null.
    public func run(in directory: String, _ arguments: [String]) throws(StorageError) -> OutsideProgram.Output {
        var setting = SafeGit.environment
        if let path { setting.append("PATH=" + path) }
        return try OutsideProgram.run(executable, ["-C", directory] + SafeGit.options + arguments, setting: setting)
    }
}
