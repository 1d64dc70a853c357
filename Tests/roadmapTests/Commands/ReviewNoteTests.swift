import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// A second review in a month with `--note` (issue 25, item 4): the month's note is not replaced
/// without a word; both are kept, and the output says what changed in the entry.
@Suite struct ReviewNoteTests {
    static let file = "career-roadmap.md"

    @Test func aSecondNoteIsAddedToTheFirst() throws {
        let h = try CLIHarness(files: [Self.file: ReviewSample.text])
        #expect(h.run(["review", "--yes", "--note", "first pass"]).status == .success)
        let second = h.run(["review", "--yes", "--note", "second pass"])
        #expect(second.status == .success, "\(second.stderr)")
        let text = try h.read(Self.file)
        #expect(text.contains("- Note: first pass · second pass\n"), "\(text)")
        #expect(second.stdout.contains("Note: 'first pass' → 'first pass · second pass'"), "\(second.stdout)")
        // The same note again adds nothing.
        let again = h.run(["review", "--yes", "--note", "second pass"])
        #expect(again.status == .success)
        #expect(try h.read(Self.file) == text)
    }

    @Test func withoutANoteTheFirstStaysAndNothingIsSaidAboutIt() throws {
        let h = try CLIHarness(files: [Self.file: ReviewSample.text])
        #expect(h.run(["review", "--yes", "--note", "first pass"]).status == .success)
        let second = h.run(["review", "--yes", "--metric", "posts=2"])
        #expect(second.status == .success)
        #expect(try h.read(Self.file).contains("- Note: first pass\n"))
        #expect(!second.stdout.contains("Note: '"))
        #expect(second.stdout.contains("\n  Published posts: – → 2"), "\(second.stdout)")
    }

    /// On a terminal the month's note is the answer in brackets: what is typed replaces it.
    @Test func aTypedNoteReplaces() throws {
        let h = try CLIHarness(files: [Self.file: ReviewSample.text])
        #expect(h.run(["review", "--yes", "--note", "first pass"]).status == .success)
        let typed = h.run(["review"], input: Array(repeating: "", count: 4) + ["rewritten"])
        #expect(typed.status == .success, "\(typed.stderr)")
        #expect(try h.read(Self.file).contains("- Note: rewritten\n"), "\(typed.stderr)")
        #expect(typed.stdout.contains("Note: 'first pass' → 'rewritten'"))
    }
}
