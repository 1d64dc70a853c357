import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
import RoadmapTestSupport

/// `Tracking.keepingGoalsAndHeadings`: a file's model keeping only its headings' titles and its
/// goals' lines (issue 28, what a tree's `status` holds of a file) answers everything about its
/// goals and headings as the whole file's model does, and holds fewer bytes.
@Suite struct KeptGoalsAndHeadingsTests {
    static let today = CivilDate(iso: "2026-11-22")!

    /// Everything a report reads of a file's goals and headings, as text, to compare.
    func facts(_ tracking: Tracking) -> [String] {
        let roadmap = tracking.roadmap
        var out: [String] = []
        for (index, section) in roadmap.sections.enumerated() {
            out.append("section \(index) \(section.level) \(section.line) \(section.parentIndex ?? -1) \(section.children) "
                       + "\(section.goals) \(section.ownGoals) '\(roadmap.text(section.titleRange))' \(roadmap.path(ofSection: index)) "
                       + "\(roadmap.displayPath(ofSection: index)) \(tracking.sectionHorizons[index].map { "\($0)" } ?? "-")")
        }
        let schedule = Schedule(tracking, today: Self.today, fallbackStart: CivilDate(iso: "2026-01-05")!)
        for index in roadmap.goals.indices {
            let goal = roadmap.goals[index]
            out.append("goal \(index) \(goal.line) \(goal.state) \(goal.depth) \(goal.sectionIndex) \(goal.parentIndex ?? -1) \(goal.isQuoted) "
                       + "[\(roadmap.text(goal.markerRange))] '\(roadmap.text(of: index))' '\(roadmap.text(of: index, withoutDoneDate: true))' "
                       + "'\(roadmap.progressLabel(of: index))' \(roadmap.progress(of: index).count.map { "\($0)" } ?? "-") \(roadmap.progress(of: index).spentMinutes ?? -1) \(roadmap.progress(of: index).estimateMinutes ?? -1) \(roadmap.childTally(of: index)) "
                       + "\(roadmap.doneDate(of: index).map { "\($0)" } ?? "-") \(roadmap.signifiedDue(of: index).map { "\($0)" } ?? "-") "
                       + "\(roadmap.localLinkTarget(ofGoal: index) ?? "-") \(roadmap.habit(of: index).map { "\($0)" } ?? "-") "
                       + "\(roadmap.habitEntries(of: index)) \(roadmap.isHabitEntry(index)) \(roadmap.taskDetails(of: index)) "
                       + "due \(schedule.goalDue[index].map { "\($0)" } ?? "-")")
        }
        out.append("title \(roadmap.title ?? "-") tally \(roadmap.tally) undated \(roadmap.undatedDoneGoals)")
        out.append("done dates \(History.Completion.dates(in: roadmap))")
        out.append("sections due \(schedule.sectionDue.map { $0.map { "\($0)" } ?? "-" }) overdue \(schedule.overdueGoalCount)")
        return out
    }

    func compare(_ bytes: [UInt8], _ name: String) {
        let whole = Tracking.parsing(bytes)
        guard let kept = whole.keepingGoalsAndHeadings() else {
            #expect(!whole.fields.isEmpty || !whole.groups.isEmpty || !whole.tables.isEmpty || !whole.titles.isEmpty
                    || !whole.checkpoints.isEmpty || whole.startField != nil, "\(name): a model without tracking parts was not reduced")
            return
        }
        #expect(kept.roadmap.bytes.count <= bytes.count + whole.roadmap.goals.count + whole.roadmap.sections.count, "\(name)")
        let (a, b) = (facts(whole), facts(kept))
        #expect(a.count == b.count, "\(name): \(a.count) facts, kept \(b.count)")
        for (x, y) in zip(a, b) where x != y {
            Issue.record("\(name): kept model differs:\n  \(x)\n  \(y)")
            return
        }
    }

    static let note = """
    ---
    title: A note
    created: 2026-03-15
    ---

    # Learn things (Months 1-6)

    A paragraph that is not kept, with - [ ] a box in it.
    Another line of it.

    ## Month 2

    - [x] Read the book ✅ 2026-11-20
    - [ ] Write 📅 2026-02-01 #tag
      and a continuation line
      - [/] Draft (3/10) [spent:: 2h] [estimate:: 5h]
      - [x] Outline
    - [-] Dropped
    1. [x] numbered, no date

    ```markdown
    - [ ] not a task
    ```

    | a | b |
    |---|---|
    | - [ ] in a cell | x |

    > - [ ] quoted goal
    > - [x] quoted done ✅ 2026-11-02

    Setext heading
    --------------

    - [ ] Run [habit:: 3/week]
      - [x] 2026-11-20
      - [x] 2026-11-18
    - [ ] Ship 🆔 ship1 ⛔ docs1
    - [ ] [Phase](phase.md) linked
    ##
    - [ ] under an empty heading
    ### Project 1 (4 weeks)
    - [ ] Week 2: plan

    """

    @Test func aNoteKeepsWhatItsGoalsAndHeadingsSay() throws {
        compare(Array(Self.note.utf8), "note")
        compare(Array(Self.note.replacingOccurrences(of: "\n", with: "\r\n").utf8), "note with CRLF")
        let kept = try #require(Tracking.parsing(Array(Self.note.utf8)).keepingGoalsAndHeadings())
        // The paragraph, the front matter, the fence and the table are gone.
        let text = String(decoding: kept.roadmap.bytes, as: UTF8.self)
        #expect(kept.roadmap.bytes.count < Self.note.utf8.count * 3 / 4)
        for gone in ["paragraph", "created:", "not a task", "in a cell"] { #expect(!text.contains(gone), "\(gone)") }
    }

    @Test func aModelWithTrackingPartsIsNotReduced() {
        for text in ["**Name:** Ada\n- [ ] a\n", "- [ ] a\n\nStatus: [ ] Yes [x] No\n", "| Metric | Current | Target |\n|---|---|---|\n| x | 1 | 2 |\n",
                     "**Start Date:** 2026-01-01\n- [ ] a\n", "## 3-Month Checkpoint\n- [ ] a\n"] {
            #expect(Tracking.parsing(Array(text.utf8)).keepingGoalsAndHeadings() == nil, "\(text)")
        }
    }

    @Test func everyBundledRoadmapAndCorpusFile() throws {
        for template in BundledTemplate.all {
            for file in template.files { compare(file.bytes, template.name + "/" + file.path) }
        }
        for url in Corpus.markdownFiles() { compare(try [UInt8](Data(contentsOf: url)), url.lastPathComponent) }
    }
}
