import RoadmapKit

/// `roadmap set`: fill in a field or a metric's cell, in place.
enum SetCommand: Command {
    static let spec = CommandSpec(
        name: "set",
        abstract: "Fill in a field or a metric's cell, in place",
        discussion: """
        LABEL is a field's label (**Name:** ____, - Degree: ____) or a metric's name (a row of a table
        with Current/Target columns), or a path that ends with one: '3-Month Checkpoint > Date',
        'Project 2 > GitHub'. A label that occurs more than once needs --in or a path; the error
        lists where it occurs and nothing is written. The label, its markup and the line ending
        stay as they are; a blank like ___% or ____ / 30 keeps what is around it (75 makes 75%).
        A metric's cell is written in its current column unless --column names another. Setting
        'Start Date' when the roadmap has no start-date field adds one below the title.
        """,
        arguments: [
            ArgumentSpec(name: "label", help: "A field label or metric name, or a path ending with one", kind: .field),
            ArgumentSpec(name: "value", help: "What to write (one line)"),
        ],
        options: Option.specs,
        examples: [
            "roadmap set Name 'Ada Lovelace'",
            "roadmap set 'Date Created' 2026-01-15",
            "roadmap set Date 2026-04-15 --in '3-Month Checkpoint'",
            "roadmap set 'Project 2 > GitHub' github.com/ada/k8s-deploy",
            "roadmap set Programming 60 --in 'Skill Levels'",
            "roadmap set 'GitHub Contributions' 650 --column '6 Months' --dry-run",
        ])

    enum Option: CommandOptions {
        case `in`, column, dryRun, force

        var spec: OptionSpec {
            switch self {
            case .in: OptionSpec(long: "in", value: "SECTION", help: "Only labels under headings or group labels containing this text", kind: .section)
            case .column: OptionSpec(long: "column", value: "HEADER", help: "For a metric: the column to write (default: its current column)")
            case .dryRun: OptionSpec.dryRun
            case .force: OptionSpec.forceReadOnly
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let args = call.arguments
        let label = args.positionals[0]
        var value = args.positionals[1]
        if value.contains(where: { $0.isNewline }) {
            throw .usage("the value must be one line", command: spec.name)
        }
        let plan = try call.context.loadPlan(tracking: true)
        let schedule = try call.context.schedule(plan)
        let labels = PlanLabels(schedule)
        let (files, query) = labels.query(label, section: call.value(.in))
        var edits = [[TextEdit]](repeating: [], count: plan.files.count)
        let summary: String
        switch labels.settingTarget(label, section: call.value(.in), column: call.value(.column) != nil) {
        case .addStartField:
            value = try dateValue(value, label: label, call.context)
            edits[0] = schedule.tracking(0).edits(addingField: PlainText.of(label), value: value)
            summary = "Added **\(PlainText.of(label)):** \(value) below the title"
        case .none:
            throw noMatch(label, query, files, schedule)
        case let .field(ref):
            let tracking = schedule.tracking(ref.file)
            value = try dateValue(value, label: tracking.label(of: ref.index), call.context)
            edits[ref.file] = tracking.edits(settingField: ref.index, to: value)
            let field = tracking.fields[ref.index]
            let old = field.isBlank ? "(blank)" : tracking.roadmap.text(field.valueRange)
            let place = ref.file == 0 ? "line \(field.line)" : "\(plan.files[ref.file].path) line \(field.line)"
            summary = "Set \(TrackingText.path(field: ref, schedule)) (\(place)): \(old) → \(value)"
            if edits[ref.file].isEmpty {
                call.console.print("\(TrackingText.path(field: ref, schedule)) is already \(value)")
                return .success
            }
        case let .metric(ref):
            (edits[ref.file], summary) = try metricEdits(ref, value, column: call.value(.column), schedule)
            if edits[ref.file].isEmpty {
                call.console.print(summary)
                return .success
            }
        case let .several(fields, metrics):
            let shown = fields.map { TrackingText.candidate(field: $0, schedule) } + metrics.map { TrackingText.candidate(metric: $0, schedule) }
            let what = [(fields.count, "field"), (metrics.count, "metric")].filter { $0.0 > 0 }
                .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }.joined(separator: " and ")
            let example: String
            if let field = fields.first {
                example = TrackingText.path(field: field, schedule)
            } else {
                let tracking = schedule.tracking(metrics[0].file)
                example = "\(tracking.sectionTitle(tracking.tables[metrics[0].metric.table].sectionIndex)) > \(tracking.name(of: metrics[0].metric))"
            }
            throw .failure("\(plan.files[0].path): '\(label)' names \(what); say which with --in SECTION or a path like \(TrackingText.quoted(example)):",
                           details: Array(shown.prefix(20)) + (shown.count > 20 ? ["  … and \(shown.count - 20) more"] : []))
        }

        if Tracking.startLabels.contains(query.label), CivilDate(iso: value) == nil {
            call.console.printError("warning: '\(value)' is not a YYYY-MM-DD date, so due dates cannot be counted from it")
        }
        if call.flag(.dryRun) {
            call.context.writeDiff(UnifiedDiff.render(edits, in: plan))
            return .success
        }
        try call.context.save(edits, in: plan, force: call.flag(.force))
        call.console.print(summary)
        return .success
    }

