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

    func today() throws(CLIError) -> CivilDate {
        if let text = arguments.value(.today) ?? environment.variable("ROADMAP_TODAY") {
            guard let date = CivilDate(iso: text) else {
                throw .usage("'\(text)' is not a date; --today and ROADMAP_TODAY take YYYY-MM-DD", command: commandName)
            }
            return date
        }
        return CivilDate.today()
    }

    /// A command to suggest, as the person would type it here: with the `-f` they gave (or the path
    /// they gave `status` or `diagram`), so that copying it works.
    func command(_ rest: String) -> String {
        let path = arguments.value(.file) ?? (["status", "diagram"].contains(commandName) ? arguments.positionals.first : nil)
        return "roadmap" + (path.map { " -f " + TrackingText.quoted($0) } ?? "") + " " + rest
    }

    /// The roadmap file: `explicit` (a command's own argument), else --file, else $ROADMAP_FILE,
    /// else career-roadmap.md or roadmap.md in the current directory or the nearest parent that
    /// has one. A directory named explicitly stands for its index (see `indexIfDirectory`).
    func roadmapPath(_ explicit: String? = nil) throws(CLIError) -> String {
        if let path = explicit ?? arguments.value(.file) ?? environment.variable("ROADMAP_FILE") { return try indexIfDirectory(path) }
        var directory = environment.currentDirectory
        var relative = ""
        while true {
            for name in RoadmapFileNames.searched {
                if FileSystem.exists(directory + "/" + name) && !FileSystem.isDirectory(directory + "/" + name) {
                    return relative + name
                }
            }
            if directory == "/" || directory.isEmpty { break }
            directory = FileSystem.parentDirectory(of: directory)
            relative += "../"
        }
        throw .failure("no roadmap found: looked for \(RoadmapFileNames.searched.joined(separator: " and ")) in \(environment.currentDirectory) and its parents; name one with -f PATH or ROADMAP_FILE, or start one here with 'roadmap init' ('roadmap templates' lists the roadmaps it can write)")
    }

    /// Reads and parses the roadmap.
    /// - Parameter tracking: also build the tracking model, in the same scan of the file.
    func load(_ explicit: String? = nil, tracking: Bool = false) throws(CLIError) -> LoadedRoadmap {
        let path = try roadmapPath(explicit)
        let fullPath = path.hasPrefix("/") ? path : environment.currentDirectory + "/" + path
        finishInterruptedChanges(of: fullPath, named: path)
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readWhenNotBeingWritten(fullPath)
        } catch {
            throw .failure(StorageError(path: path, message: error.message).description)
        }
        if let problem = TextFileCheck.problem(bytes, path: path) { throw .failure(StorageError(path: path, message: problem).description) }
        if tracking {
            let model = Tracking.parsing(bytes)
            return LoadedRoadmap(path: path, fullPath: fullPath, roadmap: model.roadmap, tracking: model)
        }
        return LoadedRoadmap(path: path, fullPath: fullPath, roadmap: Roadmap(parsing: bytes))
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

enum RoadmapFileNames {
    static let searched = ["career-roadmap.md", "roadmap.md"]
}

/// A roadmap with the path it was read from (as the person named it, and absolute).
struct LoadedRoadmap {
    let path: String
    let fullPath: String
    let roadmap: Roadmap
    /// Built with the roadmap when asked for (`load(tracking: true)`), else on demand.
    private let builtTracking: Tracking?

    init(path: String, fullPath: String, roadmap: Roadmap, tracking: Tracking? = nil) {
        self.path = path
        self.fullPath = fullPath
        self.roadmap = roadmap
        builtTracking = tracking
    }

    var tracking: Tracking { builtTracking ?? Tracking(roadmap) }
}
