import Foundation
import Testing
@testable import roadmap

@Suite struct StatusTrackingTests {
    @Test func statusShowsTheScheduleFieldsGroupsAndMetrics() throws {
        let run = try CLIHarness.run(["status"], on: TrackingSample.started, today: "2026-11-22")
        #expect(run.status == .success)
        #expect(run.output.contains("Started     2026-01-15 (month 11)\n"))
        #expect(run.output.contains("Overdue     3 goals, 2 checkpoints  (roadmap next)\n"))
        #expect(run.output.contains("Checkpoint  3-Month Checkpoint, due 2026-04-15 (overdue by 221 days)  0/1 done\n"))
        #expect(run.output.contains("Fields      5 of 6 blank, 2 of 3 choices not made  (roadmap fields --blank)\n"))
        #expect(run.output.contains("6-Month Goals  Status: 1 In Progress · 1 not set\n"))
        #expect(run.output.contains("  Cloud        █████░░░░░  40% → 70%  Target (6 months), 2026-07-15\n"))
        #expect(run.output.contains("  Programming  ··········  – → 80%  Target (6 months), 2026-07-15\n"))
        #expect(run.output.contains("  Blog Posts   ··········  – → 10+  1 Year, 2027-01-15\n"))
        #expect(run.errors.isEmpty)
    }

    @Test func statusSaysHowToSetAMissingStart() throws {
        let run = try CLIHarness.run(["status"], on: TrackingSample.text, today: "2026-11-22")
        #expect(run.output.contains("Started     no start date; due dates count from it. Set it with: roadmap set 'Date Created' 2026-11-22\n"))
        let bare = try CLIHarness.run(["status"], on: "# Plan\n- [ ] One\n", today: "2026-01-15")
        #expect(bare.output.contains("Set it with: roadmap set 'Start Date' 2026-01-15"))
    }

    @Test func statusWarnsWhenASingleChoiceIsTickedTwice() throws {
        let text = TrackingSample.started.replacingOccurrences(of: "[ ] Big Tech [ ] Startup", with: "[x] Big Tech [x] Startup")
        let run = try CLIHarness.run(["status"], on: text)
        #expect(run.status == .success)
        #expect(run.errors == "warning: career-roadmap.md:17: 6-Month Goals › Company Type takes one option but 'Big Tech' and 'Startup' are ticked; fix it with: roadmap select '6-Month Goals › Company Type' 'Big Tech'\n")
    }

    @Test func statusJSONAddsTheTrackingModel() throws {
        let run = try CLIHarness.run(["status", "--json"], on: TrackingSample.started, today: "2026-11-22")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(json["start"] as? String == "2026-01-15")
        let fields = try #require(json["fields"] as? [[String: Any]])
        #expect(fields.count == 6)
        #expect(fields[0]["label"] as? String == "Name" && fields[0]["value"] is NSNull && fields[0]["line"] as? Int == 5)
        #expect(fields[0]["section"] as? String == "Career Roadmap > Personal Information")
        let choices = try #require(json["choices"] as? [[String: Any]])
        #expect(choices.map { $0["context"] as? String } == ["6-Month Goals", "Project 1: Classifier", "Project 2: Kubernetes"])
        #expect(choices[2]["selected"] as? String == "In Progress")
        #expect(choices[2]["options"] as? [String] == ["Not Started", "In Progress", "Complete"])
        #expect(choices[0]["selected"] is NSNull)
        let metrics = try #require(json["metrics"] as? [[String: Any]])
        #expect(metrics.count == 3)
        #expect(metrics[1]["name"] as? String == "Cloud" && metrics[1]["current"] as? Int == 40 && metrics[1]["target"] as? Int == 70)
        #expect(metrics[1]["table"] as? String == "Skills")
        #expect((metrics[1]["values"] as? [String: String]) == ["Current Score": "40%", "Target (6 months)": "70%"])
        #expect(metrics[2]["current"] is NSNull && metrics[2]["target"] as? Int == 10 && metrics[2]["targetColumn"] as? String == "1 Year")
        let checkpoints = try #require(json["checkpoints"] as? [[String: Any]])
        #expect(checkpoints.map { $0["title"] as? String } == ["3-Month Checkpoint", "6-Month Checkpoint"])
        #expect(checkpoints[0]["due"] as? String == "2026-04-15" && checkpoints[0]["date"] is NSNull)
        #expect((checkpoints[0]["goals"] as? [String: Int])?["total"] == 1)
    }

    @Test func listJSONAddsDueAndOverdue() throws {
        let run = try CLIHarness.run(["list", "--json"], on: TrackingSample.started, today: "2026-11-22")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(items.map { $0["due"] as? String } == ["2026-07-15", "2026-03-15", "2026-12-01", "2027-01-15", "2026-04-15"])
        #expect(items.map { $0["overdue"] as? Bool } == [true, true, false, false, true])
    }
}
