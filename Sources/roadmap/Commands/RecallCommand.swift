import RoadmapKit

/// `roadmap recall`: refreshers for what was learned (issue 27). The schedule, the marks and the
/// edits are the library's (`RecallSchedule`, `Roadmap.recallEdits`); this asks and writes.
enum RecallCommand: Command {
    static let spec = CommandSpec(
        name: "recall",
        abstract: "Refreshers for what was learned: still solid?",
        discussion: """
        Lists the done goals whose refresher is due (their '🔄 YYYY-MM-DD' or '[recall:: YYYY-MM-DD]'
        date reached), the longest waiting first, and asks of each, on a terminal: still solid?
        y moves it up the schedule (1, 3, 7, 16, 35, 80, 180, 365 days; the step is read from
        its ✅ date and its 🔄 date), n brings it back to tomorrow and offers to reopen it, s skips
        it, q stops. Only the date on the goal's line changes, all answers in one change that
        'roadmap undo' reverts. A goal never asked about has no date: 'roadmap recall GOAL' asks
        about it now and starts its schedule. --off GOAL writes '🔄 off'; a heading ending in
        '<!-- recall: off -->' switches refreshers off for every goal under it. When standard
        input is not a terminal, nothing is asked or written: the due goals are listed, a note
        goes to standard error, and the exit status is 1 while any is due (use --yes).
        """,
        arguments: [ArgumentSpec(name: "goal", help: "Done goals to ask about now (ids or words from their text); none: those due",
                                 isVariadic: true, isOptional: true, kind: .goal())],
        options: Option.specs,
        examples: ["roadmap recall", "roadmap recall --yes --dry-run", "roadmap recall --today +1w --json",
                   "roadmap recall kubernetes", "roadmap recall --off 12"])

    enum Option: CommandOptions {
        case yes, off, dryRun, force, json

        var spec: OptionSpec {
            switch self {
            case .yes: OptionSpec(long: "yes", short: "y", help: "Ask nothing: every refresher asked about is still solid")
            case .off: OptionSpec(long: "off", help: "Stop refreshers for the GOAL named: writes 🔄 off (or [recall:: off])")
            case .dryRun: OptionSpec.dryRun
            case .force: OptionSpec.forceReadOnly
            case .json: OptionSpec(long: "json", help: "Print JSON: today and each refresher with its due date, interval, answer and next date")
            }
        }
    }

    static func finishesInterruptedChanges(_ call: Invocation<Self>) -> Bool { !call.flag(.dryRun) }

    /// A goal asked about, and how it was answered (nil: not asked, or skipped).
    struct Asked {
        let ref: GoalRef
        let refresher: Refresher
        var answer: RecallAnswer?
    }

    static func run(_ call: Invocation<Self>) throws(CLIError) -> ExitCode {
        let context = call.context
        let today = try context.today()
        let plan = try context.loadPlan()
        let words = call.arguments.positionals
        if call.flag(.off) {
            guard !words.isEmpty else { throw .usage("--off needs the goal to stop refreshers for", command: spec.name) }
            let ref = try ProgressChanging.goal(call, words, section: nil, in: plan)
            var asked = [Asked(ref: ref, refresher: Refresher(goal: ref.goal, due: nil, interval: 1), answer: .off)]
            return try write(call, &asked, plan, today: today)
        }
        var asked: [Asked]
        if words.isEmpty {
            asked = plan.refreshersDue(today: today).map { Asked(ref: $0.ref, refresher: $0.refresher) }
        } else {
            asked = try named(call, words, plan, today: today)
        }
        let json = call.flag(.json)
        if asked.isEmpty {
            if json { render(json: [], plan, today: today, call) } else { call.console.print("No refreshers due on \(today).") }
            return .success
        }
        if call.flag(.yes) {
            for k in asked.indices { asked[k].answer = .solid }
        } else if json {
            render(json: asked, plan, today: today, call)
            return .success
        } else if context.environment.stdinIsTerminal {
            Prompt.announce("recall", "'still solid?' is", context)
            ask(&asked, plan, today: today, context)
        } else {
            for item in asked { call.console.print(describe(item, plan, today: today)) }
            context.console.printError("recall: standard input is not a terminal, so 'still solid?' was not asked about \(asked.count) goal\(asked.count == 1 ? "" : "s"); nothing written (answer at a terminal, or use --yes for all solid)")
            return .failure
        }
        return try write(call, &asked, plan, today: today)
    }

    /// The goals named, each done (a refresher is for what was learned), in the order named.
    private static func named(_ call: Invocation<Self>, _ words: [String], _ plan: Plan, today: CivilDate) throws(CLIError) -> [Asked] {
        let refs = try GoalChange.goals(words, command: spec.name, section: nil, in: plan, call.context) { ref in
            plan.files[ref.file].roadmap.goals[ref.goal].state == .done
        }
        return try refs.map { ref throws(CLIError) in
            let roadmap = plan.files[ref.file].roadmap
            guard roadmap.goals[ref.goal].state == .done else {
                throw .failure("\(plan.files[ref.file].path):\(roadmap.goals[ref.goal].line): goal \(plan.displayID(ref)) is not done: refreshers are for what was learned (tick it first)")
            }
            // Asked by name, a goal switched off is asked all the same (its answer turns it on).
            let refresher = roadmap.refresher(of: ref.goal, today: today) ?? Refresher(goal: ref.goal, due: nil, interval: 1)
            return Asked(ref: ref, refresher: refresher)
        }
    }

