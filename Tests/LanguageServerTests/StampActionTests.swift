import Foundation
import JSONText
import LanguageServer
import LanguageServerProtocol
import RoadmapKit
import Testing

/// "Stamp done date from git" in a real repository: the day of the commit in which the goal first
/// appears ticked, today for a box ticked since the last commit, exactly the bytes `roadmap stamp`
/// writes (`GitHistory.replay`, `Plan.stampTargets`, `StampTargets.dated(by:)`, `Plan.stampEdits`).
/// Skipped, with a SKIP line naming the test, when git is not installed.
@Suite struct StampActionTests {
    /// A repository in a fresh temporary directory, with no user or system configuration.
    struct Repository {
        let directory: URL

        static func make(for test: String) throws -> Repository? {
            guard git != nil else {
                print("SKIP: \(test): git is not installed (not found on PATH)")
                return nil
            }
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lspstamp-\(UInt64.random(in: 0...UInt64.max))")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let repository = Repository(directory: directory)
            try repository.git("init", "-q", "-b", "main")
            return repository
        }

        static let git: String? = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
            .map { $0 + "/git" }.first { FileManager.default.isExecutableFile(atPath: $0) }

        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }

        /// Commits everything on `day` (noon UTC).
        func commit(on day: String) throws {
            try git("add", "-A")
            let stamp = day + "T12:00:00+00:00"
            try git("commit", "-q", "-m", "on \(day)", environment: ["GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp])
        }

        func git(_ arguments: String..., environment: [String: String] = [:]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Repository.git!)
            process.arguments = ["-c", "user.name=Ada", "-c", "user.email=ada@example.com", "-c", "commit.gpgsign=false"] + arguments
            process.currentDirectoryURL = directory
            var variables = ProcessInfo.processInfo.environment
            variables["GIT_CONFIG_GLOBAL"] = "/dev/null"
            variables["GIT_CONFIG_NOSYSTEM"] = "1"
            variables.merge(environment) { $1 }
            process.environment = variables
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        }

        func uri(_ name: String) -> String { "file://" + directory.appendingPathComponent(name).path }
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
    }

    static let committed = "# Plan\n\n- [x] Ship it\n- [ ] Polish\n- [x] Dated ✅ 2026-11-01\n"
    /// The buffer as the editor has it: Polish ticked since the commit, not yet saved.
    static let buffer = "# Plan\n\n- [x] Ship it\n- [x] Polish\n- [x] Dated ✅ 2026-11-01\n"

    static func opened(_ repository: Repository) -> ServerHarness {
        var harness = ServerHarness()
        harness.initialize()
        _ = harness.open(repository.uri("plan.md"), Self.buffer)
        return harness
    }

    static func stamp(_ repository: Repository, _ harness: inout ServerHarness, _ from: (Int, Int), _ to: (Int, Int)) throws -> [String] {
        let answer = harness.request(1, "textDocument/codeAction", [
            "textDocument": ["uri": .string(repository.uri("plan.md"))],
            "range": ["start": ["line": .number(JSONNumber(from.0)), "character": .number(JSONNumber(from.1))],
                      "end": ["line": .number(JSONNumber(to.0)), "character": .number(JSONNumber(to.1))]],
            "context": ["diagnostics": []],
        ])
        let result = try #require(try JSONValue(parsing: answer[0])["result"]?.array)
        return result.filter { $0["title"]?.string?.hasPrefix("Stamp") == true }.map(\.serializedText)
    }

    static func action(_ repository: Repository, _ title: String, _ edits: [String]) -> String {
        #"{"title":"\#(title)","kind":"refactor.rewrite","edit":{"changes":{"\#(repository.uri("plan.md"))":[\#(edits.joined(separator: ","))]}}}"#
    }

