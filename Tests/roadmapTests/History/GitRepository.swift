import Foundation
@testable import roadmap
import RoadmapTestSupport

/// A git repository built by a test in a temporary directory: files written, committed on fixed
/// days (`GIT_AUTHOR_DATE`, `GIT_COMMITTER_DATE`), with no user or system configuration. Commands
/// run in-process there (`CLIHarness`) with `PATH` set, so they find git as a person's would.
struct GitRepository {
    let harness: CLIHarness
    var directory: URL { harness.directory }

    /// git on PATH, or nil.
    static let git = ExternalTool.path("git")

    /// A fresh repository, or nil (with a SKIP line naming the test) when git is not installed.
    static func make(for test: String) throws -> GitRepository? {
        guard git != nil else {
            print("SKIP: \(test): git is not installed (not found on PATH)")
            return nil
        }
        let repository = GitRepository(harness: try CLIHarness())
        try repository.git("init", "-q", "-b", "main")
        return repository
    }

    func write(_ name: String, _ text: String) throws { try harness.write(name, text) }
    func read(_ name: String) throws -> String { try harness.read(name) }

    /// Commits everything in the work tree (`git add -A`) on `date` (`2026-02-03T10:00:00+01:00`;
    /// a bare day means 12:00 UTC).
    func commit(_ message: String, on date: String) throws {
        let stamp = date.count == 10 ? date + "T12:00:00+00:00" : date
        try git("add", "-A")
        try git("commit", "-q", "--allow-empty", "-m", message, environment: ["GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp])
    }

    @discardableResult
    func git(_ arguments: String..., environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: GitRepository.git!)
        process.arguments = ["-c", "user.name=Ada", "-c", "user.email=ada@example.com", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        variables["GIT_CONFIG_GLOBAL"] = "/dev/null"
        variables["GIT_CONFIG_NOSYSTEM"] = "1"
        variables.merge(environment) { $1 }
        process.environment = variables
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw GitFailure(message: "git \(arguments.joined(separator: " ")): \(text)") }
        return text
    }

    struct GitFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// `roadmap ARGUMENTS` in the repository, today fixed, git on PATH (unless `path` says otherwise).
    func run(_ arguments: [String], today: String, path: String? = nil, input: [String]? = nil, in subdirectory: String? = nil) -> CLIHarness.Result {
        let variables = ["ROADMAP_TODAY": today, "PATH": path ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                         "XDG_STATE_HOME": directory.path + ".state"]
        return harness.run(arguments, variables: variables, in: subdirectory, input: input)
    }
}
