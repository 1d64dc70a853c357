import RoadmapKit

/// What every command shares: the console, the environment, and the global options resolved
/// (which file, which day, whether to colour).
struct Context {
    let console: Console
    let environment: Environment
    let arguments: ParsedArguments
    let commandName: String
    /// The arguments as given, for the journal.
    var commandLine: [String] = []
    /// Set by the command (`Command.finishesInterruptedChanges`): its reads first finish a change
    /// a kill left in the journal.
    var finishesInterruptedChanges = false

    /// Colours only on a terminal, and never with --no-color, NO_COLOR or TERM=dumb; `--color`
    /// always or never says so outright.
    var usesColor: Bool {
        switch arguments.value(.color) {
        case "always": return !arguments.flag(.noColor)
        case "never": return false
        default:
            return environment.stdoutIsTerminal && !arguments.flag(.noColor)
                && environment.variable("NO_COLOR") == nil && environment.variable("TERM") != "dumb"
        }
    }

    /// The columns lines are cut to: --width, else the terminal's, else $COLUMNS; in a pipe
    /// without either, nothing is cut (`roadmap list | grep` sees whole goals).
    var width: Int {
        if let given = arguments.value(.width).flatMap({ Int($0) }) { return max(20, given) }
        let terminal = environment.stdoutIsTerminal ? environment.terminalWidth : nil
        if let columns = terminal ?? Int(environment.variable("COLUMNS") ?? "") { return max(20, columns) }
        return environment.stdoutIsTerminal ? 80 : Self.uncut
    }

    /// A width no real line reaches (a hostile megabyte-long goal is still cut): layouts that
    /// divide it cap what they take (see `StatusBars`).
    static let uncut = 4096

    /// The width a chart is drawn to: `width`, or 80 columns where nothing is cut (a chart has to
    /// be some width; a pipe gets the terminal's classic one).
    var chartWidth: Int { width == Self.uncut ? 80 : width }

    /// --today, else $ROADMAP_TODAY, else the clock's; either may be relative (`tomorrow`,
    /// `+1w`): --today to $ROADMAP_TODAY or the clock, $ROADMAP_TODAY to the clock.
    func today() throws(CLIError) -> CivilDate {
        var today = CivilDate.today()
        for text in [environment.variable("ROADMAP_TODAY"), arguments.value(.today)] {
            guard let text else { continue }
            guard let date = DateExpression.date(text, today: today) else {
                throw .usage("'\(text)' is not a date; --today and ROADMAP_TODAY take \(DateExpression.hint)", command: commandName)
            }
            today = date
        }
        return today
    }

    /// `text`, a date the person typed for `option`, absolute or relative to today; a relative
    /// one is echoed on stderr as the absolute date used (`--due +3d: 2026-11-25`).
    func date(_ text: String, option: String) throws(CLIError) -> CivilDate {
        guard let date = DateExpression.date(text, today: try today()) else {
            throw .usage("'\(text)' is not a date; \(option) takes \(DateExpression.hint)", command: commandName)
        }
        echo(text, option: option, as: date)
        return date
    }

    /// Says on stderr which day a relative date was (nothing for one written out).
    func echo(_ text: String, option: String, as date: CivilDate) {
        if CivilDate(iso: text.trimmingSpaces) == nil { console.printError("\(option) \(text): \(date)") }
    }

    /// Echoes a relative --today once, as the date every part of the command takes as today.
    func echoRelativeToday() {
        if let text = arguments.value(.today), let date = try? today() { echo(text, option: "--today", as: date) }
    }

    /// A command to suggest, as the person would type it here: with the `-f` they gave (or the path
    /// they gave `status` or `diagram`), so that copying it works.
    func command(_ rest: String) -> String {
        let path = arguments.value(.file) ?? (["status", "diagram"].contains(commandName) ? arguments.positionals.first : nil)
        return "roadmap" + (path.map { " -f " + TrackingText.quoted($0) } ?? "") + " " + rest
    }

    /// The roadmap file: `explicit` (a command's own argument), else --file, else the session's
    /// discovery ($ROADMAP_FILE, else career-roadmap.md or roadmap.md here or in the nearest parent).
    func roadmapPath(_ explicit: String? = nil) throws(CLIError) -> String {
        do { return try session.roadmapPath(explicit ?? arguments.value(.file)) } catch { throw .failure(error.message) }
    }

    /// Reads and parses the roadmap, first finishing a change a kill left in its journal (when the
    /// command does that).
    /// - Parameter tracking: also build the tracking model, in the same scan of the file.
    func load(_ explicit: String? = nil, tracking: Bool = false) throws(CLIError) -> LoadedRoadmap {
        // A tree's own file is its folder: what `undo` and `log` ask for is its journal.
        if readsTree { return treeRoot(explicit) }
        let session = session
        let path = try roadmapPath(explicit)
        finishInterruptedChanges(of: session.fullPath(path), named: path)
        do { return try session.read(path, tracking: tracking) } catch { throw .failure(error.message) }
    }

    /// Writes edits computed on a loaded roadmap: locked, re-read, atomically replaced, journalled
    /// (see `save(_:goals:)` for several files, in Journaling.swift).
    func save(_ edits: [TextEdit], for loaded: LoadedRoadmap) throws(CLIError) {
        try save([(loaded, edits)])
    }

    /// Writes the edits of each file of a plan (by file; files without edits are not touched) as
    /// one change: all locked and checked before any is replaced, one entry in the root's journal,
    /// undone as one.
    /// - Parameter force: `--force`, where the command has it: also write read-only files.
    func save(_ edits: [[TextEdit]], in plan: Plan, force: Bool = false) throws(CLIError) {
        let files = edits.enumerated().filter { !$0.element.isEmpty }.map { (loaded: loaded(plan, file: $0.offset), edits: $0.element) }
        try save(files, journalOwner: loaded(plan, file: 0), force: force)
    }

    /// Writes whole new bytes for a loaded roadmap (as one edit: see `save(_:for:)` with edits).
    func save(_ bytes: [UInt8], for loaded: LoadedRoadmap) throws(CLIError) {
        try save(TextEdit.difference(from: loaded.roadmap.bytes, to: bytes), for: loaded)
    }
}
