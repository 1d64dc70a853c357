import Foundation
import Testing
@testable import RoadmapKit
import RoadmapTestSupport

/// Roadmaps nobody here wrote: a review of each writes an entry that reads back, changes no byte
/// before it and no goal count; a second review that month updates it, the next month adds one.
/// A file that ends inside an unclosed code block is refused (a heading there would be code).
@Suite struct ReviewCorpusTests {
    static let files = Corpus.markdownFiles()

    func review(_ bytes: [UInt8], _ today: String, note: String) throws(ReviewWriteError) -> ReviewOutcome {
        let tracking = Tracking(Roadmap(parsing: bytes))
        var answers = ReviewAnswers()
        answers.note = note
        return try RoadmapKitTests.review(tracking, today: today).write(answers)
    }

    @Test func everyFileTakesThreeReviews() throws {
        guard !Self.files.isEmpty else { return }
        var refused: [String] = []
        for url in Self.files {
            let bytes = try [UInt8](Data(contentsOf: url))
            let name = url.lastPathComponent
            let first: ReviewOutcome
            do {
                first = try review(bytes, "2026-11-05", note: "first")
            } catch {
                // Only where a heading added at the end would not be one.
                let probe = Roadmap(parsing: bytes + Array("\n\n# Probe\n".utf8))
                #expect(probe.sections.count == Roadmap(parsing: bytes).sections.count, "\(name): refused: \(error)")
                refused.append(name)
                continue
            }
            #expect(ReviewLog(Roadmap(parsing: bytes)).sectionIndex != nil || first.bytes.starts(with: bytes[..<ReviewLog.endOfLastNonBlankLine(bytes)]),
                    "\(name): bytes before the new log changed")
            #expect(Roadmap(parsing: first.bytes).tally == Roadmap(parsing: bytes).tally, "\(name): goals changed")
            do {
                let second = try review(first.bytes, "2026-11-22", note: "second")
                let third = try review(second.bytes, "2026-12-20", note: "third")
                let log = ReviewLog(Roadmap(parsing: third.bytes))
                #expect(log.chronological.suffix(2).map(\.note) == ["second", "third"], "\(name)")
                #expect(log.entries.count == ReviewLog(Roadmap(parsing: bytes)).entries.count + 2, "\(name)")
            } catch {
                Issue.record("\(name): \(error)")
            }
        }
        print("Review corpus: \(Self.files.count) files, \(refused.count) refused (ending inside code): \(refused.joined(separator: ", "))")
    }
}
