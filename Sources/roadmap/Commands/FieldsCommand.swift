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
        options: [
            OptionSpec(long: "blank", help: "Only fields still blank and choices not made"),
            OptionSpec(long: "json", help: "Print JSON: [{label, section, group, value, line, blank}]"),
        ],
        examples: ["roadmap fields --blank", "roadmap fields --json | jq '.[] | select(.blank) | .label'"])

    static func run(_ call: Invocation) throws(CLIError) -> ExitCode {
        let loaded = try call.context.load(tracking: true)
        let tracking = loaded.tracking
        let onlyBlank = call.arguments.flag("blank")
        let indices = tracking.fields.indices.filter { !onlyBlank || tracking.fields[$0].isBlank }
        if call.arguments.flag("json") {
            call.console.write(json(indices, tracking).bytes)
            call.console.print()
            return .success
        }
        let style = Style(color: call.context.usesColor)
        let console = call.console
        let groups = tracking.groups.filter { !onlyBlank || $0.ticked.count != 1 }
        if tracking.fields.isEmpty && tracking.groups.isEmpty {
            console.print("No fields: a field is a line like '**Name:** ____' or an item '- Degree: ____' under a bold label.")
            return .success
        }
        let names = indices.map { index in
            let label = tracking.label(of: index)
            return tracking.fields[index].titleIndex.map { tracking.title($0) + " › " + label } ?? label
        }
        let nameWidth = min(48, (names.map(Columns.width).max() ?? 0) + 2)
        var section = -1
        for (k, index) in indices.enumerated() {
            let field = tracking.fields[index]
            if field.sectionIndex != section {
                section = field.sectionIndex
                if k > 0 { console.print() }
                let path = tracking.roadmap.displayPath(ofSection: section).map(PlainText.of).joined(separator: " › ")
                console.print(style.bold(path.isEmpty ? FileSystem.baseName(of: loaded.path) : path))
            }
            let name = Columns.pad(Columns.truncate(names[k], to: nameWidth - 2), to: nameWidth)
            let lineNote = style.dim("line \(field.line)")
            let room = max(10, call.context.width - nameWidth - 2 - 10)
            let value = field.isBlank ? style.yellow("(blank)") : Columns.truncate(tracking.roadmap.text(field.valueRange), to: room)
            console.print("  \(name)\(value)  \(lineNote)")
        }
        if !groups.isEmpty {
            if !indices.isEmpty { console.print() }
            console.print(style.bold("Choices"))
            let groupNames = groups.map { tracking.name(of: $0) }
            let width = min(44, (groupNames.map(Columns.width).max() ?? 0) + 2)
            for (k, group) in groups.enumerated() {
                let ticked = group.ticked.map { tracking.text(of: group.options[$0]) }
                let choice = ticked.isEmpty ? style.yellow("(none)") : ticked.count > 1 ? style.red(ticked.joined(separator: " + ") + " (takes one)") : ticked[0]
                let options = style.dim("of " + group.options.map { tracking.text(of: $0) }.joined(separator: " / "))
                console.print("  \(Columns.pad(Columns.truncate(groupNames[k], to: width - 2), to: width))\(choice)  \(options)")
            }
        }
        let blank = tracking.fields.filter(\.isBlank).count
        let unmade = tracking.groups.filter { $0.ticked.isEmpty }.count
        console.print()
        console.print(style.dim("\(blank) of \(tracking.fields.count) fields blank, \(unmade) of \(tracking.groups.count) choices not made. Fill in with: roadmap set LABEL VALUE; choose with: roadmap select GROUP OPTION"))
        return .success
    }

    private static func json(_ indices: [Int], _ tracking: Tracking) -> JSONWriter {
        var json = JSONWriter(reservingCapacity: 64 + indices.count * 120)
        var paths = SectionPaths(tracking.roadmap)
        json.beginArray()
        for index in indices {
            let field = tracking.fields[index]
            json.beginObject()
            json.string(plain: tracking.roadmap.bytes, field.labelRange, key: "label")
            json.raw(paths[field.sectionIndex], key: "section")
            json.string(plain: tracking.roadmap.bytes, field.titleIndex.map { tracking.titles[$0].textRange }, key: "group")
            json.string(tracking.value(of: index), key: "value")
            json.number(field.line, key: "line")
            json.bool(field.isBlank, key: "blank")
            json.endObject()
        }
        json.endArray()
        return json
    }
}
