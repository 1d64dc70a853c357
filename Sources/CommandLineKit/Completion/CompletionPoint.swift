/// What the word under the cursor is, read from the words of a command line the way
/// `ArgumentParser` would read them: a command name, an option, an option's value, or an argument.
/// Lenient by design: a half-typed line is never an error, it just offers less.
public struct CompletionPoint<Custom: CustomValueKind> {
    /// What the word under the cursor is.
    public enum Slot: Equatable {
        /// A command's name.
        case command
        /// An option's name.
        case option
        /// An option's value or an argument, of this kind.
        case value(ValueKind<Custom>)
        /// Nothing to offer (an unknown command, an argument past the last).
        case none
    }

    /// The command named on the line, if one is.
    public var command: CommandSpec<Custom>?
    /// What the word under the cursor is.
    public var slot: Slot = .none
    /// The part of the word under the cursor that candidates must start with.
    public var prefix: String
    /// The arguments typed before the cursor (not options or their values), in order.
    public var arguments: [String] = []
    /// The values of options typed before the cursor, in order, by the option's long name
    /// (roadmap reads `--file` for the roadmap in reach).
    public var optionValues: [(long: String, value: String)] = []

    /// - Parameter words: the words after the program's name, the last one being the word under
    ///   the cursor (empty right after a space).
    public init(words: [String], program: ProgramSpec<Custom>) {
        let specs = program.commands
        let typed = words.dropLast()
        prefix = words.last ?? ""
        var pending: OptionSpec<Custom>?
        var onlyArguments = false
        var index = typed.startIndex
        while index < typed.endIndex {
            let word = typed[index]
            index += 1
            if !onlyArguments && word == "--" { onlyArguments = true; continue }
            if !onlyArguments && word.hasPrefix("-") && word.count > 1 {
                guard let (option, inline) = Self.option(word, of: command, program), option.takesValue else { continue }
                if let inline {
                    optionValues.append((option.long, inline))
                } else if index < typed.endIndex {
                    optionValues.append((option.long, typed[index]))
                    index += 1
                } else {
                    pending = option
                }
                continue
            }
            if command == nil {
                guard let found = specs.first(where: { $0.name == word }) else { return }  // unknown: offer nothing
                command = found
            } else {
                arguments.append(word)
            }
        }
        if let pending {
            slot = .value(pending.valueKind)
        } else if !onlyArguments, prefix.hasPrefix("--"), let equals = prefix.firstIndex(of: "=") {
            let option = Self.option(String(prefix[..<equals]), of: command, program)?.0
            prefix = String(prefix[prefix.index(after: equals)...])
            slot = option.map { .value($0.valueKind) } ?? .none
        } else if !onlyArguments && prefix.hasPrefix("-") {
            slot = .option
        } else if let command {
            slot = Self.argument(at: arguments.count, of: command).map { .value($0.valueKind) } ?? .none
        } else {
            slot = .command
        }
    }

    /// The options the command (or, before one is named, every command) accepts.
    public static func options(of command: CommandSpec<Custom>?, _ program: ProgramSpec<Custom>) -> [OptionSpec<Custom>] {
        (command?.options ?? []) + program.globalOptions
    }

    /// The last value typed for the option, if one was.
    public func value(of option: OptionSpec<Custom>) -> String? {
        optionValues.last { $0.long == option.long }?.value
    }

    /// The option a word names (`--in`, `--in=x`, `-f`, `-fplan.md`) and its value given inline.
    private static func option(_ word: String, of command: CommandSpec<Custom>?, _ program: ProgramSpec<Custom>) -> (OptionSpec<Custom>, String?)? {
        let options = options(of: command, program)
        if word.hasPrefix("--") {
            let body = word.dropFirst(2)
            let name = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let inline = body.contains("=") ? String(body[body.index(after: body.firstIndex(of: "=")!)...]) : nil
            return options.first { $0.long == name }.map { ($0, inline) }
        }
        guard let letter = word.dropFirst().first, let option = options.first(where: { $0.short == letter }) else { return nil }
        let rest = String(word.dropFirst(2))
        return (option, rest.isEmpty ? nil : rest)
    }

    /// The argument at a position; a variadic last argument takes every position after it.
    private static func argument(at position: Int, of command: CommandSpec<Custom>) -> ArgumentSpec<Custom>? {
        if position < command.arguments.count { return command.arguments[position] }
        return command.arguments.last.flatMap { $0.isVariadic ? $0 : nil }
    }
}
