import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage

/// A roadmap across files: which goals link files, how the files roll up, ids and sections.
@Suite struct PlanTests {
    @Test(arguments: [
        ("- [ ] [Phase 1](phase-1.md)", "phase-1.md"),
        ("- [ ] [Phase 1: Foundation](phase-1-foundation.md) (Months 1-6)", "phase-1-foundation.md"),
        ("- [x] **[Bold](guides/a.md)** text", "guides/a.md"),
        ("- [ ] [Anchor](b.md#checkpoint)", "b.md"),
        ("- [ ] [Spaces](<my guide.md>)", "my guide.md"),
        ("- [ ] [Encoded](my%20guide.md)", "my guide.md"),
        ("- [ ] [Up](../other/plan.markdown)", "../other/plan.markdown"),
        ("- [ ] [Nested [brackets]](n.md \"title\")", "n.md"),
    ])
    func goalsThatLinkAFile(line: String, target: String) {
        let r = roadmap(line + "\n")
        #expect(r.localLinkTarget(ofGoal: 0) == target)
        #expect(r.hasLocalLinks)
    }

    @Test(arguments: [
        "- [ ] Read [the guide](guide.md) first",
        "- [ ] [Docs](https://example.com/guide.md)",
        "- [ ] [Mail](mailto:a@b.md)",
        "- [ ] [Absolute](/etc/guide.md)",
        "- [ ] [Same file](#section)",
        "- [ ] [Image](diagram.png)",
        "- [ ] [Not a link] (guide.md)",
        "- [ ] [Unclosed](guide.md",
        "- [ ] plain text",
    ])
    func goalsThatDoNot(line: String) {
        let r = roadmap(line + "\n")
        #expect(r.localLinkTarget(ofGoal: 0) == nil)
        #expect(!r.hasLocalLinks)
    }

    @Test(arguments: [
        ("a/./b/../c.md", "a/c.md"), ("./x.md", "x.md"), ("../x.md", "../x.md"), ("a/../../x.md", "../x.md"),
        ("/a/../b.md", "/b.md"), ("a//b.md", "a/b.md"),
    ])
    func pathsAreNormalised(path: String, expected: String) {
        #expect(RelativePath.normalized(path) == expected)
    }

    static let index = """
    # Guide

    ## Phases
    - [ ] [Phase 1](p1.md)
    - [x] [Phase 2](sub/p2.md) ✅ 2026-01-01
    - [ ] [Missing](nowhere.md)

    ## Notes
    - [ ] Read the index

    """
    static let p1 = "# Phase 1\n\n## Track A\n- [x] one\n- [ ] two\n  - [ ] two-a\n\n## Back\n- [ ] [Index](README.md)\n"
    static let p2 = "# Phase 2\n\n## Work\n- [/] three\n- [ ] [Phase 1 again](../p1.md)\n"

    static func plan(_ files: [String: String] = ["p1.md": p1, "sub/p2.md": p2], root: String = "README.md") -> Plan {
        Plan(root: roadmap(index), path: root) { path in
            let name = RelativePath.below(RelativePath.directory(of: root), path)
            guard let text = files[name] else { return .failure(StorageError(path: path, message: "No such file or directory")) }
            return .success(Array(text.utf8))
        }
    }

    @Test func filesRollUpUnderTheLinkingGoalAndItsSections() {
        let plan = Self.plan()
        #expect(plan.files.map(\.path) == ["README.md", "p1.md", "sub/p2.md"])
        #expect(plan.files.map(\.key) == ["README", "p1", "sub/p2"])
        #expect(plan.tally.total == 4 + 4 + 2)
        #expect(plan.tally.done == 1 + 1)
        #expect(plan.tally.inProgress == 1)
        #expect(plan.tally(ofFile: 1).total == 4)
        #expect(plan.tally(ofFile: 0, section: 2).total == 3 + 4 + 2, "Phases holds its links and both files")
        #expect(plan.tally(ofFile: 0, section: 3).total == 1)
        #expect(plan.childTally(of: GoalRef(file: 0, goal: 0)).total == 4)
    }

    @Test func cyclesAndRepeatsAreCutAndMissingFilesWarned() {
        let plan = Self.plan()
        // p1 links back to the index; p2 links p1 again: neither is read twice.
        #expect(plan.files.count == 3)
        #expect(plan.linkedFile(of: GoalRef(file: 1, goal: 3)) == nil)
        #expect(plan.linkedFile(of: GoalRef(file: 2, goal: 1)) == nil)
        #expect(plan.warnings.map(\.description) == ["README.md:6: link to 'nowhere.md' points nowhere (No such file or directory)"])
    }

    @Test func linkedPathsFollowTheRootsDirectory() {
        let plan = Self.plan(["p1.md": Self.p1, "sub/p2.md": Self.p2], root: "guide/README.md")
        #expect(plan.files.map(\.path) == ["guide/README.md", "guide/p1.md", "guide/sub/p2.md"])
        #expect(plan.files.map(\.key) == ["README", "p1", "sub/p2"])
    }

