import Testing
@testable import RoadmapKit
import RoadmapTestSupport

/// Every goal of every corpus file (which holds the plugin's own documentation and sample vault)
/// reads its Tasks fields without a crash, each field inside the goal's text, after the
/// description and not overlapping another; the text without fields is what is left; a no-op
/// (setting each goal to the state it has) writes nothing, so the file keeps its bytes (issue 26).
@Suite(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus beside the repository: skips TasksFieldsCorpusTests"))
struct TasksFieldsCorpusTests {
    @Test func everyGoalReadsItsFields() {
        var goalsWithFields = 0, dataview = 0
        var failures: [String] = []
        for url in Corpus.files {
            let bytes = Corpus.bytes(url)
            let roadmap = Roadmap(parsing: bytes)
            for (index, goal) in roadmap.goals.enumerated() {
                #expect(roadmap.edits(setting: index, to: goal.state, doneDate: CivilDate(iso: "2026-01-01")).isEmpty)
                let fields = roadmap.tasksFields(of: index)
                if !fields.fields.isEmpty { goalsWithFields += 1 }
                if fields.fields.contains(where: { $0.form == .dataview }) { dataview += 1 }
                var end = goal.textRange.upperBound
                for field in fields.fields {
                    if !(field.range.upperBound <= end && field.range.lowerBound >= fields.descriptionEnd
                         && field.value.lowerBound >= field.range.lowerBound && field.value.upperBound <= field.range.upperBound) {
                        failures.append("\(Corpus.name(url)):\(goal.line): \(field.kind) out of place")
                    }
                    end = field.range.lowerBound
                }
                _ = roadmap.taskDetails(of: index)
                let shown = roadmap.text(of: index, withoutFields: true)
                if fields.fields.contains(where: { $0.kind != .tag }) && shown == roadmap.text(of: index) {
                    failures.append("\(Corpus.name(url)):\(goal.line): fields left in the text")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
        // The corpus has no Dataview task lines (counted, not required); TasksFieldsTests covers that form.
        #expect(goalsWithFields > 100, "goals with fields \(goalsWithFields)")
        print("TasksFieldsCorpusTests: \(goalsWithFields) goals with Tasks fields, \(dataview) with Dataview fields")
    }
}