    /// Asks each in turn on standard error; stops at q or the end of input.
    private static func ask(_ asked: inout [Asked], _ plan: Plan, today: CivilDate, _ context: Context) {
        loop: for k in asked.indices {
            Prompt.say(describe(asked[k], plan, today: today), context)
            while true {
                guard let line = Prompt.read("  still solid? [Y/n/s/q] ", context) else { break loop }
                switch line.trimmingSpaces.lowercased() {
                case "", "y", "yes": asked[k].answer = .solid
                case "n", "no":
                    let reopen = Prompt.read("  reopen it to learn it again? [y/N] ", context)?.trimmingSpaces.lowercased()
                    asked[k].answer = reopen == "y" || reopen == "yes" ? .shakyReopen : .shaky
                case "s", "skip": break
                case "q", "quit": break loop
                default:
                    Prompt.say("  Answer y (still solid), n (not), s (skip) or q (stop).", context)
                    continue
                }
                continue loop
            }
        }
    }

    /// `#3 Learn Go: due 2026-12-05 (2 days ago), every 16 days`.
    private static func describe(_ item: Asked, _ plan: Plan, today: CivilDate) -> String {
        let roadmap = plan.files[item.ref.file].roadmap
        var text = "\(plan.displayID(item.ref)) \(PlainText.of(roadmap.progressLabel(of: item.ref.goal))): "
        if let due = item.refresher.due {
            let late = due.days(until: today)
            text += "due \(due)" + (late > 0 ? " (\(late) day\(late == 1 ? "" : "s") ago)" : late == 0 ? " (today)" : "")
            text += ", every \(item.refresher.interval) day\(item.refresher.interval == 1 ? "" : "s")"
        } else {
            text += "never asked"
        }
        return text
    }

    /// Writes (or shows as a diff) what the answers change, then says it.
    private static func write(_ call: Invocation<Self>, _ asked: inout [Asked], _ plan: Plan, today: CivilDate) throws(CLIError) -> ExitCode {
        var edits = [[TextEdit]](repeating: [], count: plan.files.count)
        for item in asked {
            guard let answer = item.answer else { continue }
            edits[item.ref.file] += plan.files[item.ref.file].roadmap.recallEdits(item.ref.goal, answer, today: today)
        }
        let json = call.flag(.json)
        if call.flag(.dryRun) {
            call.context.writeDiff(UnifiedDiff.render(edits, in: plan))
            return .success
        }
        if !edits.allSatisfy(\.isEmpty) { try call.context.save(edits, in: plan, force: call.flag(.force)) }
        if json {
            render(json: asked, plan, today: today, call)
            return .success
        }
        for item in asked {
            let roadmap = plan.files[item.ref.file].roadmap
            let name = "\(plan.displayID(item.ref)) \(PlainText.of(roadmap.progressLabel(of: item.ref.goal)))"
            guard let answer = item.answer else { call.console.print("\(name): skipped"); continue }
            let next = roadmap.nextRecall(item.ref.goal, answer, today: today)
            switch answer {
            case .off: call.console.print("\(name): no more refreshers")
            case .solid: call.console.print("\(name): solid, next refresher \(next.map { "\($0) (in \(today.days(until: $0)) days)" } ?? "")")
            case .shaky: call.console.print("\(name): not solid, again tomorrow (\(next.map(\.description) ?? ""))")
            case .shakyReopen: call.console.print("\(name): not solid, reopened; again tomorrow (\(next.map(\.description) ?? ""))")
            }
        }
        return .success
    }

    /// `{"today": …, "refreshers": [{"id", "file", "line", "text", "due", "interval", "answer", "next"}]}`:
    /// `due` null for a goal never asked about, `answer` and `next` null when nothing was answered.
    private static func render(json asked: [Asked], _ plan: Plan, today: CivilDate, _ call: Invocation<Self>) {
        var json = call.console.jsonWriter()
        json.beginObject()
        json.string(today.description, key: "today")
        json.beginArray(key: "refreshers")
        for item in asked {
            let roadmap = plan.files[item.ref.file].roadmap
            json.beginObject()
            json.string(plan.displayID(item.ref), key: "id")
            json.string(plan.files[item.ref.file].path, key: "file")
            json.number(roadmap.goals[item.ref.goal].line, key: "line")
            json.string(roadmap.progressLabel(of: item.ref.goal), key: "text")
            json.string(item.refresher.due?.description, key: "due")
            json.number(item.refresher.interval, key: "interval")
            json.string(item.answer.map(words), key: "answer")
            json.string(item.answer.flatMap { roadmap.nextRecall(item.ref.goal, $0, today: today) }?.description, key: "next")
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.flush()
        call.console.print()
    }

    /// An answer as `--json` names it.
    private static func words(_ answer: RecallAnswer) -> String {
        switch answer {
        case .solid: "solid"
        case .shaky: "shaky"
        case .shakyReopen: "reopened"
        case .off: "off"
        }
    }
}
