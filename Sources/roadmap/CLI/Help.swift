/// Help text, generated from the command specs so it cannot drift from what is parsed.
enum Help {
    static var version: String { "roadmap " + Version.number }

    static func main(commands: [CommandSpec]) -> String {
        var out = "roadmap: track a career roadmap kept in markdown, and tick it in place\n\n"
        out += "Usage: roadmap [<command>] [<options>]\n\nCommands:\n"
        let width = (commands.map(\.name.count).max() ?? 0) + 2
        for command in commands {
            out += "  " + pad(command.name, width) + command.abstract + "\n"
        }
        out += "\nWith no command, roadmap runs 'status'.\n\n"
        out += options(GlobalOptions.specs, title: "Global options")
        out += """

        The roadmap file is --file, else $ROADMAP_FILE, else career-roadmap.md (then roadmap.md)
        in the current directory or the nearest parent directory that has one.

        Exit status: 0 success, 1 failure (file error, no match, ambiguous match), 2 usage error.
        See 'roadmap help <command>' for one command.

        """
        return out
    }

    static func command(_ spec: CommandSpec) -> String {
        var out = "roadmap \(spec.name): \(spec.abstract)\n\n"
        out += "Usage: " + usage(spec) + "\n"
        if !spec.discussion.isEmpty { out += "\n" + spec.discussion + "\n" }
        let arguments = spec.arguments.map { ("<\($0.name)>" + ($0.isVariadic ? "..." : ""), $0.help) }
        let options = rows(spec.options), globals = rows(GlobalOptions.specs)
        let width = columnWidth(arguments + options + globals)
        if !arguments.isEmpty { out += "\nArguments:\n" + table(arguments, width) }
        if !options.isEmpty { out += "\nOptions:\n" + table(options, width) }
        out += "\nGlobal options:\n" + table(globals, width)
        if !spec.examples.isEmpty {
            out += "\nExamples:\n" + spec.examples.map { "  " + $0 + "\n" }.joined()
        }
        return out
    }

    static func usage(_ spec: CommandSpec) -> String {
        var parts = ["roadmap", spec.name]
        for argument in spec.arguments {
            var text = "<\(argument.name)>" + (argument.isVariadic ? "..." : "")
            if argument.isOptional { text = "[\(text)]" }
            parts.append(text)
        }
        for option in spec.options {
            parts.append("[--\(option.long)" + (option.value.map { " <\($0.lowercased())>" } ?? "") + "]")
        }
        return parts.joined(separator: " ")
    }

    private static func options(_ specs: [OptionSpec], title: String) -> String {
        let rows = rows(specs)
        return "\(title):\n" + table(rows, columnWidth(rows))
    }

    private static func rows(_ specs: [OptionSpec]) -> [(String, String)] {
        specs.map { option in
            var name = option.short.map { "-\($0), " } ?? "    "
            name += "--\(option.long)"
            if let value = option.value { name += " <\(value.lowercased())>" }
            return (name, option.help + (option.repeatable ? " (repeatable)" : ""))
        }
    }

    private static func columnWidth(_ rows: [(String, String)]) -> Int {
        min(26, (rows.map(\.0.count).max() ?? 0) + 4)
    }

    /// Names in a column, descriptions wrapped to 80 columns with a hanging indent.
    private static func table(_ rows: [(String, String)], _ width: Int) -> String {
        rows.map { name, help in
            let lines = wrap(help, 78 - width)
            let first = name.count + 2 > width ? "  \(name)\n" + pad("", width + 2) : "  " + pad(name, width)
            return first + lines.joined(separator: "\n" + pad("", width + 2)) + "\n"
        }.joined()
    }

    private static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
