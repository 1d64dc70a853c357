import Foundation
import Testing
@testable import RoadmapCore
@testable import RoadmapKit
import RoadmapTestSupport

/// A file parsed by stretches (`StretchedParse`: cut at column-0 ATX headings, each stretch parsed
/// alone, on all cores in `roadmap`) gives exactly the model one parse of the whole file gives:
/// goals, sections and their totals, continuation lines, fields, groups, tables, titles,
/// checkpoints, horizons, the start date; and no line facts or Tasks details the whole parse does
/// not keep either. Over every bundled roadmap, every corpus file (../shared/corpus; a SKIP line
/// when absent) and the benchmark files S, M and L, with LF and with CRLF line ends.
@Suite struct StretchedParseTests {
    /// What differs between two tracking models, by name; empty when they are the same.
    static func differences(_ a: Tracking, _ b: Tracking) -> [String] {
        var found = differences(a.roadmap, b.roadmap)
        if a.fields != b.fields { found.append("fields") }
        if a.groups != b.groups { found.append("groups") }
        if a.tables != b.tables { found.append("tables") }
        if a.titles != b.titles { found.append("titles") }
        if a.checkpoints != b.checkpoints { found.append("checkpoints") }
        if a.start != b.start { found.append("start") }
        if a.startField != b.startField { found.append("startField") }
        if Array(a.sectionHorizons) != Array(b.sectionHorizons) { found.append("sectionHorizons") }
        if Array(a.sectionDurations) != Array(b.sectionDurations) { found.append("sectionDurations") }
        return found
    }

    /// What differs between two roadmaps, by name.
    static func differences(_ a: Roadmap, _ b: Roadmap) -> [String] {
        var found: [String] = []
        if a.bytes != b.bytes { found.append("bytes") }
        if a.goals != b.goals { found.append("goals") }
        if a.sections != b.sections { found.append("sections") }
        if a.continuations != b.continuations { found.append("continuations") }
        if a.lineFacts.count != b.lineFacts.count { found.append("lineFacts") }
        if (a.knownDetails == nil) != (b.knownDetails == nil) { found.append("knownDetails") }
        if a.knownHorizons != b.knownHorizons { found.append("knownHorizons") }
        return found
    }

    /// One stretch after another, on this thread.
    static func oneByOne(_ count: Int, _ body: @Sendable (Int) -> Void) {
        for k in 0..<count { body(k) }
    }

    /// Every way of cutting `bytes` this suite tries, each compared with the whole parse; the
    /// failures name the file and the cut.
    static func check(_ name: String, _ bytes: [UInt8], stretches: [Int] = [2, 3, 5, 8]) {
        let whole = Tracking.parsing(bytes)
        let wholeRoadmap = Roadmap(parsing: bytes)
        for count in stretches {
            let cuts = StretchedParse.cuts(bytes, stretches: count)
            let tracking = StretchedParse.tracking(bytes, cuts: cuts, perform: oneByOne)
            #expect(differences(tracking, whole) == [], "\(name): \(count) stretches, cut at \(cuts)")
            let roadmap = StretchedParse.roadmap(bytes, cuts: cuts, perform: oneByOne)
            #expect(differences(roadmap, wholeRoadmap) == [], "\(name): \(count) stretches, goals only, cut at \(cuts)")
        }
        // Cut at every line that opens like a heading, inside a fence or not: the cuts that are
        // no heading in the parse must be found out, and the stretches around them parsed together.
        let every = StretchedParse.candidates(bytes)
        #expect(differences(StretchedParse.tracking(bytes, cuts: every, perform: oneByOne), whole) == [],
                "\(name): cut at every heading line (\(every.count))")
        #expect(differences(StretchedParse.roadmap(bytes, cuts: every, perform: oneByOne), wholeRoadmap) == [],
                "\(name): goals only, cut at every heading line (\(every.count))")
        // As the command line runs it: on all cores.
        #expect(differences(ParsedOnAllCores.tracking(bytes, stretches: 4), whole) == [], "\(name): on all cores")
        #expect(differences(ParsedOnAllCores.roadmap(bytes, stretches: 4), wholeRoadmap) == [], "\(name): on all cores, goals only")
    }

    @Test func headingsInsideAFenceAreNoCut() {
        let text = """
        # Plan

        - [ ] One
          continued

        ```sh
        # install
        ## not a heading either
        - [ ] not a goal
        ```

        # Two

        **Start Date:** 2026-01-05

        - [x] Two ✅ 2026-01-02

        <!--
        # hidden
        -->
        ### Month 1

        - [ ] Three

        """
        let bytes = Array(text.utf8)
        #expect(StretchedParse.candidates(bytes).count == 5)
        Self.check("fenced", bytes, stretches: [2, 3, 4, 6, 12])
        Self.check("fenced, CRLF", Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8), stretches: [2, 3, 4, 6, 12])
        Self.check("fenced, CR", Array(text.replacingOccurrences(of: "\n", with: "\r").utf8), stretches: [2, 3, 4, 6, 12])
    }

    @Test func bundledRoadmaps() throws {
        let root = PackagePaths.roadmaps
        let files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
        #expect(files.count >= 4)
        for file in files {
            let bytes = Corpus.bytes(file)
            Self.check(file.lastPathComponent, bytes)
            Self.check(file.lastPathComponent + ", CRLF", Self.crlf(bytes))
        }
    }

    @Test func corpus() {
        let files = Corpus.markdownFiles()
        for file in files { Self.check(Corpus.name(file), Corpus.bytes(file)) }
        print("stretched parse: \(files.count) corpus files compared")
    }

    /// The benchmark's generated roadmaps (Benchmarks/generate.py), both line ends.
    @Test(arguments: ["S", "M", "L"])
    func generated(size: String) throws {
        guard let python = ExternalTool.path("python3") else {
            print("SKIP: StretchedParseTests.generated(\(size)): python3 not found")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stretched-\(getpid())-\(size)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for crlf in [false, true] {
            let out = folder.appendingPathComponent(crlf ? "crlf.md" : "lf.md").path
            let script = PackagePaths.root.appendingPathComponent("Benchmarks/generate.py").path
            let run = try ExternalTool.run(python, [script, size, out] + (crlf ? ["--crlf"] : []))
            #expect(run.status == 0, "\(run.stderr)")
            let bytes = Corpus.bytes(URL(fileURLWithPath: out))
            #expect(bytes.count > 1000)
            Self.check("\(size)\(crlf ? "-crlf" : "")", bytes, stretches: size == "L" ? [2, 4] : [2, 3, 5, 8])
        }
    }

    static func crlf(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        for (i, b) in bytes.enumerated() {
            if b == ASCII.lf && (i == 0 || bytes[i - 1] != ASCII.cr) { out.append(ASCII.cr) }
            out.append(b)
        }
        return out
    }
}
