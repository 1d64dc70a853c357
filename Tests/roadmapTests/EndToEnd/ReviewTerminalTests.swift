import Foundation
import Testing

/// The built binary's review on a real pseudo-terminal: the questions it prints, the answers as
/// the terminal echoes them, and the bytes on disk afterwards; Ctrl-D and Ctrl-C write nothing.
struct ReviewTerminalTests {
    /// Tick the first item, keep the date, adjust, Python 45, contributions 120, a note.
    static let answers = ["y", "", "", "More Kubernetes.", "45", "", "120", "", "Good month"]
    static let environment = ["PATH": "/usr/bin:/bin", "ROADMAP_TODAY": "2026-11-22", "NO_COLOR": "1", "TERM": "xterm"]

    func copy() throws -> URL {
        try EndToEndTests.temporaryCopy(ReviewSample.text)
    }

    func file(_ directory: URL) throws -> String {
        try String(decoding: Data(contentsOf: directory.appendingPathComponent("career-roadmap.md")), as: UTF8.self)
    }

    @Test func aSessionOnATerminal() throws {
        let directory = try copy()
        let session = try PseudoTerminal.run(EndToEndTests.binary, ["review"], in: directory, environment: Self.environment,
                                             answers: Self.answers)
        #expect(session.status == 0)
        #expect(session.transcript.contains("""
        Questions  (Enter keeps the answer in brackets; Ctrl-C stops with nothing written)
        Tick 'Core practiced weekly'? [y/N]: y
        Tick 'Project 1 pushed'? [y/N]: 
        Fill the Date of 3-Month Checkpoint with 2026-11-22? [Y/n]: 
        Adjustments Needed for 3-Month Checkpoint: More Kubernetes.
        Metrics: the new value, or Enter to keep the one in brackets.
          Python (target 70%) [30%]: 45
          Kubernetes (target 60%): 
          GitHub contributions (target 500+): 120
          Published posts (target 1): 
        Note: Good month

        Wrote the 2026-11 review to career-roadmap.md: 3/7 (42%), 3 goals completed, 2 metrics, a note.
        Also ticked 1 goal; filled the Date of 3-Month Checkpoint; wrote the Adjustments Needed of 3-Month Checkpoint; set 1 metric cell.

        """))
        #expect(try file(directory) == ReviewSample.reviewed(ReviewSample.text, adjustments: "More Kubernetes."))
    }

    /// An editor saves the file while the questions are open (a goal ticked, one added, lines
    /// away from what the review writes): the review's changes are applied to the saved file, and
    /// neither the editor's work nor the answers are lost.
    @Test func theFileChangesDuringTheQuestions() throws {
        let edited = ReviewSample.text.replacingOccurrences(of: "- [ ] Terraform\n", with: "- [x] Terraform\n- [ ] Helm charts\n")
        let (session, directory) = try session(savingMeanwhile: edited, beforeAnswer: 4)
        #expect(session.status == 0, "\(session.transcript)")
        #expect(try file(directory) == ReviewSample.reviewed(edited, adjustments: "More Kubernetes."))
    }

    /// The editor changed the very goal the review ticks: the review cannot be re-applied, so
    /// nothing is written, and the answers typed are shown so that they are not lost.
    @Test func aConflictingChangeKeepsTheAnswersOnScreen() throws {
        let edited = ReviewSample.text.replacingOccurrences(of: "- [ ] Core practiced weekly", with: "- [ ] Core practiced daily")
        let (session, directory) = try session(savingMeanwhile: edited, beforeAnswer: 8)
        #expect(session.status == 1)
        #expect(session.transcript.hasSuffix("""
            nothing was written, run the command again
            Your answers (not written):
              Tick: Core practiced weekly
              Date of 3-Month Checkpoint: 2026-11-22
              Adjustments Needed for 3-Month Checkpoint: More Kubernetes.
              Python: 45
              GitHub contributions: 120
              Note: Good month

            """), "\(session.transcript)")
        #expect(try file(directory) == edited)
    }

    /// The answers of `aSessionOnATerminal`, with `edited` saved over the file (as an editor
    /// would) just before answer number `beforeAnswer` is typed.
    func session(savingMeanwhile edited: String, beforeAnswer: Int) throws -> (PseudoTerminal.Session, URL) {
        let directory = try copy()
        let path = directory.appendingPathComponent("career-roadmap.md")
        let session = try PseudoTerminal.run(EndToEndTests.binary, ["review"], in: directory, environment: Self.environment,
                                             answers: Self.answers) { answer in
            if answer == beforeAnswer { try Data(edited.utf8).write(to: path) }
        }
        return (session, directory)
    }

    @Test func ctrlDStopsWithNothingWritten() throws {
        let directory = try copy()
        // Ctrl-D at the start of a line is end of input: the program reads no line at all.
        let session = try PseudoTerminal.run(EndToEndTests.binary, ["review"], in: directory, environment: Self.environment,
                                             answers: ["y", "\u{04}"])
        #expect(session.status == 1)
        #expect(session.transcript.hasSuffix("Tick 'Project 1 pushed'? [y/N]: \nerror: review: stopped at 'Tick 'Project 1 pushed'?' (end of input); nothing written\n"))
        #expect(try file(directory) == ReviewSample.text)
    }

    @Test func ctrlCStopsWithNothingWritten() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setsid") else {
            print("SKIP: ctrlCStopsWithNothingWritten needs /usr/bin/setsid (util-linux) to give the program a controlling terminal")
            return
        }
        let directory = try copy()
        let session = try PseudoTerminal.run(EndToEndTests.binary, ["review"], in: directory, environment: Self.environment,
                                             answers: ["y", "", "", "Adjust", "\u{03}"], controllingTerminal: true)
        #expect(session.status != 0)
        // The terminal echoes ^C and the program is gone (setsid may add a line saying so).
        #expect(session.transcript.contains("  Python (target 70%) [30%]: ^C"))
        #expect(!session.transcript.contains("Wrote") && !session.transcript.contains("error:"))
        #expect(try file(directory) == ReviewSample.text)
    }
}
