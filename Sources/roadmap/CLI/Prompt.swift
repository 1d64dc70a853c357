import RoadmapKit

/// Questions asked at the terminal (init's blanks, the review's questions). They and the answers
/// typed after them go to standard error, which is the terminal even when standard output is a
/// file or a pipe: `roadmap review > out.txt` keeps the prompts out of the file, and through
/// `| head` a prompt is not held back where no one sees it. Commands ask only when standard input
/// is a terminal; they check that themselves, as what they do otherwise differs.
enum Prompt {
    /// Said first on standard error when standard output is not the terminal, so the person knows
    /// why the questions appear and where the result goes: `what` says what is asked.
    static func announce(_ command: String, _ what: String, _ context: Context) {
        guard !context.environment.stdoutIsTerminal else { return }
        context.console.printError("\(command): standard output is not a terminal, so \(what) asked here; the result goes to standard output")
    }

    /// A line of the question's own, on standard error (a heading, a hint, "Answer y or n.").
    static func say(_ text: String, _ context: Context) { context.console.printError(text) }

    /// Shows `prompt`, sends what is buffered (the report above it too), and reads one line
    /// without its ending; nil at end of input (Ctrl-D), after ending the prompt's line.
    static func read(_ prompt: String, _ context: Context) -> String? {
        context.console.writeError(prompt)
        context.console.flush()
        guard let line = context.environment.readLine() else {
            context.console.printError("")
            return nil
        }
        return line
    }
}
