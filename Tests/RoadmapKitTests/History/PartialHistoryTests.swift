import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

/// Reading what git says when it lacks an object, and its `--raw` listing of the files' commits.
struct PartialHistoryTests {
    @Test func theMissingObjectIsTheFullNameInGitsMessage() {
        let oid = "9b5f16b792938b5b07f89ee37c23efe4d089abd5"
        let promisor = "warning: lazy fetching disabled; some objects may not be available\nfatal: could not fetch \(oid) from promisor remote\n"
        #expect(PartialHistory.missingObject(in: Array(promisor.utf8)) == oid)
        #expect(PartialHistory.missingObject(in: Array("fatal: unable to read \(oid)".utf8)) == oid)
        let sha256 = String(repeating: "ab", count: 32)
        #expect(PartialHistory.missingObject(in: Array("fatal: unable to read \(sha256)\n".utf8)) == sha256)
        // Abbreviated, or longer than any object name: not an object git names.
        #expect(PartialHistory.missingObject(in: Array("fatal: bad object 9b5f16b\n".utf8)) == nil)
        #expect(PartialHistory.missingObject(in: Array(("x" + oid + "0\n").utf8)) == nil)
        #expect(PartialHistory.missingObject(in: []) == nil)
    }

    static let listing = """
    \u{1}c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5 2026-05-04T12:00:00+00:00

    :100644 100644 4444444444444444444444444444444444444444 5555555555555555555555555555555555555555 M\tdocs/plan.md
    \u{1}c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4c4 2026-04-06T12:00:00+02:00

    :100644 100644 3333333333333333333333333333333333333333 4444444444444444444444444444444444444444 M\tdocs/plan.md
    :100644 100644 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb M\t"docs/caf\\303\\251.md"
    \u{1}c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3 2026-03-02T12:00:00+00:00

    :100644 100644 2222222222222222222222222222222222222222 3333333333333333333333333333333333333333 R090\told.md\tdocs/plan.md

    """

    @Test func theListingGivesEachCommitsBlobsAndTheNewestCommitThatNeedsOne() {
        let files = ["/r/docs/plan.md", "/r/docs/café.md"]
        let listing = PartialHistory.Listing(parsing: Array(Self.listing.utf8), files: files, followsOneFile: false)
        #expect(listing.commits.map(\.date) == ["2026-05-04", "2026-04-06", "2026-03-02"].map { CivilDate(iso: $0)! })
        #expect(listing.commits.map { $0.changes.count } == [1, 2, 1])
        #expect(listing.commits[1].changes[1].path == "docs/café.md")
        #expect(listing.commits[2].changes[0].path == "docs/plan.md")
        // 3333… is the old side of commit 4 and the new side of commit 3: commit 4 is the newest to need it.
        #expect(listing.newestCommit(needing: String(repeating: "3", count: 40)) == 1)
        #expect(listing.newestCommit(needing: String(repeating: "4", count: 40)) == 0)
        #expect(listing.newestCommit(needing: String(repeating: "9", count: 40)) == nil)
        #expect(listing.file(of: listing.commits[1].changes[1]) == 1)
    }
}
