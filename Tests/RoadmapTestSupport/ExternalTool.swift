import Foundation

/// Programs the tests use as oracles (xmllint, cmark-gfm, git, python3, chromium), found on PATH.
/// A test that needs a missing one prints `SKIP: <test>: <why>` and returns.
public enum ExternalTool {
    public static func path(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public struct Result {
        public let status: Int32
        public let stdout: [UInt8]
        public let stderr: String
        public var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs a program to the end, `input` on its stdin; stdout and stderr are read while it runs.
    /// One that runs longer than `timeout` seconds is killed (a browser that hangs fails the test).
    public static func run(_ path: String, _ arguments: [String], input: [UInt8] = [], timeout: Double = 120) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let (inPipe, outPipe, errPipe) = (Pipe(), Pipe(), Pipe())
        process.standardInput = inPipe
        process.standardOutput = outPipe
        process.standardError = errPipe
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        let errors = ErrorCollector()
        let reader = Thread { errors.data = errPipe.fileHandleForReading.readDataToEndOfFile(); errors.done.signal() }
        reader.start()
        inPipe.fileHandleForWriting.write(Data(input))
        try? inPipe.fileHandleForWriting.close()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        errors.done.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: Array(out), stderr: String(decoding: errors.data, as: UTF8.self))
    }

    private final class ErrorCollector: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }
}
