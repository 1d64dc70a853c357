import Foundation
import RoadmapTestSupport
import Testing
@testable import roadmap

/// Every option the executable reads by name is declared for each command that reaches the read:
/// a read of an undeclared name compiles, and always sees "not given" (the parser rejects it).
struct OptionReadTests {
    /// The commands whose runs reach a file's reads: `XCommand.swift` is command x; shared files are
    /// named here. Files absent read global options only.
    static let readers: [String: [String]] = [
        "GoalChange.swift": ["check", "uncheck", "start", "cancel", "reopen"],
        "Journaling.swift": ["check", "uncheck", "start", "cancel", "reopen", "add", "adopt", "set", "select", "review",
                             "stamp", "lint", "undo"],
        "ExportOutput.swift": ["report", "badge", "calendar"],
        "ReviewOptions.swift": ["review"], "ReviewHandTicks.swift": ["review"], "ReviewHistory.swift": ["review"],
        "InitAnswers.swift": ["init"],
    ]

    @Test func everyReadNameIsDeclaredForItsCommands() throws {
        let globals = Set(GlobalOptions.specs.map(\.long))
        let declared = Dictionary(uniqueKeysWithValues: RoadmapCLI.specs.map { ($0.name, Set($0.options.map(\.long))) })
        let read = try NSRegularExpression(pattern: #"\b(flag|value|values|count|date)\("([a-z-]+)""#)
        let sources = PackagePaths.root.appendingPathComponent("Sources/roadmap")
        var undeclared: [String] = []
        var reads = 0
        for case let url as URL in FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        where url.pathExtension == "swift" {
            let name = url.lastPathComponent
            let commands = Self.readers[name]
                ?? (name.hasSuffix("Command.swift") ? [String(name.dropLast("Command.swift".count)).lowercased()] : [])
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in read.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let option = String(text[Range(match.range(at: 2), in: text)!])
                reads += 1
                if globals.contains(option) { continue }
                if commands.isEmpty { undeclared.append("\(name): --\(option) read outside any command") }
                for command in commands where !(declared[command]?.contains(option) ?? false) {
                    undeclared.append("\(name): --\(option) read for '\(command)', which does not declare it")
                }
            }
        }
        #expect(reads > 0)
        #expect(undeclared == [], "\(undeclared.joined(separator: "\n"))")
    }
}
