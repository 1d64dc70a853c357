/// What `set LABEL VALUE` writes to: one field, one metric's cell, or a start date to add below
/// the root's title; or why there is not one.
public enum SettingTarget: Equatable, Sendable {
    /// One field.
    case field(PlanSchedule.Ref)
    /// One metric (its column chosen by `Tracking.column(of:named:)`).
    case metric(MetricRef)
    /// A start-date label the root has no field for: a field added below its title.
    case addStartField
    /// Nothing is named (`PlanLabels.near` offers what is close).
    case none
    /// More than one field or metric is named.
    case several(fields: [PlanSchedule.Ref], metrics: [MetricRef])
}

extension PlanLabels {
    /// The target of `set` for `label` (`query(_:section:)`), among metrics only when a column is
    /// named. A start-date label that names nothing adds the root's start field when it is one
    /// plain label, for the root, with no section.
    public func settingTarget(_ label: String, section: String?, column: Bool) -> SettingTarget {
        let (files, query) = query(label, section: section)
        var (fields, metrics) = fieldsAndMetrics(query, in: files)
        if column {
            fields = []
            metrics = self.metrics(query, in: files)
        }
        switch (fields.count, metrics.count) {
        case (0, 0):
            let root = schedule.tracking(0)
            let addsStart = Tracking.startLabels.contains(query.label) && query.path.count == 1 && query.section.isEmpty
                && root.startField == nil && !column && files.contains(0)
            return addsStart ? .addStartField : .none
        case (1, 0): return .field(fields[0])
        case (0, 1): return .metric(metrics[0])
        default: return .several(fields: fields, metrics: metrics)
        }
    }
}
