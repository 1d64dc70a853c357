import RoadmapKit

/// `roadmap fields`: the fill-in fields and choices, and which are still blank.
enum FieldsCommand: Command {
    static let spec = CommandSpec(
        name: "fields",
        abstract: "Fill-in fields and choices, and which are still blank",
        discussion: """
        Fields are '**Label:** value' lines and '- Label: value' items under a bold label. A value
        made only of blanks (____, ___%, $____ - $____, ____ / 30, YYYY-MM-DD, [Name]) is blank.
        Choices are groups of boxes on one line ('**Location:** [ ] Remote [ ] Hybrid'). Fill a
        field with 'roadmap set LABEL VALUE' and choose with 'roadmap select GROUP OPTION'.
        """,
        options: Option.specs,
        examples: ["roadmap fields --blank", "roadmap fields --json | jq '.[] | select(.blank) | .label'"])

    enum Option: CommandOptions {
        case blank, json

        var spec: OptionSpec {
            switch self {
            case .blank: OptionSpec(long: "blank", help: "Only fields still blank and choices not made")
            case .json: OptionSpec(long: "json", help: "Print JSON: [{label, section, group, value, line, blank, kind}], fields then choices")
            }
        }
    }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let plan = try call.context.loadPlan(tracking: true)
        let trackings = plan.files.indices.map(plan.tracking)
        let onlyBlank = call.flag(.blank)
        let fields = trackings.indices.flatMap { file in
            trackings[file].fields.indices.filter { !onlyBlank || trackings[file].fields[$0].isBlank }.map { PlanSchedule.Ref(file: file, index: $0) }
        }
        let groups = trackings.indices.flatMap { file in
            trackings[file].groups.indices.filter { !onlyBlank || trackings[file].groups[$0].ticked.count != 1 }.map { PlanSchedule.Ref(file: file, index: $0) }
        }
        if call.flag(.json) {
            call.console.write(json(fields, groups, plan).bytes)
            call.console.print()
            return .success
        }
        let style = Style(color: call.context.usesColor)
        let console = call.console
        if trackings.allSatisfy({ $0.fields.isEmpty && $0.groups.isEmpty }) {
            console.print("No fields: a field is a line like '**Name:** ____' or an item '- Degree: ____' under a bold label.")
            return .success
        }
        let labels = fields.map { trackings[$0.file].label(of: $0.index) }
        let names = zip(fields, labels).map { ref, label in
            trackings[ref.file].fields[ref.index].titleIndex.map { trackings[ref.file].title($0) + " › " + label } ?? label
        }
        let notes = fields.map { ref in (ref.file == 0 ? "" : plan.files[ref.file].path + " ") + "line \(trackings[ref.file].fields[ref.index].line)" }
        // A row is "  NAME  VALUE  NOTE": names take at most three fifths of what the notes leave.
        let width = call.context.width
        let room = width - 4 - (notes.map(Columns.width).max() ?? 0)
        let nameWidth = min(48, (names.map(Columns.width).max() ?? 0) + 2, max(14, room * 3 / 5))
        var section: GoalRef?
        for (k, ref) in fields.enumerated() {
            let tracking = trackings[ref.file]
            let field = tracking.fields[ref.index]
            let here = GoalRef(file: ref.file, goal: field.sectionIndex)
            if here != section {
                if section != nil { console.print() }
                section = here
                let path = plan.displayPath(ofFile: ref.file, section: field.sectionIndex).map(PlainText.of).joined(separator: " › ")
                let heading = path.isEmpty ? FileSystem.baseName(of: plan.files[ref.file].path) : path
                let last = plan.displayPath(ofFile: ref.file, section: field.sectionIndex).last.map(PlainText.of) ?? heading
                console.print(style.bold(Columns.truncateMiddle(heading, to: width, keeping: Columns.width(last) + 3)))
            }
            // Cut in the middle: the label at the end is what tells `Project 4: … › Repository`
            // from `… › Description`.
            let name = Columns.pad(Columns.truncateMiddle(names[k], to: nameWidth - 2, keeping: Columns.width(labels[k]) + 3), to: nameWidth)
            let text = field.isBlank ? "(blank)" : Columns.truncate(tracking.roadmap.text(field.valueRange), to: max(8, room - nameWidth))
            let value = field.isBlank ? style.yellow(text) : text
            // The note (where the field is) gives way last of all, keeping its line number.
            let note = Columns.truncateMiddle(notes[k], to: max(8, width - 4 - nameWidth - Columns.width(text)), keeping: 9)
            console.print("  \(name)\(value)  \(style.dim(note))")
        }
        if !groups.isEmpty {
            if !fields.isEmpty { console.print() }
            console.print(style.bold("Choices"))
            let groupNames = groups.map { trackings[$0.file].name(of: trackings[$0.file].groups[$0.index]) }
            let nameWidth = min(44, (groupNames.map(Columns.width).max() ?? 0) + 2, max(14, width / 2 - 2))
            for (k, ref) in groups.enumerated() {
                let tracking = trackings[ref.file]
                let group = tracking.groups[ref.index]
                let ticked = group.ticked.map { tracking.text(of: group.options[$0]) }
                let choice = ticked.isEmpty ? "(none)" : ticked.count > 1 ? ticked.joined(separator: " + ") + " (takes one)" : ticked[0]
                let shown = ticked.isEmpty ? style.yellow(choice) : ticked.count > 1 ? style.red(choice) : choice
                let place = ref.file == 0 ? "" : "  (\(plan.files[ref.file].path))"
                // The options are a reminder: cut first, so the choice and the file stay whole.
                let left = width - 2 - nameWidth - Columns.width(choice) - 2 - Columns.width(place)
                let options = Columns.truncate("of " + group.options.map { tracking.text(of: $0) }.joined(separator: " / "), to: max(8, left))
                console.print("  \(Columns.pad(Columns.truncateMiddle(groupNames[k], to: nameWidth - 2, keeping: (groupNames[k].split(separator: "›").last.map { Columns.width(String($0)) } ?? 0) + 2), to: nameWidth))\(shown)  \(style.dim(options))\(style.dim(place))")
            }
        }
        let count = FieldCounts(trackings)
        console.print()
        // Hints are never cut (a copied one must work): where one line is too long, one a line.
        let (blank, unmade) = ("\(count.blank) of \(count.fields) fields blank,", "\(count.unmade) of \(count.choices) choices not made.")
        let counts = Columns.width(blank + " " + unmade) <= width ? [blank + " " + unmade] : [blank, unmade]
        let (fill, choose) = ("Fill in with: \(call.context.command("set LABEL VALUE"))", "with: \(call.context.command("select GROUP OPTION"))")
        let oneLine = "\(blank) \(unmade) \(fill); choose \(choose)"
        for line in Columns.width(oneLine) <= width ? [oneLine] : counts + [fill, "Choose " + choose] { console.print(style.dim(line)) }
        return .success
    }

    /// Fields (`kind` "field"), then choices (`kind` "choice", with `options` and `ticked`; `value`
    /// is the ticked option, `blank` whether none is), each from a linked file with its `file`.
    private static func json(_ fields: [PlanSchedule.Ref], _ groups: [PlanSchedule.Ref], _ plan: Plan) -> JSONWriter {
        var json = JSONWriter(reservingCapacity: 64 + (fields.count + groups.count) * 120)
        var paths = PlanSectionPaths(plan)
        json.beginArray()
        for ref in fields {
            let tracking = plan.tracking(ofFile: ref.file)
            let field = tracking.fields[ref.index]
            json.beginObject()
            json.string(plain: tracking.roadmap.bytes, field.labelRange, key: "label")
            json.raw(paths[ref.file, field.sectionIndex], key: "section")
            json.string(plain: tracking.roadmap.bytes, field.titleIndex.map { tracking.titles[$0].textRange }, key: "group")
            json.string(tracking.value(of: ref.index), key: "value")
            json.number(field.line, key: "line")
            json.bool(field.isBlank, key: "blank")
            json.string("field", key: "kind")
            if plan.files.count > 1 { json.string(plan.files[ref.file].path, key: "file") }
            json.endObject()
        }
        for ref in groups {
            let tracking = plan.tracking(ofFile: ref.file)
            let group = tracking.groups[ref.index]
            json.beginObject()
            json.string(tracking.label(of: group), key: "label")
            json.raw(paths[ref.file, group.sectionIndex], key: "section")
            json.string(tracking.context(of: group), key: "group")
            json.string(group.ticked.first.map { tracking.text(of: group.options[$0]) }, key: "value")
            json.number(group.line, key: "line")
            json.bool(group.ticked.isEmpty, key: "blank")
            json.string("choice", key: "kind")
            json.beginArray(key: "options")
            for option in group.options { json.string(tracking.text(of: option)) }
            json.endArray()
            json.beginArray(key: "ticked")
            for k in group.ticked { json.string(tracking.text(of: group.options[k])) }
            json.endArray()
            if plan.files.count > 1 { json.string(plan.files[ref.file].path, key: "file") }
            json.endObject()
        }
        json.endArray()
        return json
    }
}
