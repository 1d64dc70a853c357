// Running an outside program a person already has (git, their editor), without a shell: the one
// place that spawns processes, beside Platform.swift, which holds the rest of the C calls.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An outside program run to its end with `posix_spawn`: no shell, so no argument is ever
/// interpreted. Captured (git), standard input is `/dev/null`, so it never waits for a person, and
/// its output is read; on the terminal (an editor), it has this process's streams.
public enum OutsideProgram {
    /// Where the program's output goes: read by this process (`captured`), or to the terminal.
    public enum Streams: Sendable { case captured, terminal }

    /// What the program wrote, and how it ended.
    public struct Output: Sendable {
        /// The exit status; 128 + the signal's number when a signal ended it.
        public let status: Int32
        /// The signal that ended it, if one did.
        public let signal: Int32?
        /// Empty on the terminal.
        public let stdout: [UInt8]
        /// What it wrote on standard error; empty on the terminal.
        public let stderr: [UInt8]
    }

    /// Where a program's name leads. A program is run only from an absolute path: one found
    /// through `.`, an empty or a relative PATH entry, or named by a relative path, would be
    /// whatever the folder roadmap runs in holds (a cloned repository's `bin/git`), so it is
    /// refused, as Go's os/exec refuses it since 1.19 (`exec.ErrDot`).
    public enum Lookup: Equatable, Sendable {
        /// An absolute path to run.
        case found(String)
        /// Nothing of that name on PATH.
        case missing
        /// The first match in PATH's order is `candidate`, through the relative (or empty) `entry`.
        case relativeEntry(entry: String, candidate: String)
        /// A name with a slash that does not start at `/`: a path from the current folder.
        case relativePath(String)

        /// The one line that says why a refused program is not run; `subject` names it (`git`, `it`).
        public func refusal(_ subject: String) -> String {
            switch self {
            case .found, .missing: return ""
            case let .relativeEntry(entry, candidate):
                let through = entry.isEmpty ? "an empty PATH entry (the current folder)" : "the relative PATH entry \"\(entry)\""
                return "\(subject) would be \(candidate), found through \(through); roadmap runs programs only from absolute PATH entries"
            case .relativePath:
                return "a relative path names a program in the current folder, which roadmap does not run"
            }
        }
    }

    /// `name` looked up in the entries of `path` (`$PATH`'s value) in order, the first executable
    /// file found deciding; relative entries are looked at from `directory` (where roadmap runs),
    /// only to name them when refusing. A name with a slash is a path, not looked up.
    public static func lookup(_ name: String, inPath path: String?, from directory: String) -> Lookup {
        if name.contains("/") { return name.hasPrefix("/") ? .found(name) : .relativePath(name) }
        // An empty PATH holds no entry (as Go reads it), not one empty entry.
        guard let path, !path.isEmpty, !name.isEmpty else { return .missing }
        for entry in path.split(separator: ":", omittingEmptySubsequences: false).map(String.init) {
            let folder = entry.isEmpty ? "." : entry
            let candidate = folder + (folder.hasSuffix("/") ? "" : "/") + name
            let absolute = entry.hasPrefix("/")
            let onDisk = absolute ? candidate : directory + "/" + candidate
            guard access(onDisk, X_OK) == 0 && !FileSystem.isDirectory(onDisk) else { continue }
            return absolute ? .found(candidate) : .relativeEntry(entry: entry, candidate: candidate)
        }
        return .missing
    }

    /// The absolute entries of `path`, in order: the PATH a program roadmap runs gets, so that
    /// what it looks up in turn (git's helpers, ssh, a pager) cannot come from the current folder.
    public static func absoluteEntries(_ path: String) -> String {
        path.split(separator: ":").filter { $0.hasPrefix("/") }.joined(separator: ":")
    }

