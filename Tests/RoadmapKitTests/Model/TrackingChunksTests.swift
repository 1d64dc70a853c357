import Foundation
import Testing
@testable import RoadmapCore
import RoadmapTestSupport

/// `TrackingChunks` puts the model together again after an edit by patching the model it put
/// together last: the chunks before the edit are taken as they were, the ones after it moved by
/// the edit's bytes, lines, goals, sections and titles, and only the chunks parsed again are
/// placed from their parts. Whatever the edit, the model equals a parse of the whole text (the
/// language server's random-edit test, IncrementalAnalysisTests, makes many more edits).
@Suite struct TrackingChunksTests {
    static let text = """
    # Plan

    **Start Date:** 2026-01-05

    - [ ] Before any section
      continued here

    ## Month 1

    **Project 1**

    - Role: ____
    - [ ] One 📅 2026-02-01
    - [x] Two ✅ 2026-01-20
      - [ ] Two's child

    **Status:** [ ] Yes [x] No

    | Skill | Month 1 | Target |
    | --- | --- | --- |
    | Go | 10% | 80% |

    ## 3-Month Checkpoint

    - [ ] Check ⏳ 2026-03-01

    ### Week 2

    - [ ] Deep
      and more

    ## Month 2

    **Project 2**

    - Note: ____
    - [ ] Three
    - [/] Four 📅 2026-04-01

    | Skill | Month 2 |
    | --- | --- |
    | Rust | 5% |

    # Later

    - [ ] Last

    """

