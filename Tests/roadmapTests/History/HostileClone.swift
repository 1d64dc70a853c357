import Foundation
import RoadmapTestSupport

/// A repository nobody has vetted, as one might unpack it from an archive: a partial clone
/// (`--filter=blob:none`) of a roadmap committed over five commits, in which the blobs of the
/// first three are missing, and whose own `.git/config` names a transport that runs a command
/// when git fetches a missing blob. The command only creates `marker`; `attackRuns` shows that
/// plain `git log -p` in the clone does create it, so a test that finds no marker after
/// `roadmap` ran proves that roadmap's git ran nothing.
final class HostileClone {
    /// How the clone's config makes git run a program of the attacker's choosing.
    enum Transport: String, CaseIterable {
        /// `remote.origin.url = ext::sh -c touch% MARKER`, with `protocol.ext.allow = always`.
        case ext
        /// The real `file://` remote, with `remote.origin.uploadpack` a script in the clone.
        case uploadPack
    }

    /// The folder holding `source/` (the full repository), `clone/` and the marker.
    let root: URL
    var clone: URL { root.appendingPathComponent("clone") }
    var marker: String { root.appendingPathComponent("attack-ran").path }
    var markerExists: Bool { FileManager.default.fileExists(atPath: marker) }

    static let git = ExternalTool.path("git")

    /// The roadmap of each commit, oldest first, and the commits' author days: one goal is ticked
    /// by hand (no ✅ date) in each commit after the first.
    static let goals = ["Learn Docker", "Learn Kubernetes", "Learn Helm", "Learn Terraform", "Write a controller"]
    static let days = ["2026-01-05", "2026-02-02", "2026-03-02", "2026-04-06", "2026-05-04"]
    static func roadmap(ticked: Int) -> String {
        let lines = goals.enumerated().map { "- [\($0.offset < ticked ? "x" : " ")] \($0.element)" }
        return "# Platform Engineer\n\n**Start Date:** 2026-01-05\n\n## 6-Month Goals\n\n" + lines.joined(separator: "\n") + "\n"
    }

    /// The single roadmap's five versions, one a commit.
    static var versions: [[String: String]] { (0..<days.count).map { ["roadmap.md": roadmap(ticked: $0)] } }

    /// The clone, or nil (with `SKIP <suite>: <reason>`) when git is not installed.
    /// - Parameters:
    ///   - versions: the files of each commit (on `days`), oldest first.
    ///   - fetched: `REV:PATH` blobs fetched before the remote turns hostile; the clone's checkout
    ///     has the last commit's. Every other blob is missing.
    static func make(_ transport: Transport, suite: String, versions: [[String: String]] = versions,
                     fetched: [String] = ["HEAD~1:roadmap.md"]) throws -> HostileClone? {
        guard git != nil else {
            print("SKIP \(suite): git is not installed (not found on PATH)")
            return nil
        }
        let clone = HostileClone(root: FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-hostile-\(UUID().uuidString)"))
        try clone.build(transport, versions: versions, fetched: fetched)
        return clone
    }

    private init(root: URL) { self.root = root }

    deinit { try? FileManager.default.removeItem(at: root) }

    private func build(_ transport: Transport, versions: [[String: String]], fetched: [String]) throws {
        let source = root.appendingPathComponent("source")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try Self.run(["init", "-q", "-b", "main"], in: source)
        try Self.run(["config", "uploadpack.allowFilter", "true"], in: source)
        try Self.run(["config", "uploadpack.allowAnySHA1InWant", "true"], in: source)
        // The script the upload-pack variant names: shipped in the repository itself.
        let script = "#!/bin/sh\ntouch '\(marker)'\nexit 1\n"
        try FileManager.default.createDirectory(at: source.appendingPathComponent("tools"), withIntermediateDirectories: true)
        try Data(script.utf8).write(to: source.appendingPathComponent("tools/upload-pack"))
        chmod(source.appendingPathComponent("tools/upload-pack").path, 0o755)
        for (k, files) in versions.enumerated() {
            let day = Self.days[k]
            for (name, text) in files { try Data(text.utf8).write(to: source.appendingPathComponent(name)) }
            try Self.run(["add", "-A"], in: source)
            let stamp = day + "T12:00:00+00:00"
            try Self.run(["commit", "-q", "-m", "Commit \(k + 1)"], in: source, environment: ["GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp])
        }
        // file:// (not a path): a local clone would copy every object and ignore the filter.
        try Self.run(["clone", "-q", "--filter=blob:none", "file://" + source.path, clone.path], in: root)
        // Fetched now, while the remote is honest (by default the fourth commit's blob: the first three stay missing).
        for blob in fetched { try Self.run(["cat-file", "-e", blob], in: clone) }
        switch transport {
        case .ext:
            try Self.run(["config", "remote.origin.url", "ext::sh -c touch% '\(marker)'"], in: clone)
            try Self.run(["config", "protocol.ext.allow", "always"], in: clone)
        case .uploadPack:
            try Self.run(["config", "remote.origin.uploadpack", clone.appendingPathComponent("tools/upload-pack").path], in: clone)
        }
    }

    /// The blobs the clone lacks (`git rev-list --missing=print`), read without fetching.
    func missingBlobs() throws -> [String] {
        let listed = try Self.run(["rev-list", "--objects", "--missing=print", "HEAD"], in: clone, environment: ["GIT_NO_LAZY_FETCH": "1"])
        return listed.split(separator: "\n").filter { $0.hasPrefix("?") }.map { String($0.dropFirst()) }
    }

    /// Whether a person's own `git log -p` in the clone runs the attacker's command (it must:
    /// otherwise a test that finds no marker proves nothing). The marker is removed after.
    func attackRuns() throws -> Bool {
        _ = try? Self.run(["log", "-p", "--", "roadmap.md"], in: clone)
        defer { try? FileManager.default.removeItem(atPath: marker) }
        return markerExists
    }

    /// git with no user or system configuration and no lazy-fetch setting inherited: as a person
    /// whose shell has none would run it.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.git!)
        process.arguments = ["-c", "user.name=Ada", "-c", "user.email=ada@example.com", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        variables["GIT_CONFIG_GLOBAL"] = "/dev/null"
        variables["GIT_CONFIG_NOSYSTEM"] = "1"
        variables.merge(environment) { $1 }
        process.environment = variables
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitRepository.GitFailure(message: "git \(arguments.joined(separator: " ")): \(String(decoding: message, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The built roadmap in the clone, as a person would run it there.
    func roadmap(_ arguments: [String], path: String = "/usr/bin:/bin") throws -> EndToEndTests.Run {
        try EndToEndTests.run(arguments, in: clone, environment: ["PATH": path, "XDG_STATE_HOME": root.appendingPathComponent("state").path])
    }
}
