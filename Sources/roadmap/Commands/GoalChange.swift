import RoadmapKit

/// What check, uncheck, start, cancel and reopen share: finding the goals, refusing what is
/// unclear, writing the edits, saying what changed.
enum GoalChange {
    /// The goals to change; completion offers those not yet in `state`.
    static func queryArgument(setting state: GoalState) -> ArgumentSpec {
        ArgumentSpec(name: "query", help: "Goal ids (12, 3,5, 7-9, phase-1:4), or words from one goal's text", isVariadic: true,
                     kind: .goal(changingTo: state))
    }
    /// The options of uncheck, start and cancel; check adds its date's, reopen has no --force.
    enum Option: CommandOptions {
        case `in`, dryRun, force

        var spec: OptionSpec {
            switch self {
            case .in: OptionSpec(long: "in", value: "SECTION", help: "Only goals under headings containing this text", kind: .section)
            case .dryRun: OptionSpec.dryRun
            case .force: OptionSpec(long: "force", help: "Also change goals with a custom state like [>] or [?], and write a read-only file")
            }
        }
    }

    /// What the options of a change ask: `force` also changes a goal in a custom state and writes
    /// a read-only file; `fromAnyState` only the former.
    struct Request {
        var doneDate: CivilDate?
        var startDate: CivilDate? = nil
        var section: String?
        var dryRun: Bool
        var force = false
        var fromAnyState = false
        /// check without --date or --no-date: a goal whose ✅ date roadmap took off today gets it
        /// back (`DroppedDoneDates`).
        var restoresDroppedDates = false
    }

    /// uncheck, start and cancel. Today is taken first, as check takes its date: a bad --today
    /// fails before anything is read.
    static func run<C: Command>(_ call: Invocation<C>, to state: GoalState, verb: String) throws(CLIError) -> ExitCode
    where C.Option == Option {
        let request = Request(doneDate: try call.context.today(), section: call.value(.in), dryRun: call.flag(.dryRun),
                              force: call.flag(.force))
        return try run(call, to: state, verb: verb, request)
    }

    static func run<C: Command>(_ call: Invocation<C>, to state: GoalState, verb: String, _ request: Request) throws(CLIError) -> ExitCode {
        let args = call.arguments
        let date = request.doneDate
        let plan = try call.context.loadPlan()
        try call.context.refuseCutShort("in", request.section, in: plan)
        let changeable = { (ref: GoalRef) -> Bool in
            let current = plan.files[ref.file].roadmap.goals[ref.goal].state
            return current != state && (current != .other || request.force || request.fromAnyState)
        }
        let targets = try goals(args.positionals, command: C.spec.name, section: request.section, in: plan, call.context, changeable: changeable)
        let restored = request.restoresDroppedDates ? droppedDates(of: targets, in: plan, call.context) : [:]
        let change = plan.changing(targets, to: state, doneDate: date, doneDates: restored, today: try call.context.today(),
                                   startDate: request.startDate, fromAnyState: request.force || request.fromAnyState)
        for ref in change.already {
            call.console.print("\(plan.displayID(ref)) is already \(state.words): \(plan.files[ref.file].roadmap.text(of: ref.goal))")
        }
        if let ref = change.refused {
            let roadmap = plan.files[ref.file].roadmap
            let goal = roadmap.goals[ref.goal]
            throw .failure("\(plan.files[ref.file].path):\(goal.line): goal \(plan.displayID(ref)) has the custom state [\(roadmap.text(goal.markerRange))]; use --force to change it")
        }
        if let (ref, error) = change.unreadRecurrence {
            let roadmap = plan.files[ref.file].roadmap
            let rule = roadmap.taskDetails(of: ref.goal).recurrence ?? ""
            throw .failure("\(plan.files[ref.file].path):\(roadmap.goals[ref.goal].line): goal \(plan.displayID(ref)) repeats '\(VisibleControls.escaped(rule))', which roadmap cannot read: \(error.message); see docs/recurrence.md, or tick it by hand")
        }
        let changed = change.changed
        guard !changed.isEmpty else { return .success }
        if request.dryRun {
            call.context.writeDiff(UnifiedDiff.render(change.edits, in: plan))
            return .success
        }
        // A done goal started or cancelled loses its ✅ date (a stale id does it easily): said, with the way back.
        let dropped: [(GoalRef, CivilDate)] = state == .inProgress || state == .cancelled ? changed.compactMap { ref in
            let roadmap = plan.files[ref.file].roadmap
            guard roadmap.goals[ref.goal].state == .done, let date = roadmap.doneDate(of: ref.goal) else { return nil }
            return (ref, date)
        } : []
        try call.context.save(change.edits, in: plan, force: request.force)
        let tally = change.tally
        let style = Style(color: call.context.usesColor)
        for ref in changed {
            let text = plan.files[ref.file].roadmap.text(of: ref.goal, withoutDoneDate: true)
            call.console.print("\(verb) \(style.dim(plan.displayID(ref)))", cutting: PlainText.of(text), to: call.context.echoWidth)
            if let next = change.recurred.first(where: { $0.ref == ref })?.next {
                call.console.print(style.dim("  repeats" + (next.reference.map { ", next: \($0)" } ?? ": a new open goal above")))
            }
        }
        for ref in changed {
            guard let date = restored[ref] else { continue }
            call.console.print("\(plan.displayID(ref)) gets back ✅ \(date), the date roadmap took off it earlier today (to date it today: \(call.context.command("check \(plan.displayID(ref).hasPrefix("#") ? String(plan.displayID(ref).dropFirst()) : plan.displayID(ref)) --date today")))")
        }
        for (ref, date) in dropped {
            let id = plan.displayID(ref)
            call.console.print("\(id) was done on \(date); its ✅ date is gone (to put it back: \(call.context.command("check \(id.hasPrefix("#") ? String(id.dropFirst()) : id) --date \(date)")))")
        }
        for note in SubGoalNotes.after(changed, to: state, in: plan) { call.console.print(note) }
        call.console.print(style.dim("\(tally.done)/\(tally.counted) done (\(tally.percent)%)"))
        return .success
    }

