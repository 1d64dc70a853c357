/// Help text, generated from the command specs so it cannot drift from what is parsed.
enum Help {
    static let version = "roadmap 0.1.0"

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
        if !spec.arguments.isEmpty {
            out += "\nArguments:\n"
            let rows = spec.arguments.map { ("<\($0.name)>" + ($0.isVariadic ? "..." : ""), $0.help) }
            out += table(rows)
        }
        if !spec.options.isEmpty { out += "\n" + options(spec.options, title: "Options") }
        out += "\n" + options(GlobalOptions.specs, title: "Global options")
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
        let rows = specs.map { option -> (String, String) in
            var name = option.short.map { "-\($0), " } ?? "    "
            name += "--\(option.long)"
            if let value = option.value { name += " <\(value.lowercased())>" }
            return (name, option.help + (option.repeatable ? " (repeatable)" : ""))
        }
        return "\(title):\n" + table(rows)
    }

    private static func table(_ rows: [(String, String)]) -> String {
        let width = min(28, (rows.map(\.0.count).max() ?? 0) + 2)
        return rows.map { name, help in
            name.count + 2 > width ? "  \(name)\n  \(pad("", width))\(help)\n" : "  \(pad(name, width))\(help)\n"
        }.joined()
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