    /// For a date field (`Tracking.isDateLabel`), a relative date typed (`today`, `-2w`) as the
    /// day it names, echoed; anything else as typed.
    private static func dateValue(_ value: String, label: String, _ context: Context) throws(CLIError) -> String {
        guard Tracking.isDateLabel(label), CivilDate(iso: value) == nil,
              let date = DateExpression.date(value, today: try context.today()) else { return value }
        context.echo(value, option: label, as: date)
        return date.description
    }

    private static func metricEdits(_ ref: MetricRef, _ value: String, column header: String?,
                                    _ schedule: PlanSchedule) throws(CLIError) -> ([TextEdit], String) {
        let tracking = schedule.tracking(ref.file)
        let metric = ref.metric
        let path = schedule.plan.files[ref.file].path
        let table = tracking.tables[metric.table]
        let name = tracking.name(of: metric)
        let column: Int
        do {
            column = try tracking.column(of: metric, named: header)
        } catch {
            let listed = error.columns.joined(separator: ", ")
            switch error {
            case .noCurrent:
                throw .failure("\(path):\(table.rows[metric.row].line): '\(name)' has no current column (its columns are \(listed)); name one with --column, or record the value with the monthly review")
            case .noMatch:
                throw .failure("\(path): no column of '\(name)' matches '\(header ?? "")'; its columns are \(listed)")
            case .several:
                throw .failure("\(path): more than one column of '\(name)' matches '\(header ?? "")'; its columns are \(listed)")
            }
        }
        let line = table.rows[metric.row].line
        let columnName = tracking.header(metric.table, column)
        guard let edits = tracking.edits(settingMetric: metric, column: column, to: value) else {
            throw .failure("\(path):\(line): the row of '\(name)' has no '\(columnName)' cell")
        }
        if edits.isEmpty { return ([], "\(name) (\(columnName)) is already \(value)") }
        let old = tracking.cellText(of: metric, column: column) ?? "(blank)"
        return (edits, "Set \(name) › \(columnName) (line \(line)): \(old) → \(tracking.cellText(writing: value, metric: metric, column: column))")
    }

    private static func noMatch(_ label: String, _ query: LabelQuery, _ files: [Int], _ schedule: PlanSchedule) -> CLIError {
        let close = PlanLabels(schedule).near(query, in: files).map { named in
            switch named {
            case let .field(ref): TrackingText.candidate(field: ref, schedule)
            case let .metric(ref): TrackingText.candidate(metric: ref, schedule)
            }
        }
        let details = close.isEmpty ? ["See 'roadmap fields' for every field."] : ["Closest:"] + close.prefix(5)
        let scope = query.section.isEmpty ? "" : " under '\(query.section.joined(separator: " › "))'"
        return .failure("\(schedule.plan.files[0].path): no field or metric named '\(label)'\(scope)", details: details)
    }
}
