import Testing
@testable import RoadmapCore
import RoadmapTestSupport

/// `Checkpoint.cannotBe` rules headings out on their bytes before the checkpoint search makes
/// their plain text (issue 28). Whatever it rules out, the general test (`isCheckpoint` of the
/// plain text) must rule out too; and it must rule out plain ASCII headings without a keyword,
/// or it saves nothing.
struct CheckpointFastPathTests {
    private func sound(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        !Checkpoint.cannotBe(bytes, range) || !Checkpoint.isCheckpoint(PlainText.of(bytes, range))
    }

    @Test func everyCheckpointFormIsLeftToTheGeneralTest() {
        for title in ["3-Month Checkpoint", "CHECKPOINT: AI Tools", "Checkpoint 3", "6-Month Review", "Q1 Review: Infra",
                      "Week 4 Assessment", "Evaluation (Year 3)", "Month 2 Check-In", "Year 1 Milestone", "Q4 RETROSPECTIVE",
                      "check**point** 3", "3-Month Check`point`", "6-Month Re_view"] {
            let bytes = Array(title.utf8)
            #expect(sound(bytes, 0..<bytes.count), "\(title)")
        }
        for title in ["Week 4692: Docker and Git", "Month 1153: Data Engineering Basics", "Topic: Networking"] {
            let bytes = Array(title.utf8)
            #expect(Checkpoint.cannotBe(bytes, 0..<bytes.count), "\(title)")
        }
    }

    @Test func agreesWithTheGeneralTestOnRandomHeadings() {
        var random = SplitMix(seed: 2833)
        let pieces = ["Check", "check", "CHECK", "point", "POINT", "-", "in", "In", "Review", "review", "Assess", "ment",
                      "Evaluation", "Milestone", "Retro", "spective", " ", "3", "Month", "Q1", "Year", "(", ")", ":",
                      "*", "_", "`", "~", "[", "](x)", "é", "\u{FFFD}", "x"].map { Array($0.utf8) }
        for _ in 0..<20_000 {
            let bytes = (0..<random.next(7)).flatMap { _ in pieces[random.next(pieces.count)] }
            #expect(sound(bytes, 0..<bytes.count), "\(String(decoding: bytes, as: UTF8.self))")
            let lower = bytes.isEmpty ? 0 : random.next(bytes.count)
            #expect(sound(bytes, lower..<bytes.count), "\(bytes) from \(lower)")
        }
    }
}
