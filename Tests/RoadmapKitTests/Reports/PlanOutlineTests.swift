import Testing
@testable import RoadmapKit

/// The one walk over a plan that status, `--json`, the markdown summary, the diagram and the
/// report render from: sections and linked files in the order a reader meets them, each at its
/// place in the plan.
@Suite struct PlanOutlineTests {
    /// Nested sections, a section with no goals and one below it, a linked file under a nested
    /// section, a file whose goal above its title links a third file, and a link back to the index.
    static let index = """
    # Guide

    ## Phases
    - [ ] [Phase 1](p1.md)
    - [x] Kick-off

    ### Later
    - [ ] [Phase 2](sub/p2.md)

    ## Empty
    Nothing yet.

    ### Still empty

    ## Notes
    - [ ] Read the index

    """
    static let files = [
        "p1.md": "# Phase 1\n\n## Track A\n- [x] one\n- [ ] two\n\n## Idle\n\n## Back\n- [ ] [Index](README.md)\n",
        "sub/p2.md": "- [ ] [Appendix](appendix.md)\n\n# Phase 2\n\n## Work\n- [/] three\n",
        "sub/appendix.md": "- [ ] read\n",
    ]

    static func guide() -> Plan {
        Plan(root: roadmap(index), path: "README.md") { path in
            guard let text = files[path] else { return .failure(StorageError(path: path, message: "No such file or directory")) }
            return .success(Array(text.utf8))
        }
    }

    /// `depth title done/total`, a linked file marked `[file]`.
    static func lines(_ outline: PlanOutline) -> [String] {
        outline.entries.indices.map { index in
            let entry = outline.entries[index]
            let file = if case .file = entry.item { " [file]" } else { "" }
            return "\(entry.depth) \(outline.title(of: index))\(file) \(entry.goals.done)/\(entry.goals.total)"
        }
    }

    /// The titles from the top of the plan down to an entry: what encloses it in the outline.
    static func place(of index: Int, _ outline: PlanOutline) -> [String] {
        var titles = [outline.title(of: index)]
        var depth = outline.entries[index].depth
        for above in outline.entries[..<index].indices.reversed() where outline.entries[above].depth < depth {
            titles.insert(outline.title(of: above), at: 0)
            depth = outline.entries[above].depth
        }
        return titles
    }

