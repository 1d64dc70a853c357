import RoadmapKit

/// init's questions on a terminal: name, current role, target role, start date. Each shows its
/// default in brackets and Enter keeps it; end of input (Ctrl-D) aborts before anything is
/// written, as Ctrl-C does by ending the process.
enum InitPrompts {
    static func ask(_ answers: InitAnswers, _ context: Context) throws(CLIError) -> InitAnswers {
        var result = answers
        Prompt.announce("init", "its four questions (name, current role, target role, start date) are", context)
        Prompt.say("A few blanks to fill (Enter keeps the value in brackets):", context)
        result.name = try text("Name", answers.name, context)
        result.currentRole = try text("Current role", answers.currentRole, context)
        result.targetRole = try text("Target role", answers.targetRole, context)
        for attempt in 1...3 {
            let typed = try text("Start date", answers.start.description, context)
            if let typed, let date = CivilDate(iso: typed) {
                result.start = date
                break
            }
            if attempt == 3 { throw .usage("'\(typed ?? "")' is not a date; the start date is YYYY-MM-DD", command: "init") }
            Prompt.say("  '\(typed ?? "")' is not a date: write it as YYYY-MM-DD.", context)
        }
        return result
    }

    /// One answer: the typed text, else the default; nil when both are empty.
    private static func text(_ question: String, _ value: String?, _ context: Context) throws(CLIError) -> String? {
        guard let line = Prompt.read(question + (value.map { " [\($0)]" } ?? "") + ": ", context) else {
            throw .failure("init: stopped at '\(question)' (end of input); nothing written")
        }
        let typed = line.trimmingSpaces
        return typed.isEmpty ? value : typed
    }
}