    /// A variable of this process's environment.
    public static func inheritedVariable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Runs `executable` with `arguments` (the program's name is added as argv[0]) and an
    /// environment: `environment` (`NAME=value`; nil for this process's own) with `setting`
    /// overriding. Captured, its standard output and error are read as it writes them (both at
    /// once, so neither pipe can fill up and stall it).
    public static func run(_ executable: String, _ arguments: [String], environment: [String]? = nil, setting: [String] = [],
                           streams: Streams = .captured) throws(StorageError) -> Output {
        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        if streams == .captured {
            guard pipe(&outPipe) == 0 else { throw StorageError(path: executable, errno: errno) }
            guard pipe(&errPipe) == 0 else {
                let code = errno
                close(outPipe[0]); close(outPipe[1])
                throw StorageError(path: executable, errno: code)
            }
            for fd in [outPipe[0], errPipe[0]] { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        }
        let captured = streams == .captured

        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if captured {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
            for fd in [outPipe[0], outPipe[1], errPipe[0], errPipe[1]] { posix_spawn_file_actions_addclose(&actions, fd) }
        }

        let names = setting.map { String($0.prefix { $0 != "=" }) + "=" }
        let variables = setting + (environment ?? inheritedEnvironment()).filter { variable in !names.contains(where: variable.hasPrefix) }
        // Arguments and variables as the bytes they stand for (`PathBytes`): a path given to git or
        // an editor names the same file.
        let argv = ([executable] + arguments).map { strdup(systemPath($0)) } + [nil]
        let envp = variables.map { strdup(systemPath($0)) } + [nil]
        defer { for p in argv + envp { free(p) } }

        var pid = pid_t()
        // ETXTBSY: the program was being written a moment ago (a script just saved, whose writer
        // another process forked while it was open). It passes; try again briefly.
        var spawned = posix_spawn(&pid, systemPath(executable), &actions, nil, argv, envp)
        for _ in 0..<50 where spawned == ETXTBSY {
            usleep(10_000)
            spawned = posix_spawn(&pid, systemPath(executable), &actions, nil, argv, envp)
        }
        if captured { close(outPipe[1]); close(errPipe[1]) }
        guard spawned == 0 else {
            if captured { close(outPipe[0]); close(errPipe[0]) }
            throw StorageError(path: executable, errno: spawned)
        }
        var (stdout, stderr): ([UInt8], [UInt8]) = ([], [])
        if captured {
            (stdout, stderr) = drain(outPipe[0], errPipe[0])
            close(outPipe[0]); close(errPipe[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw StorageError(path: executable, errno: errno) }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift does not import.
        let signal = status & 0x7F == 0 ? nil : status & 0x7F
        return Output(status: signal.map { 128 + $0 } ?? (status >> 8) & 0xFF, signal: signal, stdout: stdout, stderr: stderr)
    }

    /// Both pipes read to their end, whichever has data first.
    private static func drain(_ out: Int32, _ err: Int32) -> ([UInt8], [UInt8]) {
        var buffers: [[UInt8]] = [[], []]
        var fds = [pollfd(fd: out, events: Int16(POLLIN), revents: 0), pollfd(fd: err, events: Int16(POLLIN), revents: 0)]
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while fds.contains(where: { $0.fd >= 0 }) {
            let ready = poll(&fds, nfds_t(fds.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for k in fds.indices where fds[k].fd >= 0 && fds[k].revents != 0 {
                let n = chunk.withUnsafeMutableBytes { systemRead(fds[k].fd, $0.baseAddress!, $0.count) }
                if n > 0 {
                    buffers[k].append(contentsOf: chunk[0..<n])
                } else if n == 0 || errno != EINTR {
                    fds[k].fd = -1  // poll skips negative descriptors
                }
            }
        }
        return (buffers[0], buffers[1])
    }

    /// This process's variables, `NAME=value`.
    private static func inheritedEnvironment() -> [String] {
        #if canImport(Darwin)
        var entry: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = _NSGetEnviron()?.pointee
        #else
        var entry: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
        #endif
        var variables: [String] = []
        while let pointer = entry?.pointee {
            variables.append(PathBytes.string(cString: pointer))
            entry = entry! + 1
        }
        return variables
    }
}
