/// What the word under the cursor is, read from the words of a command line the way
/// `ArgumentParser` would read them: a command name, an option, an option's value, or an argument.
/// Lenient by design: a half-typed line is never an error, it just offers less.
struct CompletionPoint {
    enum Slot: Equatable {
        case command
        case option
        case value(ValueKind)
        /// Nothing to offer (an unknown command, an argument past the last).
        case none
    }

    var command: CommandSpec?
    var slot: Slot = .none
    /// The part of the word under the cursor that candidates must start with.
    var prefix: String
    /// The arguments typed before the cursor (not options or their values), in order.
    var arguments: [String] = []
    /// `--file` / `-f` as typed on the line, if it was.
    var file: String?

    /// - Parameter words: the words after `roadmap`, the last one being the word under the
    ///   cursor (empty right after a space).
    init(words: [String], specs: [CommandSpec]) {
        let typed = words.dropLast()
        prefix = words.last ?? ""
        var pending: OptionSpec?
        var onlyArguments = false
        var index = typed.startIndex
        while index < typed.endIndex {
            let word = typed[index]
            index += 1
            if !onlyArguments && word == "--" { onlyArguments = true; continue }
            if !onlyArguments && word.hasPrefix("-") && word.count > 1 {
                guard let (option, inline) = Self.option(word, of: command), option.takesValue else { continue }
                if let inline {
                    if option.long == "file" { file = inline }
                } else if index < typed.endIndex {
                    if option.long == "file" { file = typed[index] }
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
            let option = Self.option(String(prefix[..<equals]), of: command)?.0
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
    static func options(of command: CommandSpec?) -> [OptionSpec] {
        (command?.options ?? []) + GlobalOptions.specs
    }

    /// The option a word names (`--in`, `--in=x`, `-f`, `-fplan.md`) and its value given inline.
    private static func option(_ word: String, of command: CommandSpec?) -> (OptionSpec, String?)? {
        let options = options(of: command)
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
    private static func argument(at position: Int, of command: CommandSpec) -> ArgumentSpec? {
        if position < command.arguments.count { return command.arguments[position] }
        return command.arguments.last.flatMap { $0.isVariadic ? $0 : nil }
    }
}
