import Foundation
import Testing
@testable import roadmap
import RoadmapKit

/// The review's questions, answered in-process (stdin is a terminal, lines typed in turn).
struct ReviewQuestionsTests {
    static let file = "career-roadmap.md"

    /// The questions of a review of `ReviewSample` on 2026-11-22, in order, as they read with no
    /// colour, on standard error (the terminal, even when standard output is a file); each answer
    /// is typed after its prompt, so the captured output has them side by side.
    static let questions = """

    Questions  (Enter keeps the answer in brackets; Ctrl-C stops with nothing written)
    Tick 'Core practiced weekly'? [y/N]: \
    Tick 'Project 1 pushed'? [y/N]: \
    Fill the Date of 3-Month Checkpoint with 2026-11-22? [Y/n]: \
    Adjustments Needed for 3-Month Checkpoint: \
    Metrics: the new value, or Enter to keep the one in brackets.
      Python (target 70%) [30%]: \
      Kubernetes (target 60%): \
      GitHub contributions (target 500+): \
      Published posts (target 1): \
    Note: 
    """

    @Test func asksEachQuestionAndWritesTheAnswers() throws {
        let h = try CLIHarness(files: [Self.file: ReviewSample.text])
        let result = h.run(["review"], input: ["y", "", "", "More Kubernetes, less Terraform.", "45", "", "120", "", "Good month"])
        #expect(result.status == .success)
        #expect(result.stderr.hasSuffix(Self.questions.dropFirst()))
        #expect(result.stdout.contains("\n\nWrote the 2026-11 review to career-roadmap.md: 3/7 (42%), 3 goals completed, 2 metrics, a note.\n"
                                       + "Also ticked 1 goal; filled the Date of 3-Month Checkpoint; wrote the Adjustments Needed of 3-Month Checkpoint; set 1 metric cell.\n"))
        let text = try h.read(Self.file)
        #expect(text == ReviewSample.reviewed(ReviewSample.text, adjustments: "More Kubernetes, less Terraform."))
    }

    @Test func enterKeepsEveryDefault() throws {
        let h = try CLIHarness(files: [Self.file: ReviewSample.text])
        #expect(h.run(["review", "--today", "2026-10-20", "--metric", "posts=1", "--note", "From the option"],
                      input: Array(repeating: "", count: 9)).status == .success)
        let text = try h.read(Self.file)
        // Due 2026-11-15, so in October the Date's default is no.
        #expect(text.contains("**Date:** ____"))
        #expect(text.hasSuffix("- Metrics:\n  - Python: 30%\n  - Published posts: 1\n- Note: From the option\n"))
        let again = h.run(["review", "--today", "2026-10-21"], input: Array(repeating: "", count: 9))
        #expect(again.stderr.contains("  Published posts (target 1) [1]: Note [From the option]: "))
    }

    @Test func aWrongYesNoIsAskedAgain() throws {
        let h = try CLIHarness(files: [Self.file: ReviewSample.text])
        let result = h.run(["review"], input: ["maybe", "n", "", "n"] + Array(repeating: "", count: 6))
        #expect(result.status == .success)
        #expect(result.stderr.contains("Tick 'Core practiced weekly'? [y/N]:   Answer y or n.\nTick 'Core practiced weekly'? [y/N]: "))
        #expect(try h.read(Self.file).contains("**Date:** ____"))
    }

    @Test func endOfInputWritesNothing() throws {
        let h = try CLIHarness(files: [Self.file: ReviewSample.text])
        let result = h.run(["review"], input: ["y", "y", "", "Adjust", "50"])
        #expect(result.status == .failure)
        #expect(result.stderr.hasSuffix("Kubernetes (target 60%): \nerror: review: stopped at 'Kubernetes' (end of input); nothing written\n"))
        #expect(try h.read(Self.file) == ReviewSample.text)
    }

    @Test func yesOrNoTerminalMeansNoQuestions() throws {
        let h = try CLIHarness(files: [Self.file: ReviewSample.text])
        let result = h.run(["review", "--yes"], input: [])
        #expect(result.status == .success)
        #expect(!result.stdout.contains("Questions") && !result.stderr.contains("Questions"))
        let quiet = try CLIHarness(files: [Self.file: ReviewSample.text]).run(["review"])
        #expect(quiet.status == .success)
        #expect(!quiet.stdout.contains("Questions") && !quiet.stderr.contains("Questions"))
    }
}
