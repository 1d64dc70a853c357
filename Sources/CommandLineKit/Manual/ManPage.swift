/// The manual page, section 1 (`roadmap help --man`: roadmap.1), generated from the command specs
/// that also generate `--help`, so the two say the same. The prose that belongs to no command
/// (files, environment, exit status) is the program's `ManualText`.
public enum ManPage {
    /// The page in roff's man macros.
    public static func render<Custom>(_ program: ProgramSpec<Custom>, _ text: ManualText) -> String {
        var out = text.header.map { ".\\\" " + $0 + "\n" }.joined()
        out += """
        .TH \(Roff.text(program.name.uppercased())) 1 "" "\(Roff.text(program.name)) \(Roff.text(program.version))" "User Commands"
        .SH NAME
        \(Roff.text(program.name)) \\- \(Roff.text(program.abstract))
        .SH SYNOPSIS

        """
        out += ".SY \(Roff.text(program.name))\n[\\fIcommand\\fR] [\\fIoptions\\fR]\n.YS\n"
        for spec in program.commands { out += synopsis(spec, of: program) }
        out += ".SH DESCRIPTION\n" + Roff.paragraphs(text.description)
        out += ".SH COMMANDS\n"
        for spec in program.commands { out += command(spec, of: program) }
        out += ".SH GLOBAL OPTIONS\n" + Roff.paragraphs(text.globalOptions) + options(program.globalOptions)
        for section in text.sections {
            out += ".SH \(section.title)\n" + Roff.paragraphs(section.text)
            for (term, description) in section.items {
                out += ".TP\n" + Roff.bold(term) + "\n" + Roff.text(description) + "\n"
            }
            if !section.literal.isEmpty { out += Roff.literal(section.literal) }
        }
        return out
    }

    /// `.SY "roadmap check"` then \fIquery\fR... [\fB\-\-in\fR \fIsection\fR] ...: a synopsis
    /// whose continuation lines hang under the arguments.
    public static func synopsis<Custom>(_ spec: CommandSpec<Custom>, of program: ProgramSpec<Custom>) -> String {
        var parts: [String] = []
        for argument in spec.arguments {
            var text = Roff.italic(argument.name) + (argument.isVariadic ? "..." : "")
            if argument.isOptional { text = "[" + text + "]" }
            parts.append(text)
        }
        for option in spec.options {
            // `\ ` keeps an option and its value on one line.
            parts.append("[" + Roff.bold("--" + option.long) + (option.value.map { "\\ " + Roff.italic($0.lowercased()) } ?? "") + "]")
        }
        return ".SY \"\(Roff.text(program.name)) \(Roff.text(spec.name))\"\n" + (parts.isEmpty ? "" : parts.joined(separator: " ") + "\n") + ".YS\n"
    }

    private static func command<Custom>(_ spec: CommandSpec<Custom>, of program: ProgramSpec<Custom>) -> String {
        var out = ".SS \(Roff.text(spec.name))\n" + synopsis(spec, of: program) + ".PP\n" + Roff.text(spec.abstract) + ".\n"
        if !spec.discussion.isEmpty { out += ".PP\n" + Roff.paragraphs(spec.discussion) }
        for argument in spec.arguments {
            out += ".TP\n" + Roff.italic(argument.name) + (argument.isVariadic ? "..." : "") + "\n" + Roff.text(argument.help) + "\n"
        }
        out += options(spec.options)
        if !spec.examples.isEmpty {
            out += ".PP\nExamples:\n" + Roff.literal(spec.examples)
        }
        return out
    }

    private static func options<Custom>(_ specs: [OptionSpec<Custom>]) -> String {
        specs.map { option in
            var name = option.short.map { Roff.bold("-\($0)") + ", " } ?? ""
            name += Roff.bold("--" + option.long) + (option.value.map { " " + Roff.italic($0.lowercased()) } ?? "")
            return ".TP\n" + name + "\n" + Roff.text(option.help + (option.repeatable ? " (repeatable)" : "")) + "\n"
        }.joined()
    }
}
