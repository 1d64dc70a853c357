import Testing
@testable import roadmap

/// Mojibake in a file is shown repaired by every text view; JSON and the file keep the bytes.
@Suite struct MojibakeDisplayTests {
    static let text = """
    # ðŸŽ¯ Plan

    **Start Date:** 2026-01-15
    **ðŸ“… Name:** ____

    ## ðŸ“š Learning (Month 1)
    - [ ] âœ… Read the guide
    - [x] Done one ✅ 2026-11-01

    **Status:** [ ] ðŸš€ Started [ ] Done

    """

    @Test func textViewsShowTheRepairedText() throws {
        let h = try CLIHarness(files: ["career-roadmap.md": Self.text])
        let status = h.run(["status"]).stdout
        #expect(status.contains("🎯 Plan") && status.contains("📚 Learning (Month 1)") && status.contains("#1 [ ] ✅ Read the guide"))
        #expect(h.run(["list"]).stdout.contains("#1 [ ] ✅ Read the guide"))
        #expect(h.run(["next"]).stdout.contains("#1 [ ] ✅ Read the guide"))
        let fields = h.run(["fields"]).stdout
        #expect(fields.contains("📅 Name") && fields.contains("🚀 Started"))
        #expect(h.run(["diagram"]).stdout.contains("📚 Learning (Month 1)<br/>"))
        let review = h.run(["review", "--yes", "--dry-run"])
        #expect(review.status == .success)
        #expect(h.run(["review", "--yes"]).stdout.contains("Done one  (📚 Learning (Month 1), 2026-11-01)"))
        for output in [status, fields] { #expect(!output.contains("ð")) }
        // Reading never rewrites it: the review's entry is all that was added.
        #expect(try h.read("career-roadmap.md").hasPrefix(Self.text))
    }

    @Test func jsonReportsTheBytesAsTheyAre() throws {
        let h = try CLIHarness(files: ["career-roadmap.md": Self.text])
        #expect(h.run(["status", "--json"]).stdout.contains("\"title\":\"ðŸŽ¯ Plan\""))
        #expect(h.run(["list", "--json"]).stdout.contains("\"text\":\"âœ… Read the guide\""))
        #expect(h.run(["fields", "--json"]).stdout.contains("\"label\":\"ðŸ“… Name\""))
        #expect(!h.run(["status", "--json"]).stdout.contains("🎯"))
    }
}
