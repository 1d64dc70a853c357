import Foundation
import Testing
@testable import RoadmapCore
@testable import RoadmapKit
import RoadmapTestSupport

/// An opening parsed and linted in stretches on every core (`TrackingChunks.trackingOnAllCores`,
/// `LintChunks.findings(_:schedule:path:parsed:onAllCores:)`) gives exactly what the one-thread
/// opening gives: the model, the schedule, the chunks kept for the keystrokes after (and what a
/// keystroke then makes), and lint's findings, chunk by chunk. Cut finer than the server cuts (a
/// stretch at every column-0 `#` line, or two, three, seven), so the bundled roadmaps and the
/// corpus go through it, fences and HTML blocks that swallow a cut included.
@Suite struct OpeningOnAllCoresTests {
    static let today = CivilDate(iso: "2026-11-22")!
    /// Ways to cut: (smallest stretch in bytes, most stretches).
    static let cuts: [(Int, Int)] = [(1, Int.max), (1, 2), (1, 3), (1, 7)]

    struct Opened {
        var parse = TrackingChunks()
        var lint = LintChunks()
        var tracking: Tracking
        var schedule: Schedule
        var findings: [LintFinding]
        var stretches: Int
        /// Whether lint ran beside the model's assembly (every stretch held).
        var lintedBeside = false
    }

    static func open(_ bytes: [UInt8], onAllCores cut: (Int, Int)?, lintBeside: Bool = false) -> Opened {
        var parse = TrackingChunks()
        var lint = LintChunks()
        var parsed: [ParsedStretch] = []
        let exists: @Sendable (String) -> Bool = { $0.utf8.count % 2 == 0 }  // some links found, some not
        let tracking: Tracking
        let findings: [LintFinding]
        var lintedBeside = false
        if let cut, lintBeside {
            // Linted on every core while the model is put together, when every stretch held.
            var linted: StretchLint?
            tracking = parse.trackingOnAllCores(bytes, parsed: &parsed, linting: "plan.md", exists: exists, linted: &linted,
                                                minimumStretchBytes: cut.0, mostStretches: cut.1)
            let schedule = Schedule(tracking, today: today)
            lintedBeside = linted != nil
            if let linted {
                findings = lint.findings(tracking, schedule: schedule, path: "plan.md", parsed: parsed, linted: linted, exists: exists)
            } else {
                findings = lint.findings(tracking, schedule: schedule, path: "plan.md", parsed: parsed, onAllCores: exists)
            }
        } else if let cut {
            tracking = parse.trackingOnAllCores(bytes, parsed: &parsed, minimumStretchBytes: cut.0, mostStretches: cut.1)
            let schedule = Schedule(tracking, today: today)
            findings = lint.findings(tracking, schedule: schedule, path: "plan.md", parsed: parsed, onAllCores: exists)
        } else {
            tracking = parse.tracking(bytes, parsed: &parsed)
            findings = lint.findings(tracking, schedule: Schedule(tracking, today: today), path: "plan.md", parsed: parsed, exists: exists)
        }
        return Opened(parse: parse, lint: lint, tracking: tracking, schedule: Schedule(tracking, today: today), findings: findings,
                      stretches: parsed.count, lintedBeside: lintedBeside)
    }

