/// `complete` lines for fish, generated from the specs (roadmap: `roadmap completions fish`), with
/// each command's and option's help as its description.
public enum FishScript {
    /// The script; `header` is its opening comment lines (what made it, how to install it).
    public static func render<Custom>(_ table: ShellTable<Custom>, header: String) -> String {
        let p = table.function
        let name = table.program.name
        var out = header + """

        # Prints "COMMAND N": the command typed so far and how many of its arguments precede the
        # cursor, skipping the values of options.
        function __\(p)_scan
            set -l tokens (commandline -opc)
            set -e tokens[1]
            set -l command ''
            set -l argn 0
            set -l skip 0
            for t in $tokens
                if test $skip = 1
                    set skip 0
                else if string match -q -- '-?*' $t
                    if not string match -q -- '*=*' $t; and __\(p)_takes_value "$command" $t
                        set skip 1
                    end
                else if test -z "$command"
                    set command $t
                else
                    set argn (math $argn + 1)
                end
            end
            echo $command $argn
        end

        # Whether option $2 of command $1 takes a value.
        function __\(p)_takes_value
            switch "$argv[1] $argv[2]"

        """
        let patterns = table.optionValues.flatMap { value in
            ShellTable<Custom>.names(value.option).map { name in value.command.map { quoted("\($0) \(name)") } ?? quoted("* " + name) }
        }
        out += "        case \(patterns.joined(separator: " "))\n            return 0\n    end\n    return 1\nend\n\n"
        out += """
        # Whether the cursor is at argument $2 (a number, or 'any') of command $1, or, with no
        # arguments, before any command.
        function __\(p)_at
            set -l state (__\(p)_scan | string split ' ')
            test (count $argv) = 0; and begin; test -z "$state[1]"; return; end
            test "$state[1]" = $argv[1]; or return 1
            test $argv[2] = any; or test $state[2] = $argv[2]
        end

        # The names only \(name) knows, which it reads when asked.
        function __\(p)_ask
            set -l tokens (commandline -opc)
            command $tokens[1] \(ShellTable<Custom>.completeCommand) $tokens[2..-1] (commandline -ct) 2>/dev/null
        end

        complete -c \(name) -f

        """
        for spec in table.specs {
            out += "complete -c \(name) -n __\(p)_at -a \(quoted(spec.name)) -d \(quoted(spec.abstract))\n"
        }
        out += "\n"
        for option in table.program.globalOptions {
            out += line(option, condition: nil, table)
        }
        for spec in table.specs {
            out += "\n"
            let condition = "__\(p)_at \(spec.name) any"
            for option in spec.options { out += line(option, condition: condition, table) }
            let (actions, variadic) = table.arguments(of: spec)
            for (position, action) in actions.enumerated() where action != .nothing {
                let at = variadic && position == actions.count - 1 ? "any" : String(position)
                out += "complete -c \(name) -n \(quoted("__\(p)_at \(spec.name) \(at)"))\(values(action, p))\n"
            }
        }
        return out
    }

    private static func line<Custom>(_ option: OptionSpec<Custom>, condition: String?, _ table: ShellTable<Custom>) -> String {
        var out = "complete -c \(table.program.name)"
        if let condition { out += " -n \(quoted(condition))" }
        if let short = option.short { out += " -s \(short)" }
        out += " -l \(option.long)"
        if option.takesValue { out += values(table.action(option.valueKind), table.function) }
        return out + " -d \(quoted(option.help))\n"
    }

    /// The flags that make fish offer a value: files, directories, fixed words or `__complete`
    /// (through the script's `__PROGRAM_ask`, `p` the program's name as a function's).
    private static func values(_ action: ShellAction, _ p: String) -> String {
        switch action {
        case .files: return " -r -F"
        case .directories: return " -x -a '(__fish_complete_directories)'"
        case .nothing: return " -x"
        case .ask: return " -k -x -a '(__\(p)_ask)'"  // -k: goal ids in document order
        case let .words(words): return " -x -a \(quoted(words.joined(separator: " ")))"
        }
    }

    /// Single quotes as fish reads them: only `\\` and `\'` are special inside.
    public static func quoted(_ text: String) -> String {
        "'" + text.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'") + "'"
    }
}
