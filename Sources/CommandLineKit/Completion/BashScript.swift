/// A completion function for bash, generated from the specs (roadmap: `roadmap completions bash`).
/// The names only the program knows come from `PROGRAM \(ShellTable<Custom>.completeCommand)`, run with the words typed so far.
public enum BashScript {
    /// The script; `header` is its opening comment lines (what made it, how to install it).
    public static func render<Custom>(_ table: ShellTable<Custom>, header: String) -> String {
        let p = table.function
        var out = header + """

        _\(p)_commands=\(ShellTable<Custom>.quoted(table.specs.map(\.name).joined(separator: " ")))

        # The options of command $1 (every command's global options too).
        _\(p)_options() {
            case $1 in

        """
        for spec in table.specs where !spec.options.isEmpty {
            let names = spec.options.flatMap(ShellTable<Custom>.names).joined(separator: " ")
            out += "        \(ShellTable<Custom>.quoted(spec.name))) echo \(ShellTable<Custom>.quoted(names)) ;;\n"
        }
        out += "    esac\n    echo \(ShellTable<Custom>.quoted(table.program.globalOptions.flatMap(ShellTable<Custom>.names).joined(separator: " ")))\n}\n\n"
        out += table.optionKindFunction + "\n" + table.argumentKindFunction + "\n" + table.scanFunction(first: 1)
        out += """
        # COMP_WORDS as typed: bash splits words at ':' and '=' (COMP_WORDBREAKS), which goal ids
        # (phase-1:3) and --in=SECTION contain; join them back.
        _\(p)_words() {
            words=() cword=0
            local j t
            for ((j = 0; j < ${#COMP_WORDS[@]}; j++)); do
                t=${COMP_WORDS[j]}
                if ((j > 1)) && [[ $t == [:=] || ${COMP_WORDS[j-1]} == [:=] ]]; then
                    words[${#words[@]}-1]+=$t
                else
                    words+=("$t")
                fi
                ((j == COMP_CWORD)) && cword=$((${#words[@]} - 1))
            done
            ((COMP_CWORD >= ${#COMP_WORDS[@]})) && { words+=(""); cword=$((${#words[@]} - 1)); }
            cur=${words[cword]}
        }

        _\(p)() {
            local words cword cur command argn kind prev
            _\(p)_words
            _\(p)_scan
            prev=${words[cword-1]}
            COMPREPLY=()
            if [[ $cur == --*=* ]]; then
                kind=$(_\(p)_option_kind "$command" "${cur%%=*}") || kind=none
            elif ((cword > 1)) && [[ $prev == -?* && $prev != *=* ]] && kind=$(_\(p)_option_kind "$command" "$prev"); then
                :
            elif [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "$(_\(p)_options "$command")" -- "$cur"))
                return
            elif [[ -z $command ]]; then
                COMPREPLY=($(compgen -W "$_\(p)_commands" -- "$cur"))
                return
            else
                kind=$(_\(p)_argument_kind "$command" "$argn")
            fi
            local value=${cur#--*=}
            case $kind in
                file) COMPREPLY=($(compgen -f -- "$value")); compopt -o filenames 2>/dev/null ;;
                dir) COMPREPLY=($(compgen -d -- "$value")); compopt -o filenames 2>/dev/null ;;
                words:*) COMPREPLY=($(compgen -W "${kind#words:}" -- "$value")) ;;
                ask)
                    local line
                    while IFS= read -r line; do
                        line=${line%%$'\\t'*}
                        [[ $line == *' '* ]] && line=$(printf '%q' "$line")
                        COMPREPLY+=("$line")
                    done < <(command "${words[0]}" \(ShellTable<Custom>.completeCommand) "${words[@]:1:cword}" 2>/dev/null)
                    compopt -o nosort 2>/dev/null   # goal ids in document order (bash 4.4+)
                    ;;
            esac
            # bash replaces only what follows the last ':' or '=' of the word: drop what precedes it.
            local head=${value%"${value##*[:=]}"}
            if [[ -n $head && $COMP_WORDBREAKS == *"${head: -1}"* ]]; then
                local k
                for k in "${!COMPREPLY[@]}"; do COMPREPLY[k]=${COMPREPLY[k]#"$head"}; done
            fi
        }
        complete -F _\(p) \(table.program.name)

        """
        return out
    }
}
