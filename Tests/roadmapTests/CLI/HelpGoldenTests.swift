import Foundation
import Testing
@testable import roadmap
import RoadmapTestSupport

/// Help text is part of the interface: each command's help is compared with a reviewed copy in
/// Golden/. After an intended change, regenerate with `UPDATE_GOLDEN=1 make test` and review the diff.
struct HelpGoldenTests {
    static let golden = PackagePaths.cliTests.appendingPathComponent("Golden")

    @Test(arguments: ["main"] + RoadmapCLI.specs.map(\.name))
    func helpMatchesGolden(command: String) throws {
        let result = try CLIHarness().run(command == "main" ? ["--help"] : ["help", command])
        #expect(result.status == .success)
        let file = Self.golden.appendingPathComponent("help-\(command).txt")
        try Golden.update(file, with: result.stdout)
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(result.stdout == expected, "help for \(command) differs from Golden/help-\(command).txt")
    }
}
