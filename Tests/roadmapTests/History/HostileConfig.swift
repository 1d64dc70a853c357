import Foundation
import RoadmapTestSupport

/// A whole repository (no object missing) whose own `.git/config` and `.gitattributes` name a
/// program for every way git can be told to run one while showing history: an fsmonitor hook,
/// hooks, an external diff, a diff driver's command and textconv, clean and smudge filters, a
/// pager, and gpg for its signed last commit. Each program creates `markers/NAME`.
/// `plainLogRuns` lists those a person's own `git log -p` in it runs (so a test that finds no
/// marker after roadmap proves something).
final class HostileConfig {
    let root: URL
    var repository: URL { root.appendingPathComponent("repository") }
    var markers: URL { root.appendingPathComponent("markers") }
    var ran: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: markers.path)) ?? []).sorted() }

    static let programs = ["fsmonitor", "hook", "external-diff", "diff-command", "textconv", "filter", "pager", "gpg"]

    static func make(suite: String) throws -> HostileConfig? {
        guard HostileClone.git != nil else {
            print("SKIP \(suite): git is not installed (not found on PATH)")
            return nil
        }
        let made = HostileConfig(root: FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-config-\(UUID().uuidString)"))
        try made.build()
        return made
    }

    private init(root: URL) { self.root = root }

    deinit { try? FileManager.default.removeItem(at: root) }

    private func build() throws {
        let tools = root.appendingPathComponent("tools")
        for folder in [repository, markers, tools, repository.appendingPathComponent("hooks")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        // `: >` needs no program on PATH; the filters pass their input through.
        func script(_ name: String, at url: URL, body: String = "") throws {
            try Data("#!/bin/sh\n: > '\(markers.appendingPathComponent(name).path)'\n\(body)exit 0\n".utf8).write(to: url)
            chmod(url.path, 0o755)
        }
        for name in Self.programs where name != "hook" { try script(name, at: tools.appendingPathComponent(name), body: name == "filter" ? "cat\n" : "") }
        for hook in ["pre-commit", "post-commit", "post-checkout", "post-index-change", "reference-transaction", "pre-auto-gc"] {
            try script("hook", at: repository.appendingPathComponent("hooks/\(hook)"))
        }
        let git = { (arguments: [String], environment: [String: String]) throws -> String in
            try HostileClone.run(arguments, in: self.repository, environment: environment)
        }
        _ = try git(["init", "-q", "-b", "main"], [:])
        try Data("*.md diff=evil filter=evil\n".utf8).write(to: repository.appendingPathComponent(".gitattributes"))
        for (k, day) in HostileClone.days.prefix(3).enumerated() {
            try Data(HostileClone.roadmap(ticked: k).utf8).write(to: repository.appendingPathComponent("roadmap.md"))
            _ = try git(["add", "-A"], [:])
            _ = try git(["commit", "-q", "-m", "Commit \(k + 1)"], ["GIT_AUTHOR_DATE": day + "T12:00:00+00:00", "GIT_COMMITTER_DATE": day + "T12:00:00+00:00"])
        }
        // The last commit carries a signature (not a valid one: gpg.program runs to check it all the same).
        let commit = try git(["cat-file", "commit", "HEAD"], [:])
        let signed = commit.replacingOccurrences(of: "\n\n", with: "\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n -----END PGP SIGNATURE-----\n\n")
        let file = root.appendingPathComponent("signed-commit")
        try Data(signed.utf8).write(to: file)
        let hash = try git(["hash-object", "-t", "commit", "-w", file.path], [:]).trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try git(["update-ref", "refs/heads/main", hash], [:])
        let settings = [
            "core.fsmonitor": tools.appendingPathComponent("fsmonitor").path,
            "core.hooksPath": repository.appendingPathComponent("hooks").path,
            "diff.external": tools.appendingPathComponent("external-diff").path,
            "diff.evil.command": tools.appendingPathComponent("diff-command").path,
            "diff.evil.textconv": tools.appendingPathComponent("textconv").path,
            "filter.evil.clean": tools.appendingPathComponent("filter").path,
            "filter.evil.smudge": tools.appendingPathComponent("filter").path,
            "core.pager": tools.appendingPathComponent("pager").path,
            "pager.log": tools.appendingPathComponent("pager").path,
            "gpg.program": tools.appendingPathComponent("gpg").path,
            "log.showSignature": "true",
        ]
        for (key, value) in settings { _ = try git(["config", key, value], [:]) }
        clear()
    }

    func clear() {
        for name in ran { try? FileManager.default.removeItem(at: markers.appendingPathComponent(name)) }
    }

    /// The programs a person's own `git log -p` (to a pipe) and `git status` run here.
    func plainGitRuns() -> [String] {
        _ = try? HostileClone.run(["log", "-p", "--", "roadmap.md"], in: repository)
        _ = try? HostileClone.run(["status"], in: repository)
        defer { clear() }
        return ran
    }

    func roadmap(_ arguments: [String]) throws -> EndToEndTests.Run {
        try EndToEndTests.run(arguments, in: repository, environment: ["PATH": "/usr/bin:/bin", "XDG_STATE_HOME": root.appendingPathComponent("state").path])
    }
}