    @Test func readingOrderPutsEachFileAfterItsLink() {
        let plan = Self.plan()
        #expect(plan.goalsInOrder.map(plan.id) == ["1", "p1:1", "p1:2", "p1:3", "p1:4", "2", "sub/p2:1", "sub/p2:2", "3", "4"])
    }

    @Test(arguments: [
        ("3", GoalRef(file: 0, goal: 2)), ("#3", GoalRef(file: 0, goal: 2)), ("p1:2", GoalRef(file: 1, goal: 1)),
        ("p1.md:2", GoalRef(file: 1, goal: 1)), ("sub/p2:1", GoalRef(file: 2, goal: 0)), ("sub:1", GoalRef(file: 2, goal: 0)),
        ("README:4", GoalRef(file: 0, goal: 3)),
    ])
    func idsNameTheirFile(text: String, ref: GoalRef) {
        #expect(Self.plan().lookUp(id: text) == .goal(ref))
    }

    @Test func idsThatMissSayWhy() {
        let plan = Self.plan()
        #expect(plan.lookUp(id: "p1:9") == .noSuchGoal(file: 1, number: 9))
        #expect(plan.lookUp(id: "p3:1") == .noSuchFile("p3"))
        #expect(plan.lookUp(id: "kubernetes") == .notAnID)
        #expect(plan.lookUp(id: "note:") == .notAnID)
        #expect(plan.displayID(GoalRef(file: 0, goal: 0)) == "#1")
        #expect(plan.displayID(GoalRef(file: 1, goal: 0)) == "p1:1")
    }

    @Test func sectionsSpanFiles() {
        let plan = Self.plan()
        #expect(plan.path(ofFile: 1, section: 2) == ["Guide", "Phases", "Phase 1", "Phase 1", "Track A"])
        #expect(plan.displayPath(ofFile: 1, section: 2) == ["Phases", "Phase 1", "Track A"])
        #expect(plan.goals(inSectionMatching: "track a").map(plan.id) == ["p1:1", "p1:2", "p1:3"])
        #expect(plan.goals(inSectionMatching: "Phase 2").map(plan.id) == ["sub/p2:1", "sub/p2:2"])
        #expect(plan.goals(inSectionMatching: "phases > work").map(plan.id) == ["sub/p2:1", "sub/p2:2"])
        #expect(plan.goals(inSectionMatching: "notes").map(plan.id) == ["4"])
    }

    @Test func wordsMatchAcrossFiles() {
        let plan = Self.plan()
        #expect(plan.resolve(GoalQuery(["three"])) == .match(GoalRef(file: 2, goal: 0)))
        #expect(plan.resolve(GoalQuery(["two"])) == .ambiguous([GoalRef(file: 1, goal: 1), GoalRef(file: 1, goal: 2)]))
        #expect(plan.resolve(GoalQuery(["threee"], section: "nothing")) == .none(suggestions: []))
        guard case let .none(suggestions) = plan.resolve(GoalQuery(["threee"])) else { Issue.record("expected no match"); return }
        #expect(suggestions.first == GoalRef(file: 2, goal: 0))
    }

    @Test func statusRowsNestFilesUnderTheirSection() {
        let report = StatusReport(Self.plan(), depth: 3)
        #expect(report.rows.map { "\($0.depth) \($0.title) \($0.goals.done)/\($0.goals.total)" } == [
            "1 Phases 2/9", "2 Phase 1 1/4", "3 Track A 1/3", "3 Back 0/1", "2 Phase 2 0/2", "3 Work 0/2", "1 Notes 0/1",
        ])
        #expect(report.next == GoalRef(file: 1, goal: 1), "a linking goal with open goals inside is passed over")
        #expect(report.inProgress == [GoalRef(file: 2, goal: 0)])
    }

    @Test func aSingleFileReadsNothingMore() {
        var asked: [String] = []
        let plan = Plan(root: roadmap("- [ ] a\n- [ ] [b](http://x/b.md)\n"), path: "roadmap.md") { path in
            asked.append(path)
            return .failure(StorageError(path: path, message: "no"))
        }
        #expect(asked.isEmpty)
        #expect(plan.files.count == 1)
        #expect(plan.goalsInOrder.count == 2)
    }
}

/// Links whose name holds a control character are not followed: C1 (U+0080–U+009F) as well as C0
/// and DEL, by the one rule `Unicode.Scalar.isControlCharacter` (issue 23.4). Before, a NEL
/// (U+0085) or a one-byte CSI (U+009B) in a link's name was followed.
extension PlanTests {
    @Test(arguments: ["a\u{0}.md", "a\u{1B}]0;x\u{7}.md", "a\u{7F}.md", "a\u{85}.md", "a\u{9B}2J.md", "a\u{9F}.md"])
    func linksNamingAControlAreNotFollowed(target: String) {
        #expect(Plan.refusal(of: target, target, below: ".")?.contains("control character") == true)
    }

    @Test(arguments: ["a.md", "a\u{A0}b.md", "café.md", "a b.md"])
    func linksWithoutControlsAreFollowed(target: String) {
        #expect(Plan.refusal(of: target, target, below: ".") == nil)
    }
}