    /// Every part of the model, compared with a parse of the whole text.
    func expectWhole(_ tracking: Tracking, _ bytes: [UInt8], _ context: String) {
        let whole = Tracking.parsing(bytes)
        #expect(tracking.roadmap.goals == whole.roadmap.goals, "\(context)")
        #expect(tracking.roadmap.sections == whole.roadmap.sections, "\(context)")
        #expect(tracking.roadmap.continuations.goals == whole.roadmap.continuations.goals, "\(context)")
        #expect(tracking.roadmap.goals.indices.map { tracking.roadmap.text(of: $0) }
            == whole.roadmap.goals.indices.map { whole.roadmap.text(of: $0) }, "\(context)")
        #expect(tracking.fields == whole.fields, "\(context)")
        #expect(tracking.groups == whole.groups, "\(context)")
        #expect(tracking.tables == whole.tables, "\(context)")
        #expect(tracking.titles == whole.titles, "\(context)")
        #expect(tracking.checkpoints == whole.checkpoints, "\(context)")
        #expect(tracking.start == whole.start && tracking.startField == whole.startField, "\(context)")
        #expect(Array(tracking.sectionHorizons) == Array(whole.sectionHorizons), "\(context)")
        #expect(Array(tracking.sectionDurations) == Array(whole.sectionDurations), "\(context)")
        #expect(tracking.roadmap.knownHorizons == whole.roadmap.goals.indices.map { Schedule.horizon(ofGoal: $0, in: whole.roadmap) },
                "\(context)")
        let details = tracking.roadmap.knownDetails
        #expect(whole.roadmap.goals.indices.map { details?[$0] } == whole.roadmap.goals.indices.map { whole.roadmap.taskDetails(of: $0) },
                "\(context)")
    }

    func offset(of needle: String, in bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.utf8.distance(from: text.startIndex, to: text.range(of: needle)!.lowerBound)
    }

    /// Replaces `range` of `bytes` by `text`, telling `chunks`.
    func edit(_ bytes: inout [UInt8], _ chunks: inout TrackingChunks, _ range: Range<Int>, _ text: String) {
        let inserted = Array(text.utf8)
        bytes.replaceSubrange(range, with: inserted)
        chunks.edited(range, insertedCount: inserted.count)
    }

    @Test func aKeystrokePlacesOnlyTheChunkParsedAgain() {
        var bytes = Array(Self.text.utf8)
        var chunks = TrackingChunks()
        expectWhole(chunks.tracking(bytes), bytes, "open")
        #expect(chunks.placedFromParts == 6)

        // A character typed in Month 1: the chunks after it move by a byte, nothing else.
        let at = offset(of: "One", in: bytes) + 3
        edit(&bytes, &chunks, at..<at, "x")
        expectWhole(chunks.tracking(bytes), bytes, "keystroke")
        #expect(chunks.placedFromParts == 1)

        // A line end: the chunks after it move by a line too.
        edit(&bytes, &chunks, at..<at, "\n")
        expectWhole(chunks.tracking(bytes), bytes, "line end")
        #expect(chunks.placedFromParts == 1)

        // Deleted again, twice, back to the text as it was.
        edit(&bytes, &chunks, at..<(at + 2), "")
        expectWhole(chunks.tracking(bytes), bytes, "deleted")
        #expect(bytes == Array(Self.text.utf8))
        #expect(chunks.placedFromParts == 1)
    }

    @Test func editsThatMoveGoalsSectionsAndTitles() {
        var bytes = Array(Self.text.utf8)
        var chunks = TrackingChunks()
        _ = chunks.tracking(bytes)
        // (where, bytes after it, bytes replaced, replacement)
        let edits: [(String, Int, Int, String)] = [
            ("- [ ] One", 0, 0, "- [ ] New goal\n"),  // goals after it renumbered, parents too
            ("**Project 1**", 0, 0, "**Project 0**\n\n- Aim: ____\n\n"),  // titles and fields after it renumbered
            ("## Month 2", 0, 0, "## Inserted\n\n- [x] Done ✅ 2026-01-02\n\n"),  // a new chunk: sections after it renumbered
            ("### Week 2", 0, 0, "## Month 1b\n\n"),  // Week 2 hangs under another heading now
            ("# Later", 0, 0, "#"),  // a level-1 heading becomes level 2: Later is no longer top level
            ("**Start Date:** 2026-01-05", 16, 10, "2026-02-09"),  // the start moves every due date
            ("| Go | 10% | 80% |", 0, 0, "| Py | 1% | 2% |\n"),  // a table row in the middle
            ("# Plan", 0, 0, "Intro line\n\n"),  // everything moves by two lines
            ("## Month 1b", 0, 13, ""),  // a chunk removed
            ("- [ ] Deep", 0, 0, "```\n"),  // a fence opened swallows the cuts after it
            ("```\n", 0, 4, ""),  // and closed again
        ]
        for (needle, shift, count, text) in edits {
            let at = offset(of: needle, in: bytes) + shift
            edit(&bytes, &chunks, at..<(at + count), text)
            expectWhole(chunks.tracking(bytes), bytes, "\(needle) \(text)")
        }
    }

    @Test func bundledRoadmapsTypedIntoEverywhere() throws {
        let walker = try #require(FileManager.default.enumerator(at: PackagePaths.roadmaps, includingPropertiesForKeys: nil))
        let files = walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }
        #expect(files.count > 3)
        for url in files {
            var bytes = Corpus.bytes(url)
            var chunks = TrackingChunks()
            _ = chunks.tracking(bytes)
            // A character, a line end and a heading's mark typed at a line start every 97 bytes or so,
            // and deleted again.
            var at = 0
            while at < bytes.count {
                if at == 0 || bytes[at - 1] == ASCII.lf {
                    for text in ["x", "\n", "# "] {
                        edit(&bytes, &chunks, at..<at, text)
                        expectWhole(chunks.tracking(bytes), bytes, "\(url.lastPathComponent) at \(at) typed \(text)")
                        edit(&bytes, &chunks, at..<(at + text.utf8.count), "")
                        expectWhole(chunks.tracking(bytes), bytes, "\(url.lastPathComponent) at \(at) deleted \(text)")
                    }
                }
                // On to the first line start 97 bytes on.
                at += 97
                while at < bytes.count && bytes[at - 1] != ASCII.lf { at += 1 }
            }
        }
    }
}
