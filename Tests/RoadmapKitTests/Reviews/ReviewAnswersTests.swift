import Foundation
import Testing
@testable import RoadmapKit

/// What a review records when nobody answers (`--yes`) and what the questions are about: a due
/// checkpoint's blank Date becomes today, each metric keeps its last value; which items are
/// open to tick; which metric a `--metric NAME` names.
@Suite struct ReviewAnswersTests {
    func review(_ text: String = ReviewTests.plan, today: String) -> Review {
        RoadmapKitTests.review(Tracking(Roadmap(parsing: Array(text.utf8))), today: today)
    }

    let checkpoint = PlanSchedule.Ref(file: 0, index: 0)

    @Test func aDueCheckpointsBlankDateIsFilledByDefault() {
        let due = review(today: "2026-11-22")
        #expect(due.hasBlankDate(checkpoint))
        #expect(due.fillsDateByDefault(checkpoint))
        // Within the window but not due yet: not held early.
        let early = review(today: "2026-10-20")
        #expect(early.checkpoints == [checkpoint] && !early.fillsDateByDefault(checkpoint))
        let held = review(ReviewTests.plan.replacingOccurrences(of: "**Date:** ____", with: "**Date:** 2026-11-20"), today: "2026-11-22")
        #expect(!held.hasBlankDate(checkpoint) && !held.fillsDateByDefault(checkpoint))
    }

    @Test func defaultsKeepEachMetricsLastValueAndTheGivenAnswers() {
        let november = review(today: "2026-11-22")
        var given = ReviewAnswers()
        given.values[1] = "3"
        let answers = november.withDefaults(given)
        #expect(answers.dates == [checkpoint])
        #expect(answers.values == [0: "30%", 1: "3"])
        #expect(answers.ticks.isEmpty)
        #expect(november.withDefaults(ReviewAnswers()).values == [0: "30%", 1: "1"])
    }

    @Test func openItemsOfACheckpoint() {
        let november = review(today: "2026-11-22")
        let items = november.openItems(of: checkpoint)
        #expect(items.map { november.plan.files[0].roadmap.text(of: $0.goal) } == ["Reviewed"])
        let ticked = review(ReviewTests.plan.replacingOccurrences(of: "- [ ] Reviewed", with: "- [x] Reviewed"), today: "2026-11-22")
        #expect(ticked.openItems(of: checkpoint).isEmpty)
        #expect(november.adjustable == checkpoint)
    }

    @Test func whichMetricANameNames() {
        let text = ReviewTests.plan
            .replacingOccurrences(of: "  - Posts: 1\n", with: "  - Posts: 1\n  - Readers: 40\n")
            .replacingOccurrences(of: "| Posts | 5 |", with: "| Posts | 5 |\n| Python | 3 |")
        let november = review(text, today: "2026-11-22")
        #expect(november.metric(named: "posts") == .table(1))
        #expect(november.metric(named: "Skills > Python") == .table(0))
        #expect(november.metric(named: "readers") == .logOnly("Readers"))
        #expect(november.metric(named: "nothing") == .none)
        guard case let .several(indices, refs) = november.metric(named: "Python") else {
            Issue.record("Python names two metrics")
            return
        }
        #expect(indices == [0, 2] && refs.count == 2)
    }

    @Test func aCheckpointsTitleNamesItsFileOutsideTheRoot() {
        #expect(review(today: "2026-11-22").title(of: checkpoint) == "3-Month Checkpoint")
    }
}
