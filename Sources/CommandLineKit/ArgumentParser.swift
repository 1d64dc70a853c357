import RoadmapCore

/// Splits argv into a command and its arguments. Global options are accepted before or after the
/// command name; `--name=value`, `--name value`, `-x value`, `-xvalue` and `--` all work. A path
/// (a value of kind `.file` or `.directory`) is kept as the bytes it was (`PathBytes`); any other
/// value is text, where a byte that is not UTF-8 is U+FFFD, as it always was. A mistake is a
/// `CLIError.usage` naming the closest command or option (`Closeness`).
public enum ArgumentParser {
    /// The command `arguments` name (the program's default when none) and what was given to it.
    public static func parse<Custom>(_ arguments: [String], program: ProgramSpec<Custom>) throws(CLIError) -> (CommandSpec<Custom>, ParsedArguments) {
        let spec = try findCommand(arguments, program: program)
        let options = spec.options + program.globalOptions
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        var commandNameSeen = false
        // The option value the words since it may belong to (`--in Core Skills` unquoted), for the
        // hint when there are more words than arguments.
        var lastValue: (long: String, text: String)?
        var continuing: [Int: (long: String, text: String)] = [:]
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            if !onlyPositionals && token == "--" {
                onlyPositionals = true
                continue
            }
            if !onlyPositionals && token.hasPrefix("-") && token.count > 1 && !startsWithDigit(token) {
                let (option, inlineValue) = try lookUp(token, in: options, command: spec.name)
                if option.takesValue {
                    var value = inlineValue
                    if value == nil {
                        guard index < arguments.count else {
                            throw .usage("--\(option.long) needs a value (\(option.value!))", command: spec.name)
                        }
                        value = arguments[index]
                        index += 1
                    }
                    if !option.repeatable && parsed.isGiven(option) {
                        throw .usage("--\(option.long) given more than once", command: spec.name)
                    }
                    parsed.append(option.valueKind.isPath ? value! : PathBytes.text(value!), to: option.long)
                    lastValue = (option.long, PathBytes.text(value!))
                } else {
                    if inlineValue != nil { throw .usage("--\(option.long) takes no value", command: spec.name) }
                    parsed.raise(option)
                    lastValue = nil
                }
                continue
            }
            if !commandNameSeen && !onlyPositionals && token == spec.name {
                commandNameSeen = true
                continue
            }
            if let value = lastValue {
                lastValue = (value.long, value.text + " " + PathBytes.text(token))
                continuing[parsed.positionals.count] = lastValue
            }
            parsed.positionals.append(token)
        }
        let standalone = program.globalOptions.filter { program.standaloneFlags.contains($0.long) && parsed.flag($0) }
        if standalone.isEmpty { try validatePositionals(parsed.positionals, spec, continuing: continuing) }
        parsed.positionals = parsed.positionals.enumerated().map { k, value in
            let argument = spec.arguments.isEmpty ? nil : spec.arguments[min(k, spec.arguments.count - 1)]
            return argument?.valueKind.isPath == true ? value : PathBytes.text(value)
        }
        return (spec, parsed)
    }

    /// The first word that is not an option or an option's value names the command.
    private static func findCommand<Custom>(_ arguments: [String], program: ProgramSpec<Custom>) throws(CLIError) -> CommandSpec<Custom> {
        let commands = program.commands
        var index = 0
        while index < arguments.count {
            let token = arguments[index]
            if token == "--" { break }
            if token.hasPrefix("-") && token.count > 1 && !startsWithDigit(token) {
                // Skip an option's separate value so `-f plan.md status` finds `status`. Options
                // are the global ones and any command's (`--in Skills list`); one that is neither
                // is named here, not taken for a command after it (`--foo bar`).
                let long = token.hasPrefix("--")
                let name = long ? String(token.dropFirst(2).prefix { $0 != "=" }) : String(token.dropFirst().prefix(1))
                let known = program.globalOptions + commands.flatMap(\.options)
                guard let option = known.first(where: { long ? $0.long == name : $0.short.map(String.init) == name }) else {
                    let hint = long ? Closeness.closest(name, among: known.map(\.long)).map { " (did you mean '--\($0)'?)" } ?? "" : ""
                    throw .usage("unknown option '\(long ? "--" : "-")\(name)'\(hint)", command: nil)
                }
                let inlineValue = long ? token.contains("=") : token.count > 2
                if option.takesValue && !inlineValue { index += 1 }
                index += 1
                continue
            }
            if let spec = commands.first(where: { $0.name == token }) { return spec }
            let names = commands.map { $0.name }
            let hint = Closeness.closest(token, among: names).map { " (did you mean '\($0)'?)" } ?? ""
            throw .usage("unknown command '\(token)'\(hint)", command: nil)
        }
        return commands.first(where: { $0.name == program.defaultCommand })!
    }

    private static func lookUp<Custom>(_ token: String, in options: [OptionSpec<Custom>], command: String) throws(CLIError) -> (OptionSpec<Custom>, String?) {
        if token.hasPrefix("--") {
            let body = token.dropFirst(2)
            let name: String, value: String?
            if let eq = body.firstIndex(of: "=") {
                name = String(body[..<eq]); value = String(body[body.index(after: eq)...])
            } else {
                name = String(body); value = nil
            }
            if let option = options.first(where: { $0.long == name }) { return (option, value) }
            let hint = Closeness.closest(name, among: options.map(\.long)).map { " (did you mean '--\($0)'?)" } ?? ""
            throw .usage("unknown option '--\(name)'\(hint)", command: command)
        }
        let letter = token.dropFirst().first!
        guard let option = options.first(where: { $0.short == letter }) else {
            throw .usage("unknown option '-\(letter)'", command: command)
        }
        let rest = String(token.dropFirst(2))
        if rest.isEmpty { return (option, nil) }
        guard option.takesValue else { throw .usage("unknown option '\(token)'", command: command) }
        return (option, rest)
    }

    /// - Parameter continuing: for a word that came after an option's value, the option and the
    ///   value with the words up to this one: an extra word there is most likely the rest of a
    ///   value of several words that was not quoted, and the message shows it quoted.
    private static func validatePositionals<Custom>(_ positionals: [String], _ spec: CommandSpec<Custom>,
                                                    continuing: [Int: (long: String, text: String)] = [:]) throws(CLIError) {
        let required = spec.arguments.filter { !$0.isOptional }.count
        let variadic = spec.arguments.contains(where: \.isVariadic)
        if positionals.count < required {
            let missing = spec.arguments.filter { !$0.isOptional }[positionals.count]
            throw .usage("missing <\(missing.name)>", command: spec.name)
        }
        if !variadic && positionals.count > spec.arguments.count {
            let extra = positionals[spec.arguments.count]
            let whole = continuing[positionals.count - 1].map { " (a value of several words needs quotes: --\($0.long) '\($0.text.replacingAll("'", with: "'\\''"))')" }
            throw .usage("unexpected argument '\(extra)'" + (whole ?? ""), command: spec.name)
        }
    }

    /// A minus and a digit is a value, not an option: a negative number (`-5`) or a relative date
    /// (`-2w`, issue 25). No option's name starts with a digit.
    private static func startsWithDigit(_ token: String) -> Bool {
        token.dropFirst().first.map { $0.isASCII && $0.isNumber } ?? false
    }
}
