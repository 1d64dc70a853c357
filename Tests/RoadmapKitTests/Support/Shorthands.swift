@testable import RoadmapKit

/// Parses markdown text and returns its goals as (line, state, text): the shape most parser
/// tests assert on.
func goals(_ markdown: String) -> [GoalSummary] {
    let roadmap = Roadmap(parsing: Array(markdown.utf8))
    return roadmap.goals.indices.map { GoalSummary(line: roadmap.goals[$0].line, state: roadmap.goals[$0].state, text: roadmap.text(of: $0)) }
}

struct GoalSummary: Equatable, CustomStringConvertible {
    let line: Int
    let state: GoalState
    let text: String
    var description: String { "\(line):\(state.rawValue):\(text)" }
}

func g(_ line: Int, _ state: GoalState, _ text: String) -> GoalSummary { GoalSummary(line: line, state: state, text: text) }

func roadmap(_ markdown: String) -> Roadmap { Roadmap(parsing: Array(markdown.utf8)) }

/// One file as the commands see it: a plan of one.
func plan(_ roadmap: Roadmap, path: String = "roadmap.md") -> Plan { Plan(single: roadmap, path: path) }

/// The review of one file as of `today`, as `roadmap review` computes it.
func review(_ tracking: Tracking, today: String) -> Review {
    let plan = Plan(single: tracking.roadmap, path: "roadmap.md", tracking: tracking)
    let schedule = PlanSchedule(plan, today: CivilDate(iso: today)!)
    return Review(schedule, log: Review.log(of: plan, schedule))
}

/// Splits bytes into lines, endings included, to compare files line by line.
func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var result: [ArraySlice<UInt8>] = []
    var start = 0
    var i = 0
    while i < bytes.count {
        if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) {
            result.append(bytes[start...i])
            start = i + 1
        }
        i += 1
    }
    if start < bytes.count { result.append(bytes[start...]) }
    return result
}
