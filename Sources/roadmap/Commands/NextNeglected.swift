import RoadmapKit

/// `next --neglected` (issue 27): the goals that track time, least time spent first
/// (`PlanHours.neglected`), each with its time and estimate.
enum NextNeglected {
    static func run(_ call: Invocation<NextCommand>, _ schedule: PlanSchedule) throws(CLIError) -> ExitCode {
        let plan = schedule.plan
        let refs = PlanHours.neglected(plan)
        if call.flag(.json) {
            var json = call.console.jsonWriter()
            RoadmapJSON.goals(refs, of: plan, schedule: schedule, into: &json)
            json.flush()
            call.console.print()
            return .success
        }
        let style = Style(color: call.context.usesColor)
        let limit = call.flag(.all) ? Int.max : 10
        call.console.print(style.bold("Least time spent") + (refs.isEmpty ? "" : style.dim(" (\(refs.count))")))
        if refs.isEmpty {
            call.console.print(style.dim("  nothing tracks time yet: 'roadmap spend GOAL 1h' writes ⏱ 1h on a goal"))
        }
        for ref in refs.prefix(limit) {
            call.console.print("  " + GoalLine.render(ref, plan, style, width: call.context.width - 2))
        }
        if refs.count > limit {
            call.console.print(style.dim("  … and \(refs.count - limit) more: " + call.context.command("next --neglected --all")))
        }
        return .success
    }
}
