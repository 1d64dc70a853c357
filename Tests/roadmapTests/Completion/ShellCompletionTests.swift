import Foundation
import Testing

/// The generated scripts in the real shells, with the built binary on PATH and a test roadmap in
/// the current directory: each loads without a word on stderr, completes `roadmap ch` to `check`
/// and `roadmap check <Tab>` to the roadmap's goal ids. A missing shell skips its test, by name.
struct ShellCompletionTests {
    static let roadmap = "# Plan\n\n## Core Skills\n- [ ] Learn Docker\n- [ ] Deploy to Kubernetes\n- [x] Write a README\n"

    /// A sandbox holding the roadmap and `roadmap completions SHELL` saved as `script`.
    func sandbox(_ shell: String, script: String) throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.write("career-roadmap.md", Array(Self.roadmap.utf8))
        let generated = try sandbox.run(["completions", shell])
        #expect(generated.status == 0 && generated.stderr.isEmpty)
        try sandbox.write(script, Array(generated.stdout.utf8))
        return sandbox
    }

    /// The built binary's folder first on PATH, as after an install.
    static var variables: [String: String] {
        ["PATH": EndToEndTests.binary.deletingLastPathComponent().path + ":/usr/bin:/bin", "HOME": "/nonexistent", "TERM": "dumb"]
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
    }

    // MARK: bash

    /// Sources the script, sets COMP_WORDS/COMP_CWORD as bash does at a Tab, calls the
    /// completion function and prints COMPREPLY, one per line.
    static let bashDriver = """
    source ./roadmap.bash || exit 3
    COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _roadmap roadmap "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf '%s\\n' "${COMPREPLY[@]}"
    """

    @Test func bash() throws {
        guard let bash = Tools.find("bash") else { print("SKIP: ShellCompletionTests.bash: bash is not installed"); return }
        let box = try sandbox("bash", script: "roadmap.bash")
        let loaded = try box.run(["--norc", "--noprofile", "-c", "source ./roadmap.bash && complete -p roadmap"], executable: bash, variables: Self.variables)
        #expect(loaded.status == 0 && loaded.stderr.isEmpty, "\(loaded.stderr)")
        #expect(loaded.stdout == "complete -F _roadmap roadmap\n")
        func complete(_ words: String...) throws -> [String] {
            let run = try box.run(["--norc", "--noprofile", "-c", Self.bashDriver, "bash"] + words, executable: bash, variables: Self.variables)
            #expect(run.status == 0 && run.stderr.isEmpty, "\(words): \(run.stderr)")
            return Self.lines(run.stdout)
        }
        #expect(try complete("roadmap", "ch") == ["check"])
        #expect(try complete("roadmap", "check", "") == ["1", "2"])  // 3 is done already
        #expect(try complete("roadmap", "uncheck", "") == ["3"])
        #expect(try complete("roadmap", "check", "dep") == ["deploy"])
        #expect(try complete("roadmap", "list", "--in", "Co") == ["Core\\ Skills"])
        #expect(try complete("roadmap", "-f", "car") == ["career-roadmap.md"])
        #expect(try complete("roadmap", "init", "di") == ["director-roadmap"])
        #expect(try complete("roadmap", "check", "--dr") == ["--dry-run"])
    }

    // MARK: zsh

    /// Drives zsh's own completion system in a pseudo-terminal: `compadd` is wrapped to record
    /// what is added, Tab runs `_main_complete` inside `vared`, and the recorded candidates are
    /// printed between two marker bytes. The technique is the one answered at
    /// https://unix.stackexchange.com/a/668827 (also used by pdfjam's and git-machete's tests).
    /// $1: a script to source, or a folder to put on $fpath; $2: the line typed before Tab.
    static let zshDriver = """
    target=$1 typed=$2
    under_test() {
        autoload -Uz compinit && compinit -u -D
        if [[ -d $target ]]; then fpath=($target $fpath); autoload -Uz _roadmap; compdef _roadmap roadmap; else source $target; fi
        typeset -ga recorded=()
        compadd() {
            local -a added; builtin compadd -O added "$@"; recorded+=("${added[@]}")
            # The call that lists matches with their descriptions (-d) decides the order shown.
            [[ " $* " == *" -d "* && " $* " == *" -o nosort "* ]] && recorded+=("(unsorted)")
            builtin compadd "$@"
        }
        record-completions() {
            unset 'compstate[vared]'
            _main_complete "$@"
            print -n $'\\x02'; print -rl -- "${(u)recorded[@]}"; print -n $'\\x03'
            exit
        }
        zle -C record-completions complete-word record-completions
        bindkey '^I' record-completions
        stty rows 50 cols 200    # zle needs a size; a fresh pseudo-terminal has none
        vared -c line
    }
    zmodload zsh/zpty || exit 3
    zpty session under_test
    zpty -w session "$typed"$'\\t'
    out= chunk=
    for i in {1..200}; do
        while zpty -rt session chunk; do out+=$chunk; done
        [[ $out == *$'\\x03'* ]] && break
        sleep 0.05
    done
    zpty -d session
    out=${out#*$'\\x02'}; out=${out%%$'\\x03'*}
    print -rn -- "${out//$'\\r'/}"
    """

    @Test func zsh() throws {
        guard let zsh = Tools.find("zsh") else { print("SKIP: ShellCompletionTests.zsh: zsh is not installed"); return }
        let box = try sandbox("zsh", script: "_roadmap")
        let loaded = try box.run(["-f", "-c", "autoload -Uz compinit && compinit -u -D && source ./_roadmap"], executable: zsh, variables: Self.variables)
        #expect(loaded.status == 0 && loaded.stderr.isEmpty, "\(loaded.stderr)")
        func complete(_ line: String, from target: String = "./_roadmap") throws -> [String] {
            let run = try box.run(["-f", "-c", Self.zshDriver, "zsh", target, line], executable: zsh, variables: Self.variables)
            #expect(run.status == 0, "\(line): \(run.stderr)")
            return Self.lines(run.stdout)
        }
        #expect(try complete("roadmap ch") == ["check"])
        // Names read from the roadmap keep its order (zsh would sort 10 before 2).
        #expect(try complete("roadmap check ") == ["1", "2", "(unsorted)"])
        #expect(try complete("roadmap list --in Co") == ["Core Skills", "(unsorted)"])
        #expect(try complete("roadmap init --start ") == ["2026-11-22", "(unsorted)"])
        // Autoloaded from a folder on $fpath, as `make install` leaves it (share/zsh/site-functions).
        try FileManager.default.createDirectory(atPath: box.file("functions"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: box.file("_roadmap"), toPath: box.file("functions/_roadmap"))
        #expect(try complete("roadmap unch", from: box.file("functions")) == ["uncheck"])
    }

    // MARK: fish

    @Test func fish() throws {
        guard let fish = Tools.find("fish") else { print("SKIP: ShellCompletionTests.fish: fish is not installed"); return }
        let box = try sandbox("fish", script: "roadmap.fish")
        func complete(_ line: String) throws -> [String] {
            let command = "source ./roadmap.fish; and complete -C \(FishQuote.quoted(line))"
            let run = try box.run(["--no-config", "-c", command], executable: fish, variables: Self.variables)
            #expect(run.status == 0 && run.stderr.isEmpty, "\(line): \(run.stderr)")
            return Self.lines(run.stdout)
        }
        #expect(try complete("roadmap ch") == ["check"])
        #expect(try complete("roadmap check ") == ["1", "2"])
        #expect(try complete("roadmap uncheck ") == ["3"])
        #expect(try complete("roadmap list --in Co") == ["Core Skills"])
        #expect(try complete("roadmap init di") == ["director-roadmap"])
        #expect(try complete("roadmap check --dr") == ["--dry-run"])
    }
}

enum FishQuote {
    static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "\\'") + "'" }
}

/// Outside programs the tests use, found as a shell would find them.
enum Tools {
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin", "/usr/local/bin"] {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
