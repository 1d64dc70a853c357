import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// Runs the CLI in-process on files in a fresh temporary directory, as a person would in a shell:
/// no terminal, no colours unless asked, today fixed.
struct CLIHarness {
    let directory: URL

    init(files: [String: String] = [:]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    func write(_ name: String, _ text: String) throws {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func writeBytes(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: directory.appendingPathComponent(name))
    }

    func read(_ name: String) throws -> String {
        try String(decoding: Data(contentsOf: directory.appendingPathComponent(name)), as: UTF8.self)
    }

    func bytes(_ name: String) throws -> [UInt8] {
        try Array(Data(contentsOf: directory.appendingPathComponent(name)))
    }

    struct Result {
        let status: ExitCode
        let stdout: String
        let stderr: String
        /// The streams' bytes, as they would reach the terminal.
        var stdoutBytes: [UInt8] = []
        var stderrBytes: [UInt8] = []
    }

    /// - Parameter input: lines typed on a terminal: stdin is a terminal when given, and reading
    ///   past the last line is end of input.
    func run(_ arguments: [String], variables: [String: String] = [:], terminal: Bool = false, in subdirectory: String? = nil,
             input: [String]? = nil) -> Result {
        let console = Console(capturing: true)
        var vars = ["ROADMAP_TODAY": "2026-11-22"]
        vars.merge(variables) { $1 }
        let cwd = subdirectory.map { directory.appendingPathComponent($0).path } ?? directory.path
        var environment = Environment(variables: vars, currentDirectory: cwd, stdinIsTerminal: input != nil,
                                      stdoutIsTerminal: terminal, terminalWidth: terminal ? 100 : nil)
        let typed = Lines(input ?? [])
        environment.readLine = { typed.next() }
        let status = RoadmapCLI.run(arguments, environment: environment, console: console)
        return Result(status: status, stdout: console.outputText, stderr: console.errorText,
                      stdoutBytes: console.output, stderrBytes: console.errors)
    }
}

/// What a one-shot run on a temporary copy gives back (the tracking-model tests use it).
struct CLIRun {
    let status: ExitCode
    let output: String
    let errors: String
    /// The roadmap file's bytes after the run.
    let bytes: [UInt8]
}

extension CLIHarness {
    /// Writes `roadmap` to a fresh directory as `career-roadmap.md`, runs the arguments there
    /// (not a TTY, 100 columns) and returns the output and the file's bytes afterwards.
    static func run(_ arguments: [String], on roadmap: [UInt8], today: String = "2026-11-22") throws -> CLIRun {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-tracking-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("career-roadmap.md")
        try Data(roadmap).write(to: file)
        let console = Console(capturing: true)
        let environment = Environment(variables: ["ROADMAP_TODAY": today], currentDirectory: directory.path,
                                      stdinIsTerminal: false, stdoutIsTerminal: false, terminalWidth: 100)
        let status = RoadmapCLI.run(arguments, environment: environment, console: console)
        let after = try [UInt8](Data(contentsOf: file))
        return CLIRun(status: status, output: console.outputText, errors: console.errorText, bytes: after)
    }

    static func run(_ arguments: [String], on text: String, today: String = "2026-11-22") throws -> CLIRun {
        try run(arguments, on: Array(text.utf8), today: today)
    }
}

/// Answers handed out one at a time, then end of input.
final class Lines: @unchecked Sendable {
    private var remaining: [String]
    init(_ lines: [String]) { remaining = lines }
    func next() -> String? { remaining.isEmpty ? nil : remaining.removeFirst() }
}
