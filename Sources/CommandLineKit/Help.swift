/// Help text, generated from the command specs so it cannot drift from what is parsed.
public enum Help {
    /// `--version`'s line: the program's name and version.
    public static func version<Custom>(of program: ProgramSpec<Custom>) -> String { program.name + " " + program.version }

    /// The overview (`PROGRAM --help`): every command, the global options, the epilogue.
    public static func main<Custom>(_ program: ProgramSpec<Custom>) -> String {
        var out = "\(program.name): \(program.abstract)\n\n"
        out += "Usage: \(program.name) [<command>] [<options>]\n\nCommands:\n"
        let width = (program.commands.map(\.name.count).max() ?? 0) + 2
        for command in program.commands {
            out += "  " + pad(command.name, width) + command.abstract + "\n"
        }
        out += "\nWith no command, \(program.name) runs '\(program.defaultCommand)'.\n\n"
        out += options(program.globalOptions, title: "Global options")
        return out + "\n" + program.helpEpilogue
    }

    /// One command's help (`PROGRAM help COMMAND`, `PROGRAM COMMAND --help`).
    public static func command<Custom>(_ spec: CommandSpec<Custom>, of program: ProgramSpec<Custom>) -> String {
        var out = "\(program.name) \(spec.name): \(spec.abstract)\n\n"
        out += "Usage: " + usage(spec, of: program) + "\n"
        if !spec.discussion.isEmpty { out += "\n" + spec.discussion + "\n" }
        let arguments = spec.arguments.map { ("<\($0.name)>" + ($0.isVariadic ? "..." : ""), $0.help) }
        let options = rows(spec.options), globals = rows(program.globalOptions)
        let width = columnWidth(arguments + options + globals)
        if !arguments.isEmpty { out += "\nArguments:\n" + table(arguments, width) }
        if !options.isEmpty { out += "\nOptions:\n" + table(options, width) }
        out += "\nGlobal options:\n" + table(globals, width)
        if !spec.examples.isEmpty {
            out += "\nExamples:\n" + spec.examples.map { "  " + $0 + "\n" }.joined()
        }
        return out
    }

    /// The usage line: `PROGRAM COMMAND <argument> [--option <value>]`.
    public static func usage<Custom>(_ spec: CommandSpec<Custom>, of program: ProgramSpec<Custom>) -> String {
        var parts = [program.name, spec.name]
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

    private static func options<Custom>(_ specs: [OptionSpec<Custom>], title: String) -> String {
        let rows = rows(specs)
        return "\(title):\n" + table(rows, columnWidth(rows))
    }

    private static func rows<Custom>(_ specs: [OptionSpec<Custom>]) -> [(String, String)] {
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

    /// `s` padded with spaces to `width` characters.
    public static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
