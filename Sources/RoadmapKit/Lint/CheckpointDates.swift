/// A checkpoint whose day has passed and whose `**Date:**` is still blank: was it held?
enum CheckpointDates {
    static func findings(_ input: LintInput, schedule: Schedule) -> [LintFinding] {
        let tracking = input.tracking
        var found: [LintFinding] = []
        for (index, checkpoint) in tracking.checkpoints.enumerated() {
            guard let field = checkpoint.dateField, tracking.fields[field].isBlank,
                  let due = schedule.checkpointDue[index], due < schedule.today else { continue }
            let title = tracking.title(of: checkpoint)
            found.append(LintFinding(line: tracking.fields[field].line, kind: .checkpointDateBlank,
                                     message: "\(title) was due \(due) and its Date is blank; fill it in when it is held (roadmap review does)"))
        }
        return found
    }
}