    static func sameModel(_ a: Tracking, _ b: Tracking, _ context: String) {
        #expect(a.roadmap.goals == b.roadmap.goals, "\(context)")
        #expect(a.roadmap.sections == b.roadmap.sections, "\(context)")
        #expect(a.roadmap.continuations.goals == b.roadmap.continuations.goals, "\(context)")
        // Each goal's own period, read when its chunk is parsed; the whole parse reads it on asking.
        func horizons(_ r: Roadmap) -> [Horizon?] { r.knownHorizons ?? r.goals.indices.map { Schedule.horizon(ofGoal: $0, in: r) } }
        #expect(horizons(a.roadmap) == horizons(b.roadmap), "\(context)")
        #expect(a.roadmap.goals.indices.map { a.roadmap.taskDetails(of: $0) } == b.roadmap.goals.indices.map { b.roadmap.taskDetails(of: $0) },
                "\(context)")
        #expect(a.fields == b.fields, "\(context)")
        #expect(a.groups == b.groups, "\(context)")
        #expect(a.tables == b.tables, "\(context)")
        #expect(a.titles == b.titles, "\(context)")
        #expect(a.checkpoints == b.checkpoints, "\(context)")
        #expect(a.start == b.start && a.startField == b.startField, "\(context)")
        #expect(Array(a.sectionHorizons) == Array(b.sectionHorizons), "\(context)")
        #expect(Array(a.sectionDurations) == Array(b.sectionDurations), "\(context)")
    }

    /// Opens `bytes` both ways, every way of cutting, and compares everything; then types into
    /// the middle of it and compares the keystroke's model too.
    static func check(_ bytes: [UInt8], _ name: String, cuts: [(Int, Int)] = cuts) {
        let one = open(bytes, onAllCores: nil)
        let whole = Tracking.parsing(bytes)
        sameModel(one.tracking, whole, "\(name), one thread against the whole parse")
        for cut in cuts {
            let context = "\(name), stretches of \(cut.0)+ bytes, at most \(cut.1)"
            for lintBeside in [false, true] {
                let context = context + (lintBeside ? ", linted beside the model" : "")
                let all = open(bytes, onAllCores: cut, lintBeside: lintBeside)
                sameModel(all.tracking, one.tracking, context)
                #expect(Array(all.schedule.goalDue) == Array(one.schedule.goalDue), "\(context)")
                #expect(all.schedule.checkpointDue == one.schedule.checkpointDue, "\(context)")
                #expect(all.findings == one.findings, "\(context)")
                #expect(all.lint.chunks.map(\.start) == one.lint.chunks.map(\.start), "\(context)")
                #expect(all.lint.chunks.map(\.findings) == one.lint.chunks.map(\.findings), "\(context)")
                #expect(all.parse.chunks.map { [$0.start, $0.end, $0.lines] } == one.parse.chunks.map { [$0.start, $0.end, $0.lines] },
                        "\(context)")
                #expect(all.parse.chunks.map(\.part.goals) == one.parse.chunks.map(\.part.goals), "\(context)")
                #expect(all.parse.chunks.map(\.part.fields) == one.parse.chunks.map(\.part.fields), "\(context)")
                #expect(all.parse.chunks.map(\.part.checkpointSections) == one.parse.chunks.map(\.part.checkpointSections), "\(context)")
                // A keystroke after: a line typed in the middle, parsed again from the chunks kept.
                var edited = bytes
                var at = bytes.count / 2
                while at > 0 && bytes[at - 1] != ASCII.lf { at -= 1 }
                let typed = Array("- [ ] Typed ✅ 2026-02-03\n".utf8)
                edited.insert(contentsOf: typed, at: at)
                var parse = all.parse
                parse.edited(at..<at, insertedCount: typed.count)
                sameModel(parse.tracking(edited), Tracking.parsing(edited), "\(context), after a keystroke")
            }
        }
    }

    @Test func splitsAtColumnZeroHeadingsOnly() {
        let text = Array("# One\n\ntext\n  # indented\n#not\n## Two\r\n\r\n### Three\n".utf8)
        let stretches = TrackingChunks.openingStretches(text, most: Int.max, minimumBytes: 1)
        #expect(stretches.map(\.lowerBound) == [0, 30, 40])
        #expect(stretches.last?.upperBound == text.count)
        #expect(TrackingChunks.openingStretches(text, most: 8, minimumBytes: 1000) == [0..<text.count])
    }

    /// A `#` line inside a fence (a code comment) is passed over when cutting: its stretch would
    /// not hold. A shorter run of the fence's character does not close it.
    @Test func passesOverHashLinesInFences() {
        let text = "# A\n```\n# code\n```\n## B\n~~~~\n# x\n~~~\n# y\n   ~~~~~\n# C\n"
        let bytes = Array(text.utf8)
        func offset(_ line: String) -> Int { text.utf8.count - text[text.range(of: line)!.lowerBound...].utf8.count }
        let stretches = TrackingChunks.openingStretches(bytes, most: Int.max, minimumBytes: 1)
        #expect(stretches.map(\.lowerBound) == [0, offset("## B"), offset("# C")])
        Self.check(bytes, "fenced comments")
    }

    /// A cut that a fence, a comment or an HTML block swallows: the stretch before it gives
    /// nothing and the text is parsed again from there, as the keystroke path does.
    @Test func aSwallowedCutIsParsedAgain() {
        let text = """
        # Plan

        - [ ] One
        ```
        # not a heading
        - [ ] not a goal
        ```

        ## Two

        <!--
        # inside a comment
        -->

        - [ ] Two 📅 2026-12-01
        - [ ] Two 📅 2026-12-01

        ## Three
        ~~~
        # an open fence to the end
        - [ ] not a goal

        """
        Self.check(Array(text.utf8), "fences")
        let stretches = TrackingChunks.openingStretches(Array(text.utf8), most: Int.max, minimumBytes: 1)
        #expect(stretches.count == 4)  // not at the fenced lines; the comment's line is cut at
        let all = Self.open(Array(text.utf8), onAllCores: (1, Int.max), lintBeside: true)
        #expect(all.tracking.roadmap.goals.count == 3)
        #expect(!all.lintedBeside)
    }

    @Test func bundledRoadmaps() throws {
        let walker = try #require(FileManager.default.enumerator(at: PackagePaths.roadmaps, includingPropertiesForKeys: nil))
        let files = walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }
        #expect(files.count > 3)
        for url in files { Self.check(Corpus.bytes(url), url.lastPathComponent) }
    }

    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus beside the repository"))
    func corpus() {
        for url in Corpus.files { Self.check(Corpus.bytes(url), Corpus.name(url), cuts: [(1, Int.max), (1, 3)]) }
    }

    /// The generated M of `make bench` (10,000 goals), LF and CRLF, cut as the server cuts it.
    @Test func generatedM() throws {
        guard let python = ExternalTool.path("python3") else {
            print("SKIP: OpeningOnAllCoresTests.generatedM: python3 not found")
            return
        }
        for crlf in [false, true] {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("opening-\(getpid())-\(crlf).md")
            defer { try? FileManager.default.removeItem(at: file) }
            let run = try ExternalTool.run(python, [PackagePaths.root.appendingPathComponent("Benchmarks/generate.py").path, "M", file.path]
                + (crlf ? ["--crlf"] : []))
            try #require(run.status == 0, "\(run.stderr)")
            let bytes = Corpus.bytes(file)
            #expect(TrackingChunks.openingStretches(bytes, most: OpeningOnAllCores.mostStretches,
                                                    minimumBytes: OpeningOnAllCores.minimumStretchBytes).count == OpeningOnAllCores.mostStretches)
            let server = (OpeningOnAllCores.minimumStretchBytes, OpeningOnAllCores.mostStretches)
            // Every cut holds (none falls on a `#` line in a fence): lint runs beside the model.
            let lintedBeside = Self.open(bytes, onAllCores: server, lintBeside: true).lintedBeside
            #expect(lintedBeside, "generated M\(crlf ? ", CRLF" : "")")
            Self.check(bytes, "generated M\(crlf ? ", CRLF" : "")",
                       cuts: [(OpeningOnAllCores.minimumStretchBytes, OpeningOnAllCores.mostStretches), (1, 2)])
        }
    }
}
