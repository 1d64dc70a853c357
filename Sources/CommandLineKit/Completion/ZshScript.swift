/// A completion function for zsh's completion system (compsys), generated from the specs
/// (roadmap: `roadmap completions zsh`), with each command's and option's help as its description.
public enum ZshScript {
    /// The script; `header` is its comment lines after `#compdef` (what made it, how to install it).
    public static func render<Custom>(_ table: ShellTable<Custom>, header: String) -> String {
        let p = table.function
        var out = "#compdef \(table.program.name)\n" + header + "\n\n"
        out += table.optionKindFunction + "\n" + table.argumentKindFunction + "\n" + table.scanFunction(first: 2)
        out += "# The commands, then the options of command $1, each with its help.\n"
        out += "_\(p)_commands() {\n    local -a commands=(\n"
        for spec in table.specs { out += "        \(ShellTable<Custom>.quoted(describe(spec.name, spec.abstract)))\n" }
        out += "    )\n    _describe -t commands '\(table.program.name) command' commands\n}\n\n"
        out += "_\(p)_options() {\n    local -a options\n    case $1 in\n"
        for spec in table.specs where !spec.options.isEmpty {
            out += "        \(ShellTable<Custom>.quoted(spec.name))) options=(\n"
            for option in spec.options { out += "            \(ShellTable<Custom>.quoted(describe("--" + option.long, option.help)))\n" }
            out += "        ) ;;\n"
        }
        out += "    esac\n    options+=(\n"
        for option in table.program.globalOptions { out += "        \(ShellTable<Custom>.quoted(describe("--" + option.long, option.help)))\n" }
        out += "    )\n    _describe -t options 'option' options\n}\n\n"
        out += """
        _\(p)() {
            local command argn kind cword=$CURRENT
            local cur=${words[CURRENT]} prev=${words[CURRENT-1]}
            _\(p)_scan
            if [[ $cur == --*=* ]]; then
                kind=$(_\(p)_option_kind "$command" "${cur%%=*}") || kind=none
                compset -P '*='
            elif (( CURRENT > 2 )) && [[ $prev == -?* && $prev != *=* ]] && kind=$(_\(p)_option_kind "$command" "$prev"); then
                :
            elif [[ $cur == -* ]]; then
                _\(p)_options "$command"
                return
            elif [[ -z $command ]]; then
                _\(p)_commands
                return
            else
                kind=$(_\(p)_argument_kind "$command" "$argn")
            fi
            case $kind in
                file) _files ;;
                dir) _files -/ ;;
                words:*) local -a list=(${=kind#words:}); compadd -a list ;;
                ask)
                    local line
                    local -a described
                    for line in ${(f)"$(command ${words[1]} \(ShellTable<Custom>.completeCommand) "${(@)words[2,CURRENT]}" 2>/dev/null)"}; do
                        if [[ $line == *$'\\t'* ]]; then
                            described+=("${${line%%$'\\t'*}//:/\\\\:}:${line#*$'\\t'}")
                        else
                            described+=("${line//:/\\\\:}")
                        fi
                    done
                    _describe -V -t values 'value' described   # -V: goal ids in document order, as bash and fish
                    ;;
                *) return 1 ;;
            esac
        }

        if [[ $funcstack[1] == _\(p) ]]; then
            _\(p) "$@"
        else
            compdef _\(p) \(table.program.name)
        fi

        """
        return out
    }

    /// `name:description` as `_describe` reads it (a colon in the name is escaped).
    private static func describe(_ name: String, _ help: String) -> String {
        name.replacingAll(":", with: "\\:") + ":" + help
    }
}
