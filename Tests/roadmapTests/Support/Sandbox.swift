import Foundation
import Glibc

/// A temporary directory for runs of the built binary (`EndToEndTests.binary`), with its own journal
/// directory, removed when the test ends. Everything in it is open to all users, so a run with
/// dropped privileges (`asUnprivileged`) can work there.
final class Sandbox {
    let directory: URL
    var path: String { directory.path }
    var state: String { path + "/state" }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-safety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        chmod(directory.path, 0o777)
        mkdir(directory.path + "/state", 0o777)
        chmod(directory.path + "/state", 0o777)
    }

    deinit {
        chmod(path, 0o777)
        try? FileManager.default.removeItem(at: directory)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ bytes: [UInt8], mode: mode_t = 0o666) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
        chmod(file(name), mode)
    }

    func bytes(_ name: String) -> [UInt8] { Array((try? Data(contentsOf: URL(fileURLWithPath: file(name)))) ?? Data()) }

    /// Names in a directory of the sandbox that look like our temporary files.
    func temporaries(in subdirectory: String = "") -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: subdirectory.isEmpty ? path : file(subdirectory))) ?? []
        return names.filter { $0.contains(".roadmap-") && $0.hasSuffix(".tmp") }.sorted()
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The environment every run gets: a fixed day, and the journal inside the sandbox.
    var environment: [String: String] { ["PATH": "/usr/bin:/bin", "ROADMAP_TODAY": "2026-11-22", "XDG_STATE_HOME": state] }

    /// Runs `executable` (the built roadmap unless told otherwise) to completion.
    func run(_ arguments: [String], executable: String = EndToEndTests.binary.path, prefix: [String] = [],
             variables: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: prefix.first ?? executable)
        process.arguments = Array(prefix.dropFirst()) + (prefix.isEmpty ? [] : [executable]) + arguments
        process.currentDirectoryURL = directory
        process.environment = environment.merging(variables) { $1 }
        // Output goes to files, not pipes: a large output must not block the process.
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-out-\(UUID().uuidString)").path
        _ = FileManager.default.createFile(atPath: capture + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: capture + ".err", contents: nil)
        defer { unlink(capture + ".out"); unlink(capture + ".err") }
        process.standardOutput = FileHandle(forWritingAtPath: capture + ".out")
        process.standardError = FileHandle(forWritingAtPath: capture + ".err")
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = { (name: String) in String(decoding: FileManager.default.contents(atPath: name) ?? Data(), as: UTF8.self) }
        return Run(status: process.terminationStatus, stdout: text(capture + ".out"), stderr: text(capture + ".err"))
    }

    /// How to run a command as an unprivileged user: nothing to add when not root; as root,
    /// `setpriv` to nobody, provided nobody can run the binary; nil (the test skips) otherwise.
    static let unprivileged: [String]? = {
        if geteuid() != 0 { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        let prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        guard let sandbox = try? Sandbox(), let run = try? sandbox.run(["--version"], prefix: prefix), run.status == 0 else { return nil }
        return prefix
    }()

    static let skipUnprivileged = "SKIP: running as root and cannot drop privileges with setpriv (or user nobody cannot run the built binary); root ignores file permissions"
}
