import RoadmapKit

/// How fields, metrics and option groups are named on the terminal: in candidate lists of
/// ambiguous labels, in confirmations and in listings.
enum TrackingText {
    /// `Personal Information › Name` style context of a field: headings, then its group label.
    static func place(_ tracking: Tracking, section: Int, title: Int?) -> String {
        var pieces = tracking.roadmap.displayPath(ofSection: section).map(PlainText.of)
        if let title { pieces.append(tracking.title(title)) }
        return pieces.joined(separator: " › ")
    }

    /// `  Date  (Key Milestones & Checkpoints › 3-Month Checkpoint, line 284)`.
    static func candidate(field index: Int, _ tracking: Tracking) -> String {
        let field = tracking.fields[index]
        let place = place(tracking, section: field.sectionIndex, title: field.titleIndex)
        return "  field \(tracking.label(of: index))  (\(place.isEmpty ? "" : place + ", ")line \(field.line))"
    }

    static func candidate(metric: Metric, _ tracking: Tracking) -> String {
        let table = tracking.tables[metric.table]
        let place = place(tracking, section: table.sectionIndex, title: nil)
        return "  metric \(tracking.name(of: metric))  (\(place.isEmpty ? "" : place + ", ")line \(table.rows[metric.row].line))"
    }

    static func candidate(group: OptionGroup, _ tracking: Tracking) -> String {
        let place = place(tracking, section: group.sectionIndex, title: group.titleIndex)
        let options = group.options.map { ($0.isTicked ? "[x] " : "[ ] ") + tracking.text(of: $0) }.joined(separator: " ")
        return "  \(tracking.label(of: group))  \(options)  (\(place.isEmpty ? "" : place + ", ")line \(group.line))"
    }

    /// A path that names the candidate uniquely enough to type: `3-Month Checkpoint › Date` (a
    /// query takes `›` as it takes `>`, so a copied path works).
    static func path(field index: Int, _ tracking: Tracking) -> String {
        let field = tracking.fields[index]
        let context = field.titleIndex.map(tracking.title) ?? tracking.sectionTitle(field.sectionIndex)
        return context.isEmpty ? tracking.label(of: index) : "\(context) › \(tracking.label(of: index))"
    }

    // Across a plan: the same, with the file named when it is not the root.

    static func candidate(field ref: PlanSchedule.Ref, _ schedule: PlanSchedule) -> String {
        inFile(ref.file, schedule, candidate(field: ref.index, schedule.tracking(ref.file)))
    }

    static func candidate(metric ref: MetricRef, _ schedule: PlanSchedule) -> String {
        inFile(ref.file, schedule, candidate(metric: ref.metric, schedule.tracking(ref.file)))
    }

    static func candidate(group ref: PlanSchedule.Ref, _ schedule: PlanSchedule) -> String {
        let tracking = schedule.tracking(ref.file)
        return inFile(ref.file, schedule, candidate(group: tracking.groups[ref.index], tracking))
    }

    /// `3-Month Checkpoint › Date`, or `phase-1-foundation:Checkpoint: Foundation › Date` in a linked file.
    static func path(field ref: PlanSchedule.Ref, _ schedule: PlanSchedule) -> String {
        let path = path(field: ref.index, schedule.tracking(ref.file))
        return ref.file == 0 ? path : "\(schedule.plan.files[ref.file].key):\(path)"
    }

    /// A candidate line whose place ends `…, line N)`, made `…, FILE line N)` outside the root.
    private static func inFile(_ file: Int, _ schedule: PlanSchedule, _ line: String) -> String {
        guard file != 0 else { return line }
        var index = line.endIndex
        while index > line.startIndex {
            index = line.index(before: index)
            if line[index...].hasPrefix("line ") {
                return String(line[..<index]) + schedule.plan.files[file].path + " " + String(line[index...])
            }
        }
        return line
    }

    /// A section path as JSON and the library's forecast spell it (` > `), as the terminal shows
    /// every path: with `›`.
    static func shown(sectionPath path: String) -> String {
        path.split(separator: ">").map { String($0).trimmingSpaces }.joined(separator: " › ")
    }

    /// Shell-quotes a word when it needs it.
    static func quoted(_ s: String) -> String {
        let plain = s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_./:@".unicodeScalars.contains($0) }
        return plain && !s.isEmpty ? s : "'" + s.replacingAll("'", with: "'\\''") + "'"
    }
}