    @Test func belowTitlesAFileStartsUnderTheHeadingThatNamesIt() {
        let plan = Self.guide()
        #expect(plan.files.map(\.path) == ["README.md", "p1.md", "sub/p2.md", "sub/appendix.md"])
        #expect(Self.lines(PlanOutline(plan, start: .belowTitle)) == [
            "1 Phases 2/9",
            "2 Phase 1 [file] 1/3", "3 Track A 1/2", "3 Idle 0/0", "3 Back 0/1",
            "2 Later 0/4",
            // A goal above `# Phase 2` keeps that heading: it does not hold everything in its file.
            "3 Phase 2 [file] 0/3", "4 Appendix [file] 0/1", "4 Phase 2 0/1", "5 Work 0/1",
            "1 Empty 0/0", "2 Still empty 0/0",
            "1 Notes 0/1",
        ])
    }

    @Test func everyHeadingKeepsTitlesAndEmptySections() {
        #expect(Self.lines(PlanOutline(Self.guide(), start: .everyHeading)) == [
            "1 Guide 2/10",
            "2 Phases 2/9",
            "3 Phase 1 [file] 1/3", "4 Phase 1 1/3", "5 Track A 1/2", "5 Idle 0/0", "5 Back 0/1",
            "3 Later 0/4",
            "4 Phase 2 [file] 0/3", "5 Appendix [file] 0/1", "5 Phase 2 0/1", "6 Work 0/1",
            "2 Empty 0/0", "3 Still empty 0/0",
            "2 Notes 0/1",
        ])
    }

    @Test func aLinkedFilesSectionsSitWhereTheLinkingGoalIs() {
        let plan = Self.guide()
        let every = PlanOutline(plan, start: .everyHeading)
        // Every section's place is its path across files, the linking goal's text standing for its file.
        for index in every.entries.indices {
            guard case let .section(file, section) = every.entries[index].item else { continue }
            #expect(Self.place(of: index, every) == plan.path(ofFile: file, section: section).map(PlainText.of))
        }
        let below = PlanOutline(plan, start: .belowTitle)
        let trackA = below.entries.firstIndex { $0.item == .section(file: 1, section: 2) }!
        #expect(Self.place(of: trackA, below) == ["Phases", "Phase 1", "Track A"])
        #expect(Self.place(of: trackA, below) == plan.displayPath(ofFile: 1, section: 2))
        let work = below.entries.firstIndex { $0.item == .section(file: 2, section: 2) }!
        #expect(Self.place(of: work, below) == ["Phases", "Later", "Phase 2", "Phase 2", "Work"])
    }

    @Test func entriesEndWhereTheirInsideEnds() {
        let outline = PlanOutline(Self.guide(), start: .belowTitle)
        let titles = { (indices: PlanOutline.Children) in indices.map(outline.title(of:)) }
        #expect(titles(outline.children(of: nil)) == ["Phases", "Empty", "Notes"])
        let phases = Array(outline.children(of: nil))[0]
        #expect(titles(outline.children(of: phases)) == ["Phase 1", "Later"])
        #expect(outline.entries[phases].end == 10)
        let empty = Array(outline.children(of: nil))[1]
        #expect(titles(outline.children(of: empty)) == ["Still empty"])
        #expect(Array(outline.children(of: outline.entries.count - 1)).isEmpty)
        // The files a section links, directly or from a subsection, but not those files' own links.
        #expect(outline.linkedFiles(inside: phases).map { outline.entries[$0].item } == [.file(1), .file(2)])
        #expect(outline.linkedFiles(inside: nil).map { outline.entries[$0].item } == [.file(1), .file(2)])
        let p2 = outline.linkedFiles(inside: nil)[1]
        #expect(outline.linkedFiles(inside: p2).map { outline.entries[$0].item } == [.file(3)])
        #expect(outline.linkedFiles(inside: empty).isEmpty)
    }

    @Test func aDepthCutLeavesDeeperEntriesOutButTheirGoalsIn() {
        let outline = PlanOutline(Self.guide(), start: .belowTitle, depth: 2)
        #expect(Self.lines(outline) == ["1 Phases 2/9", "2 Phase 1 [file] 1/3", "2 Later 0/4", "1 Empty 0/0", "2 Still empty 0/0", "1 Notes 0/1"])
        #expect(outline.entries.map(\.end) == [3, 2, 3, 5, 5, 6])
        #expect(PlanOutline(Self.guide(), start: .everyHeading, depth: 0).entries.isEmpty)
    }

    @Test func oneFileIsAPlanOfOne() {
        let outline = PlanOutline(plan(roadmap("# Title\n\n## A\n- [ ] a\n### A1\n- [x] b\n\n## B\n")), start: .belowTitle)
        #expect(Self.lines(outline) == ["1 A 1/2", "2 A1 1/1", "1 B 0/0"])
        let untitled = PlanOutline(plan(roadmap("- [ ] loose\n")), start: .everyHeading)
        #expect(untitled.entries.isEmpty && Array(untitled.children(of: nil)).isEmpty && untitled.linkedFiles(inside: nil).isEmpty)
    }

    @Test func statusLeavesOutSectionsWithoutGoals() {
        let report = StatusReport(Self.guide(), depth: 4)
        #expect(report.rows.map { "\($0.depth) \($0.title)" } == [
            "1 Phases", "2 Phase 1", "3 Track A", "3 Back", "2 Later", "3 Phase 2", "4 Appendix", "4 Phase 2", "1 Notes",
        ])
        #expect(report.title == "Guide")
    }
}
