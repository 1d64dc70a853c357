import Testing
import CommandLineKit

/// The scripts of a program that is not roadmap complete that program, through its own functions.
struct GenericCompletionScriptTests {
    let table = ShellTable(program: Paint.program)

    @Test func scriptsNameTheProgramAndNoOther() {
        let bash = BashScript.render(table, header: "# header\n")
        let zsh = ZshScript.render(table, header: "# header")
        let fish = FishScript.render(table, header: "# header\n")
        #expect(bash.hasPrefix("# header\n\n_paint_commands='fill show'\n"))
        #expect(bash.hasSuffix("complete -F _paint paint\n"))
        #expect(zsh.hasPrefix("#compdef paint\n# header\n\n"))
        #expect(zsh.contains("compdef _paint paint\n"))
        #expect(fish.contains("complete -c paint -n __paint_at -a 'fill' -d 'Fill an area'\n"))
        for script in [bash, zsh, fish] { #expect(!script.contains("roadmap")) }
    }

    @Test func aCustomKindIsCompletedAsTheProgramSays() {
        #expect(table.optionKindFunction.contains("'fill --colour'|'fill -c') echo 'words:red blue' ;;\n"))
        #expect(table.argumentKindFunction.contains("'fill 0') echo 'file' ;;\n"))
    }

    @Test func thePointUnderTheCursorKnowsTheProgramsOptions() {
        let point = CompletionPoint(words: ["fill", "-c", "red", "--colour", ""], program: Paint.program)
        #expect(point.command?.name == "fill")
        #expect(point.slot == .value(.custom(.colour)))
        #expect(point.value(of: Paint.fill.options[0]) == "red")
        #expect(CompletionPoint(words: ["--v"], program: Paint.program).slot == .option)
    }
}
