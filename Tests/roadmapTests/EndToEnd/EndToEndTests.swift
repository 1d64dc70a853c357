import Foundation
import Testing

/// The built `roadmap` binary on temporary copies: what a shell user sees, byte for byte.
struct EndToEndTests {
    /// The binary sits beside the test bundle in the build folder.
    static let binary: URL = {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while url.path != "/" && !FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("roadmap").path) {
            url = url.deletingLastPathComponent()
        }
        return url.appendingPathComponent("roadmap")
    }()

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs the binary with stdin closed (not a terminal), a fixed today and no colour settings inherited.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ["PATH": "/usr/bin:/bin", "ROADMAP_TODAY": "2026-11-22"]
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryCopy(_ text: String, name: String = "career-roadmap.md") throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        return directory
    }

    @Test func binaryExists() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "built roadmap not found near \(CommandLine.arguments[0])")
    }

    @Test func statusCheckUncheckOnDisk() throws {
        let text = "# Plan\n\n## Now\n- [ ] Write the README\n- [ ] Ship it\n"
        let dir = try Self.temporaryCopy(text)
        let status = try Self.run(["status"], in: dir)
        #expect(status.status == 0)
        #expect(status.stderr.isEmpty)
        #expect(status.stdout.contains("0/2"))

        let check = try Self.run(["check", "readme"], in: dir)
        #expect(check.status == 0)
        #expect(check.stdout == "Checked #1 Write the README\n1/2 done (50%)\n")
        let file = dir.appendingPathComponent("career-roadmap.md")
        #expect(try String(contentsOf: file, encoding: .utf8) == "# Plan\n\n## Now\n- [x] Write the README ✅ 2026-11-22\n- [ ] Ship it\n")

        #expect(try Self.run(["uncheck", "1"], in: dir).status == 0)
        #expect(try Data(contentsOf: file) == Data(text.utf8))
    }

    @Test func exitCodesAndStreams() throws {
        let dir = try Self.temporaryCopy("- [ ] a thing\n- [ ] another thing\n")
        let ambiguous = try Self.run(["check", "thing"], in: dir)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stdout.isEmpty)
        #expect(ambiguous.stderr.hasPrefix("error: career-roadmap.md: 2 goals match 'thing'"))
        let usage = try Self.run(["check"], in: dir)
        #expect(usage.status == 2)
        #expect(usage.stderr.hasPrefix("error: missing <query>"))
        let missing = try Self.run(["-f", "absent.md", "list"], in: dir)
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: absent.md: No such file or directory\n")
    }

    @Test func neverWaitsForInputAndNeverColoursAPipe() throws {
        let dir = try Self.temporaryCopy("- [ ] a\n")
        let started = Date()
        let result = try Self.run(["status"], in: dir, environment: ["TERM": "xterm-256color"])
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func helpOnEveryCommandGoesToStdout() throws {
        let dir = try Self.temporaryCopy("")
        for command in ["status", "list", "check", "uncheck", "help"] {
            let result = try Self.run([command, "--help"], in: dir)
            #expect(result.status == 0)
            #expect(result.stdout.contains("Usage: roadmap \(command)"))
            #expect(result.stderr.isEmpty)
        }
    }

    @Test func noFinalNewlineAndBOMSurviveATick() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# T\r\n- [ ] last".utf8)
        let dir = try Self.temporaryCopy("")
        let file = dir.appendingPathComponent("career-roadmap.md")
        try Data(bytes).write(to: file)
        #expect(try Self.run(["check", "last", "--no-date"], in: dir).status == 0)
        #expect(try Array(Data(contentsOf: file)) == [0xEF, 0xBB, 0xBF] + Array("# T\r\n- [x] last".utf8))
    }
}
