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

    /// Colours only on a terminal, and never with --no-color, NO_COLOR or TERM=dumb; `--color`
    /// always or never says so outright.
    var usesColor: Bool {
        switch arguments.value("color") {
        case "always": return !arguments.flag("no-color")
        case "never": return false
        default:
            return environment.stdoutIsTerminal && !arguments.flag("no-color")
                && environment.variable("NO_COLOR") == nil && environment.variable("TERM") != "dumb"
        }
    }

    /// The columns lines are cut to: --width, else the terminal's, else $COLUMNS; in a pipe
    /// without either, nothing is cut (`roadmap list | grep` sees whole goals).
    var width: Int {
        if let given = arguments.value("width").flatMap({ Int($0) }) { return max(20, given) }
        let terminal = environment.stdoutIsTerminal ? environment.terminalWidth : nil
        if let columns = terminal ?? Int(environment.variable("COLUMNS") ?? "") { return max(20, columns) }
        return environment.stdoutIsTerminal ? 80 : Self.uncut
    }

    /// A width no real line reaches (a hostile megabyte-long goal is still cut): layouts that
    /// divide it cap what they take (see `StatusBars`).
    static let uncut = 4096

    func today() throws(CLIError) -> CivilDate {
        if let text = arguments.value("today") ?? environment.variable("ROADMAP_TODAY") {
            guard let date = CivilDate(iso: text) else {
                throw .usage("'\(text)' is not a date; --today and ROADMAP_TODAY take YYYY-MM-DD", command: commandName)
            }
            return date
        }
        return CivilDate.today()
    }

    /// The roadmap file: `explicit` (a command's own argument), else --file, else $ROADMAP_FILE,
    /// else career-roadmap.md or roadmap.md in the current directory or the nearest parent that
    /// has one. A directory named explicitly stands for its index (see `indexIfDirectory`).
    func roadmapPath(_ explicit: String? = nil) throws(CLIError) -> String {
        if let path = explicit ?? arguments.value("file") ?? environment.variable("ROADMAP_FILE") { return try indexIfDirectory(path) }
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
        throw .failure("no roadmap found: looked for \(RoadmapFileNames.searched.joined(separator: " and ")) in \(environment.currentDirectory) and its parents; name one with -f PATH or ROADMAP_FILE")
    }

    /// Reads and parses the roadmap.
    /// - Parameter tracking: also build the tracking model, in the same scan of the file.
    func load(_ explicit: String? = nil, tracking: Bool = false) throws(CLIError) -> LoadedRoadmap {
        let path = try roadmapPath(explicit)
        let fullPath = path.hasPrefix("/") ? path : environment.currentDirectory + "/" + path
        do {
            let bytes = try FileSystem.read(fullPath)
            if tracking {
                let model = Tracking.parsing(bytes)
                return LoadedRoadmap(path: path, fullPath: fullPath, roadmap: model.roadmap, tracking: model)
            }
            return LoadedRoadmap(path: path, fullPath: fullPath, roadmap: Roadmap(parsing: bytes))
        } catch {
            throw .failure(StorageError(path: path, message: error.message).description)
        }
    }

    /// Writes edits computed on a loaded roadmap: locked, re-read, atomically replaced, journalled
    /// (see `RoadmapStore.commit`). If the file changed since it was loaded, the edits are re-applied
    /// only where that is unambiguous (`Roadmap.replaying(_:onto:)`); otherwise nothing is written.
    func save(_ edits: [TextEdit], for loaded: LoadedRoadmap) throws(CLIError) {
        let goals = touchedGoals(edits, in: loaded.roadmap)
        try commit(edits, for: loaded, replaying: { loaded.roadmap.replaying(edits, onto: $0) }) { change in
            record(change, goals: goals, for: loaded)
        }
    }

    /// Writes whole new bytes for a loaded roadmap (as one edit: see `save(_:for:)` with edits).
    func save(_ bytes: [UInt8], for loaded: LoadedRoadmap) throws(CLIError) {
        try save(TextEdit.difference(from: loaded.roadmap.bytes, to: bytes), for: loaded)
    }

    /// `RoadmapStore.commit` with errors as one line naming the file as the person named it.
    func commit(_ edits: [TextEdit], for loaded: LoadedRoadmap, replaying: ([UInt8]) -> [TextEdit]?,
                whileLocked: (FileChange) -> Void) throws(CLIError) {
        do {
            _ = try RoadmapStore.commit(edits, computedOn: loaded.roadmap.bytes, to: loaded.fullPath,
                                        replaying: replaying, whileLocked: whileLocked)
        } catch {
            throw .failure(StorageError(path: loaded.path, message: error.message).description)
        }
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

/// Everything a command's `run` receives.
struct Invocation {
    let arguments: ParsedArguments
    let context: Context
    var console: Console { context.console }
}
