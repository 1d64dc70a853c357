import Foundation
import Testing
@testable import RoadmapKit
import RoadmapTestSupport

/// The parsed model of a fixture that mixes every construct, compared with a reviewed dump.
/// Regenerate with `UPDATE_GOLDEN=1 make test` after an intended change, then review the diff.
struct DumpGoldenTests {
    static let folder = PackagePaths.kitTests

    @Test(arguments: ["constructs"])
    func dumpMatchesGolden(name: String) throws {
        let source = try Data(contentsOf: Self.folder.appendingPathComponent("Fixtures/\(name).md"))
        let dump = Roadmap(parsing: Array(source)).debugDump()
        let golden = Self.folder.appendingPathComponent("Golden/\(name).dump")
        try Golden.update(golden, with: dump)
        #expect(dump == (try String(contentsOf: golden, encoding: .utf8)))
    }
}
