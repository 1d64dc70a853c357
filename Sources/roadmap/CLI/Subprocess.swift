// Running a program a person already has (their editor): posix_spawn and waitpid, no shell.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

enum Subprocess {
    enum Outcome: Equatable {
        case exited(Int32)
        case killed(signal: Int32)
        /// The program could not be started: not found on PATH, not executable.
        case notStarted(reason: String)
    }

    /// Runs `arguments[0]` (looked up on PATH when it has no `/`) with the rest as its arguments,
    /// on this process's terminal, and waits for it.
    /// - Parameter environment: the child's variables; nil for this process's own.
    static func run(_ arguments: [String], environment: [String: String]?) -> Outcome {
        guard !arguments.isEmpty else { return .notStarted(reason: "no program named") }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer {
            argv.forEach { free($0) }
            envp?.forEach { free($0) }
        }
        var pid = pid_t()
        func spawn() -> Int32 {
            argv.withUnsafeBufferPointer { a in
                let args = UnsafeMutablePointer(mutating: a.baseAddress!)
                guard let envp else { return posix_spawnp(&pid, argv[0]!, nil, nil, args, processEnvironment) }
                return envp.withUnsafeBufferPointer { e in
                    posix_spawnp(&pid, argv[0]!, nil, nil, args, UnsafeMutablePointer(mutating: e.baseAddress!))
                }
            }
        }
        // ETXTBSY: the program was being written a moment ago (a script just saved, whose writer
        // another process forked while it was open). It passes; try again briefly.
        var started = spawn()
        var tries = 0
        while started == ETXTBSY && tries < 50 {
            usleep(10_000)
            tries += 1
            started = spawn()
        }
        guard started == 0 else { return .notStarted(reason: String(cString: strerror(started))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return .notStarted(reason: String(cString: strerror(errno))) }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import (they are macros).
        return status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .killed(signal: status & 0x7F)
    }

    private static var processEnvironment: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        #if canImport(Darwin)
        return _NSGetEnviron()?.pointee
        #else
        return environ
        #endif
    }
}
