/// The two lookup functions bash and zsh scripts share (both read the same `case` syntax):
/// what an option's value is, and what an argument at a position is. Generated from the specs.
extension ShellTable {
    /// `_PROGRAM_option_kind COMMAND OPTION` prints the value's action, or fails for a flag or an
    /// unknown option (so callers know not to skip a value).
    public var optionKindFunction: String {
        var out = "# What the value of option $2 of command $1 is (file, dir, words:..., ask, none); fails for a flag.\n"
        out += "_\(function)_option_kind() {\n    case \"$1 $2\" in\n"
        for value in optionValues {
            let patterns = ShellTable<Custom>.names(value.option).map { name in
                value.command.map { ShellTable<Custom>.quoted("\($0) \(name)") } ?? "*" + ShellTable<Custom>.quoted(" " + name)
            }
            out += "        \(patterns.joined(separator: "|"))) echo \(ShellTable<Custom>.quoted(value.action.code)) ;;\n"
        }
        out += "        *) return 1 ;;\n    esac\n}\n"
        return out
    }

    /// `_PROGRAM_argument_kind COMMAND N` prints the action for the N-th argument (from 0).
    public var argumentKindFunction: String {
        var out = "# What argument $2 (from 0) of command $1 is.\n"
        out += "_\(function)_argument_kind() {\n    case \"$1 $2\" in\n"
        for spec in specs {
            let (actions, variadic) = arguments(of: spec)
            for (position, action) in actions.enumerated() {
                let last = variadic && position == actions.count - 1
                // Case takes the first match, so `'check '*` after the fixed positions covers the rest.
                let pattern = last ? ShellTable<Custom>.quoted(spec.name + " ") + "*" : ShellTable<Custom>.quoted("\(spec.name) \(position)")
                out += "        \(pattern)) echo \(ShellTable<Custom>.quoted(action.code)) ;;\n"
            }
        }
        out += "        *) echo none ;;\n    esac\n}\n"
        return out
    }

    /// `_PROGRAM_scan` sets `command` and `argn` (arguments before the cursor) from
    /// `words[first..<cword]`, skipping option values, as the parser reads them.
    public func scanFunction(first: Int) -> String {
        """
        # Sets command and argn from words[\(first)..cword-1], skipping the values of options.
        _\(function)_scan() {
            command= argn=0
            local i w only=
            for ((i = \(first); i < cword; i++)); do
                w=${words[i]}
                if [[ -z $only && $w == -- ]]; then only=1; continue; fi
                if [[ -z $only && $w == -?* ]]; then
                    [[ $w != *=* ]] && _\(function)_option_kind "$command" "$w" >/dev/null && ((i++))
                    continue
                fi
                if [[ -z $command ]]; then command=$w; else ((argn++)); fi
            done
        }

        """
    }
}