    /// The ✅ dates roadmap's own changes took off `refs` earlier today, from the plan's journal
    /// (`DroppedDoneDates`); none when there is no journal to read.
    static func droppedDates(of refs: [GoalRef], in plan: Plan, _ context: Context) -> [GoalRef: CivilDate] {
        let files = plan.files.indices.map { context.session.loaded(plan, file: $0) }
        guard let journal = context.journal(for: files[0]), let entries = try? journal.entries(), !entries.isEmpty else { return [:] }
        let today = CivilDate.today()
        return DroppedDoneDates.find(refs, in: plan, paths: files.map { FileSystem.canonicalPath($0.fullPath) }, entries: entries,
                                     isToday: { CivilDate.local($0) == today })
    }

    /// Today, the `--date` given (backdating what was finished last week), or none with `--no-date`.
    static func doneDate(_ call: Invocation<CheckCommand>) throws(CLIError) -> CivilDate? {
        let spec = CheckCommand.spec
        if call.flag(.noDate) {
            if call.value(.date) != nil { throw .usage("--date and --no-date exclude each other", command: spec.name) }
            return nil
        }
        if let date = try call.date(.date) { return date }
        return try call.context.today()
    }

    /// The goals the typed words name, id lists and ranges written out (`GoalIDs.expanded`), as
    /// `Plan.goals(named:section:)` resolves them; its error with candidates.
    /// - Parameter changeable: the goals the command can change, which alone count when words fit several.
    static func goals(_ words: [String], command: String, section: String?, in plan: Plan, _ context: Context,
                      changeable: ((GoalRef) -> Bool)? = nil) throws(CLIError) -> [GoalRef] {
        let expanded: [String]
        do { expanded = try GoalIDs.expanded(words) } catch { throw .usage(error.message, command: command) }
        do {
            return try plan.goals(named: expanded, section: section, changeable: changeable)
        } catch {
            throw failure(error, in: plan, context)
        }
    }

    /// A query's error as the command line shows it: the message, then the candidates.
    static func failure(_ error: GoalQueryError, in plan: Plan, _ context: Context) -> CLIError {
        let message = error.message(in: plan, listCommand: context.command("list"))
        let shown = error.candidates.prefix(20).map { GoalLine.candidate($0, plan) }
        switch error {
        case let .ambiguous(_, refs):
            return .failure(message, details: shown + (refs.count > 20 ? ["  … and \(refs.count - 20) more"] : []))
        case .noMatch:
            return .failure(message, details: shown.isEmpty ? [] : ["Closest goals:"] + shown)
        default:
            return .failure(message)
        }
    }
}

extension GoalState {
    /// As a sentence says it: `#4 is already in progress`.
    var words: String {
        switch self {
        case .open: return "open"
        case .done: return "done"
        case .inProgress: return "in progress"
        case .cancelled: return "cancelled"
        case .other: return "in a custom state"
        }
    }
}
