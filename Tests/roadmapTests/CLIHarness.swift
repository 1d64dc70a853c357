import Foundation
@testable import roadmap

/// Runs `roadmap` in-process on a temporary copy of a roadmap, and reads back what it wrote.
struct CLIRun {
    let status: ExitStatus
    let output: String
    let errors: String
    /// The roadmap file's bytes after the run.
    let bytes: [UInt8]
}

enum CLIHarness {
    /// Writes `roadmap` to a fresh directory as `career-roadmap.md`, runs the arguments there
    /// with a fixed terminal (not a TTY, 100 columns), and cleans up.
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

/// The shared seeds and corpus next to the package (`../shared`), when present.
enum SharedFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared").standardizedFileURL

    /// The seed whose name starts with `prefix` (`000`), or nil with a printed SKIP line.
    static func seed(_ prefix: String) -> [UInt8]? {
        let seeds = root.appendingPathComponent("seeds")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: seeds.path),
              let name = names.sorted().first(where: { $0.hasPrefix(prefix) }),
              let data = FileManager.default.contents(atPath: seeds.appendingPathComponent(name).path) else {
            print("SKIP: seed \(prefix) not found under \(seeds.path)")
            return nil
        }
        return [UInt8](data)
    }
}