    @Test func aGoalTickedInACommitGetsThatCommitsDay() throws {
        guard let repository = try Repository.make(for: "aGoalTickedInACommitGetsThatCommitsDay") else { return }
        try repository.write("plan.md", Self.committed)
        try repository.commit(on: "2026-11-20")
        var harness = Self.opened(repository)
        #expect(try Self.stamp(repository, &harness, (2, 0), (2, 0)) == [
            Self.action(repository, "Stamp done date from git", [CodeActionTests.edit(2, 13, 13, " ✅ 2026-11-20")]),
        ])
        // Ticked in the buffer since the last commit: today, as stamp dates it.
        #expect(try Self.stamp(repository, &harness, (3, 0), (3, 0)) == [
            Self.action(repository, "Stamp done date from git", [CodeActionTests.edit(3, 12, 12, " ✅ 2026-12-07")]),
        ])
        // A dated goal is not offered one; a selection dates every undated goal in it.
        #expect(try Self.stamp(repository, &harness, (4, 0), (4, 0)) == [])
        #expect(try Self.stamp(repository, &harness, (2, 0), (4, 9)) == [
            Self.action(repository, "Stamp 2 done dates from git", [CodeActionTests.edit(2, 13, 13, " ✅ 2026-11-20"), CodeActionTests.edit(3, 12, 12, " ✅ 2026-12-07")]),
        ])
    }

    /// The action applied equals the command line's stamp of the same goals, computed by the
    /// library calls `roadmap stamp` makes, on a history where the goal was ticked, unticked and
    /// ticked again (the last tick's day counts), with CRLF lines and a non-BMP character before it.
    @Test func theStampEqualsTheCommandLines() throws {
        guard let repository = try Repository.make(for: "theStampEqualsTheCommandLines") else { return }
        try repository.write("plan.md", "# 🎯 Plan\r\n\r\n- [x] 📦 Ship it\r\n- [ ] Polish\r\n")
        try repository.commit(on: "2026-10-01")
        try repository.write("plan.md", "# 🎯 Plan\r\n\r\n- [ ] 📦 Ship it\r\n- [x] Polish\r\n")
        try repository.commit(on: "2026-10-05")
        let text = "# 🎯 Plan\r\n\r\n- [x] 📦 Ship it\r\n- [x] Polish\r\n"
        try repository.write("plan.md", text)
        try repository.commit(on: "2026-10-09")
        let bytes = Array(text.utf8)
        // The command line's path.
        let plan = Plan(single: Roadmap(parsing: bytes), path: repository.path("plan.md"))
        let git = SafeGit.find(inPath: ProcessInfo.processInfo.environment["PATH"], from: repository.directory.path)
        let replay = try GitHistory.replay(plan, paths: [repository.path("plan.md")], absolutePaths: [repository.path("plan.md")], git: git, today: ServerHarness.today).get()
        let expected = plan.stampEdits(plan.stampTargets(named: nil).dated(by: replay.tickedOn))[0].applied(to: bytes)
        #expect(String(decoding: expected, as: UTF8.self) == "# 🎯 Plan\r\n\r\n- [x] 📦 Ship it ✅ 2026-10-09\r\n- [x] Polish ✅ 2026-10-05\r\n")
        for encoding in [PositionEncoding.utf16, .utf8] {
            var harness = ServerHarness()
            harness.initialize(encoding == .utf8 ? ["general": ["positionEncodings": ["utf-8"]]] : [:])
            _ = harness.open(repository.uri("plan.md"), text)
            let answer = harness.request(1, "textDocument/codeAction", CodeActionTests.params((0, 0), (4, 0)).replacing(uri: repository.uri("plan.md")))
            let result = try #require(try JSONValue(parsing: answer[0])["result"]?.array)
            let stamp = try #require(result.first { $0["title"]?.string == "Stamp 2 done dates from git" })
            let edits = try #require(stamp["edit"]?["changes"]?[repository.uri("plan.md")]?.array)
            #expect(try ActionEquivalenceTests.applied(edits, to: bytes, encoding: encoding) == expected, "\(encoding)")
            #expect(edits.count == 2)
        }
    }
}

extension JSONValue {
    /// Code action params with their document's URI replaced.
    func replacing(uri: String) -> JSONValue {
        guard case var .object(object) = self else { return self }
        object["textDocument"] = ["uri": .string(uri)]
        return .object(object)
    }
}
