import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program with a pseudo-terminal as its standard input, output and error, and answers
/// its questions as a person would: each answer is typed once the program has printed a prompt
/// (output ending in `": "`) and is waiting. The terminal echoes what is typed, so the transcript
/// reads like a session on screen.
final class PseudoTerminal {
    struct Session {
        /// Everything the terminal showed, `\r\n` turned into `\n`.
        let transcript: String
        let status: Int32
        let signalled: Bool
    }

    enum Failure: Error { case open(String), timeout(String) }

    /// - Parameters:
    ///   - answers: typed in turn, each followed by Enter; a control character (`"\u{03}"` for
    ///     Ctrl-C, `"\u{04}"` for Ctrl-D) is typed alone.
    ///   - controllingTerminal: run the program through `setsid -w -c` so that the terminal is its
    ///     controlling terminal and Ctrl-C reaches it as SIGINT.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String],
                    answers: [String], controllingTerminal: Bool = false, timeout: TimeInterval = 20,
                    beforeAnswer: (Int) throws -> Void = { _ in }) throws -> Session {
        let master = PTY.openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, PTY.grantpt(master) == 0, PTY.unlockpt(master) == 0, let name = PTY.ptsname(master) else {
            throw Failure.open("no pseudo-terminal: errno \(errno)")
        }
        defer { close(master) }
        let slavePath = String(cString: name)
        // O_NOCTTY: the terminal must not become this process's controlling terminal.
        let slaveFD = open(slavePath, O_RDWR | O_NOCTTY)
        guard slaveFD >= 0 else { throw Failure.open("cannot open \(slavePath): errno \(errno)") }
        let slave = FileHandle(fileDescriptor: slaveFD, closeOnDealloc: true)

        let process = Process()
        if controllingTerminal {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
            process.arguments = ["-w", "-c", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        process.environment = environment
        process.standardInput = slave
        process.standardOutput = slave
        process.standardError = slave
        // The child inherits this thread's signal mask, and test threads block most signals: with
        // SIGINT blocked, Ctrl-C would never reach the program. Spawn it with nothing blocked.
        var none = sigset_t(), saved = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &saved)
        defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
        try process.run()
        try slave.close()

        var output: [UInt8] = []
        var remaining = answers[...]
        var answeredAt = 0
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            if ready > 0 {
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { break }  // EIO: the program has exited and closed the terminal.
                output += buffer[0..<n]
            } else if Date() > deadline {
                process.terminate()
                throw Failure.timeout(String(decoding: output, as: UTF8.self))
            }
            // A prompt printed since the last answer, and the program now silent: type the next answer.
            guard ready == 0, output.count > answeredAt, output.suffix(2).elementsEqual(Array(": ".utf8)),
                  let answer = remaining.popFirst() else { continue }
            try beforeAnswer(answers.count - remaining.count - 1)
            let typed = Array(answer.utf8).first.map { $0 < 0x20 } == true ? Array(answer.utf8) : Array((answer + "\n").utf8)
            _ = typed.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            answeredAt = output.count
        }
        process.waitUntilExit()
        let transcript = String(decoding: output, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        return Session(transcript: transcript, status: process.terminationStatus,
                       signalled: process.terminationReason == .uncaughtSignal)
    }
}

/// The C library's pseudo-terminal calls. Glibc's Swift module leaves them out (they sit behind
/// `_XOPEN_SOURCE`), so on Linux they are looked up by name; they are in every glibc and musl.
private enum PTY {
    #if canImport(Darwin)
    static func openpt(_ flags: Int32) -> Int32 { posix_openpt(flags) }
    static func grantpt(_ fd: Int32) -> Int32 { Darwin.grantpt(fd) }
    static func unlockpt(_ fd: Int32) -> Int32 { Darwin.unlockpt(fd) }
    static func ptsname(_ fd: Int32) -> UnsafeMutablePointer<CChar>? { Darwin.ptsname(fd) }
    #else
    private static func function<T>(_ name: String, _ type: T.Type) -> T {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { fatalError("\(name) not found in the C library") }
        return unsafeBitCast(symbol, to: type)
    }
    static func openpt(_ flags: Int32) -> Int32 { function("posix_openpt", (@convention(c) (Int32) -> Int32).self)(flags) }
    static func grantpt(_ fd: Int32) -> Int32 { function("grantpt", (@convention(c) (Int32) -> Int32).self)(fd) }
    static func unlockpt(_ fd: Int32) -> Int32 { function("unlockpt", (@convention(c) (Int32) -> Int32).self)(fd) }
    static func ptsname(_ fd: Int32) -> UnsafeMutablePointer<CChar>? {
        function("ptsname", (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)(fd)
    }
    #endif
}
