import Foundation
import Testing
@testable import RoadmapKit
import RoadmapTestSupport

/// The fuzzer's checks (`Invariants`, run by Fuzz/FuzzRoadmap.swift) on every input it ever found a
/// problem with (Fixtures/fuzz/, one file per finding, minimised) and on every corpus file.
struct FuzzRegressionTests {
    static let fixtures = PackagePaths.kitTests.appendingPathComponent("Fixtures/fuzz")
    static let findings = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).sorted()

    @Test(arguments: findings)
    func findingStaysFixed(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
        #expect(Invariants.violations(of: bytes, goalLimit: .max) == [], "Fixtures/fuzz/\(name)")
        #expect(Invariants.fuzzViolations(of: bytes) == [], "Fixtures/fuzz/\(name)")
        #expect(Invariants.doneDates(Roadmap(parsing: bytes)) == [], "Fixtures/fuzz/\(name)")
    }

    @Test func findingsArePresent() {
        #expect(!Self.findings.isEmpty, "no files in \(Self.fixtures.path)")
    }

    /// The first finding: ticking an empty goal at the end of the file (`- [ ]`, no newline) wrote
    /// `- [x] ✅ date`, and unticking left `- [ ] `, with a trailing space. (`- [ ]` alone is no
    /// longer a goal, as for GitHub; a box with whitespace after it and nothing else is.)
    @Test(arguments: ["- [ ] ", "- [ ] \n", "- [ ]\t\n", "1. [ ] \r\n", "- [ ]  ", "- [ ] Learn Docker"])
    func tickThenUntickGivesBackTheBytes(_ text: String) throws {
        let bytes = Array(text.utf8)
        let original = Roadmap(parsing: bytes)
        try #require(original.goals.count == 1)
        let ticked = original.edits(setting: 0, to: .done, doneDate: Invariants.date).applied(to: bytes)
        let back = Roadmap(parsing: ticked).edits(setting: 0, to: .open, doneDate: nil).applied(to: ticked)
        #expect(String(decoding: back, as: UTF8.self) == text)
    }

    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus beside the repository"))
    func corpusKeepsTheInvariants() {
        var failures: [String] = []
        for url in Corpus.files {
            failures += Invariants.violations(of: Corpus.bytes(url), goalLimit: 2).map { "\(Corpus.name(url)): \($0)" }
        }
        #expect(failures == [])
    }
}
