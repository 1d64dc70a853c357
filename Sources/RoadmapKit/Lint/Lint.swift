/// What `roadmap lint` reports: problems in a roadmap file a person would want to fix, each on
/// one line. Every check is its own small type; `Lint` runs them all over one parse of the file.
/// Nothing here writes; the mojibake findings' edits (`MojibakeLines.fixes`) are the only edits,
/// and only when asked for.
public struct LintFinding: Equatable, Sendable {
    /// What a finding is about; its raw value names it in `--json`.
    public enum Kind: String, Sendable {
        case almostTask, doubleTick, doneWithOpenSubGoals, openWithSubGoalsDone, noDoneDate, futureDoneDate, badDueDate,
             badRecallDate, checkpointDateBlank, duplicateGoal, missingLink, mojibake
        /// Found over the whole plan (`Lint.planFindings`), not in one file.
        case danglingDependency, duplicateTaskID, dependencyCycle, unreadRecurrence, linkOutOfPlan
    }

    /// The 1-based line the finding is on.
    public let line: Int
    /// Which check found it.
    public let kind: Kind
    /// What is wrong, and what to do about it, in one line.
    public let message: String
    /// The edits that repair it, when the repair is certain (an almost-task's missing space, a
    /// line's mojibake); empty when only the person can decide. `lint` prints the message; the
    /// language server offers these as the finding's quick fix.
    public var fix: [TextEdit] = []
    /// When the message names another line (a duplicate names the first goal), what comes
    /// before that line's number, and the number: so `LintChunks` can move the finding.
    var reference: LineReference? = nil

    struct LineReference: Equatable, Sendable {
        let prefix: String
        let line: Int
    }

    /// The same finding `lines` lines and `bytes` bytes further on: any line its message names,
    /// and its fix, move with it.
    func moved(lines: Int, bytes: Int) -> LintFinding {
        guard lines != 0 || bytes != 0 else { return self }
        let movedReference = reference.map { LineReference(prefix: $0.prefix, line: $0.line + lines) }
        let movedFix = bytes == 0 ? fix : fix.map {
            TextEdit(range: ($0.range.lowerBound + bytes)..<($0.range.upperBound + bytes), replacement: $0.replacement)
        }
        return LintFinding(line: line + lines, kind: kind, message: movedReference.map { $0.prefix + String($0.line) } ?? message,
                           fix: movedFix, reference: movedReference)
    }
}

/// A file as the checks see it: its bytes parsed once with every line's block facts, and its
/// tracking model. (The two checks that need the schedule, `DoneDates` and `CheckpointDates`, are
/// given it: the checks run by chunk need none, and building one per chunk was wasted.)
struct LintInput {
    let roadmap: Roadmap
    let tracking: Tracking
    /// Whether a path relative to the file's directory names something that exists.
    let exists: (String) -> Bool
    /// The lines that are text (not code, HTML or blank), with their facts.
    let textLines: [LineFacts]

    init(roadmap: Roadmap, tracking: Tracking, exists: @escaping (String) -> Bool) {
        self.roadmap = roadmap
        self.tracking = tracking
        self.exists = exists
        textLines = roadmap.lineFacts.filter { $0.role == .paragraph || $0.role == .heading }
    }

    /// A goal's text, plain, shortened for a message.
    func quoted(goal: Int) -> String {
        let text = PlainText.of(roadmap.text(of: goal, withoutDoneDate: true))
        return "'" + (text.count > 60 ? String(text.prefix(59)) + "…" : text) + "'"
    }
}

/// The checks `roadmap lint` runs, over one file or a plan.
public enum Lint {
    /// Every finding in one file, by line.
    /// - Parameters:
    ///   - fallbackStart: the plan's start, for a linked file without one of its own.
    ///   - path: the file's path, whose directory link targets are relative to.
    ///   - exists: whether a path (a target joined to that directory) exists.
    public static func findings(_ bytes: [UInt8], today: CivilDate, fallbackStart: CivilDate? = nil,
                                path: String = "", exists: (String) -> Bool) -> [LintFinding] {
        let roadmap = Roadmap(parsing: bytes, keepingLineFacts: true)
        let tracking = Tracking(roadmap)
        let schedule = Schedule(tracking, today: today, fallbackStart: fallbackStart)
        return findings(tracking, schedule: schedule, path: path, exists: exists)
    }

    /// The findings of the checks that look at one list, group or line at a time (every check
    /// but the whole-file ones, `wholeFileKinds`), over a text already parsed with its line facts
    /// (`Roadmap(parsing:keepingLineFacts:)`): what `findings` gives for the same bytes, less the
    /// whole-file kinds. `LintChunks` lints the stretches the language server's parse read.
    static func chunkFindings(_ tracking: Tracking, path: String, exists: (String) -> Bool) -> [LintFinding] {
        findings(tracking, schedule: nil, path: path, exists: exists)
    }

    /// The checks over a parsed text, in their order; the whole-file checks only with a schedule.
    private static func findings(_ tracking: Tracking, schedule: Schedule?, path: String,
                                 exists: (String) -> Bool) -> [LintFinding] {
        withoutActuallyEscaping(exists) { exists in
            let directory = RelativePath.directory(of: path)
            // A plan links the same few files from thousands of lines: each target is joined to
            // the directory and looked up once a run (joining was half of MissingLinks' time).
            var known: [String: Bool] = [:]
            let input = LintInput(roadmap: tracking.roadmap, tracking: tracking, exists: { target in
                if let found = known[target] { return found }
                let found = exists(RelativePath.join(directory, target))
                known[target] = found
                return found
            })
            var found: [LintFinding] = []
            found += AlmostTasks.findings(input)
            found += DoubleTicks.findings(input)
            found += SubGoalStates.findings(input)
            if let schedule { found += DoneDates.findings(input, today: schedule.today) }
            found += DueDates.findings(input)
            found += RecallDates.findings(input)
            if let schedule { found += CheckpointDates.findings(input, schedule: schedule) }
            found += DuplicateGoals.findings(input)
            found += MissingLinks.findings(input)
            found += MojibakeLines.findings(input)
            return found.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        }
    }
}
