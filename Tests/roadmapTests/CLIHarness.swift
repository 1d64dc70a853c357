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
    }

    func run(_ arguments: [String], variables: [String: String] = [:], terminal: Bool = false, in subdirectory: String? = nil) -> Result {
        let console = Console(capturing: true)
        var vars = ["ROADMAP_TODAY": "2026-11-22"]
        vars.merge(variables) { $1 }
        let cwd = subdirectory.map { directory.appendingPathComponent($0).path } ?? directory.path
        let environment = Environment(variables: vars, currentDirectory: cwd, stdinIsTerminal: false,
                                      stdoutIsTerminal: terminal, terminalWidth: terminal ? 100 : nil)
        let status = RoadmapCLI.run(arguments, environment: environment, console: console)
        return Result(status: status, stdout: console.outputText, stderr: console.errorText)
    }
}
