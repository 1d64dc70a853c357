/// Where a front end finds and reads a roadmap: which file (discovery), the file itself, and the
/// plan of the files its goals link, with the rules that keep links from leading out of the
/// plan's folder. The command line and the language server both go through it, so a roadmap is
/// found and a link followed the same way in a terminal and in an editor.
///
/// It lives in RoadmapKit, not RoadmapStorage, though it needs only Storage and Core today: it is
/// the front ends' one entry point, and its next steps (queries, edits, the journal, history)
/// use the features that live here.
///
/// It prints nothing and reads no process state: the current directory and the environment are
/// given, warnings come back as values (`Plan.warnings`), errors as `SessionError` lines.
public struct RoadmapSession {
    /// The directory relative paths are taken from (absolute).
    public let currentDirectory: String
    /// The value of an environment variable that is set and not empty, else nil.
    public let variable: (String) -> String?

    /// A session in `currentDirectory`, reading variables through `variable` (a test passes a
    /// dictionary's lookup; a front end, the process's).
    public init(currentDirectory: String, variable: @escaping (String) -> String?) {
        self.currentDirectory = currentDirectory
        self.variable = variable
    }

    /// The names discovery looks for, in each directory from the current one up.
    public static let discoveryNames = ["career-roadmap.md", "roadmap.md"]

    /// Index names tried in a directory, in order: the discovery names first, then the names a
    /// guide usually has on GitHub.
    public static let directoryIndexNames = discoveryNames + ["index.md", "README.md"]

    /// How many folders up an index that links the root is looked for (`inheritedStart`).
    public static let indexSearchDepth = 3

    /// `path` from the root of the file system: as it is when absolute, else from the current directory.
    public func fullPath(_ path: String) -> String {
        path.hasPrefix("/") ? path : currentDirectory + "/" + path
    }

    /// The roadmap file: `explicit` (a path the person gave), else $ROADMAP_FILE, else
    /// career-roadmap.md or roadmap.md in the current directory or the nearest parent that has
    /// one (as `../roadmap.md`). A directory named stands for its index (`indexIfDirectory`).
    public func roadmapPath(_ explicit: String? = nil) throws(SessionError) -> String {
        if let path = explicit ?? variable("ROADMAP_FILE") { return try indexIfDirectory(path) }
        var directory = currentDirectory
        var relative = ""
        while true {
            for name in Self.discoveryNames {
                if FileSystem.exists(directory + "/" + name) && !FileSystem.isDirectory(directory + "/" + name) {
                    return relative + name
                }
            }
            if directory == "/" || directory.isEmpty { break }
            directory = FileSystem.parentDirectory(of: directory)
            relative += "../"
        }
        throw SessionError("no roadmap found: looked for \(Self.discoveryNames.joined(separator: " and ")) in \(currentDirectory) and its parents; name one with -f PATH or ROADMAP_FILE, or start one here with 'roadmap init' ('roadmap templates' lists the roadmaps it can write)")
    }

    /// `path` itself, or the index inside it when it is a directory.
    public func indexIfDirectory(_ path: String) throws(SessionError) -> String {
        guard FileSystem.isDirectory(fullPath(path)) else { return path }
        let directory = path.hasSuffix("/") ? String(path.dropLast()) : path
        for name in Self.directoryIndexNames where FileSystem.exists(fullPath(directory + "/" + name)) {
            return directory == "." ? name : directory + "/" + name
        }
        throw SessionError("\(path): is a directory with no roadmap in it (looked for \(Self.directoryIndexNames.joined(separator: ", "))); add --tree to read every markdown file below it as one roadmap")
    }

    /// Reads and parses the roadmap at `path` (as `roadmapPath` gave it), waiting out a writer
    /// that holds the file; refused when it is not text (`TextFileCheck`).
    /// - Parameter tracking: also build the tracking model, in the same scan of the file.
    public func read(_ path: String, tracking: Bool = false) throws(SessionError) -> LoadedRoadmap {
        let fullPath = fullPath(path)
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readWhenNotBeingWritten(fullPath)
        } catch {
            throw SessionError(StorageError(path: path, message: error.message).description)
        }
        if let problem = TextFileCheck.problem(bytes, path: path) { throw SessionError(StorageError(path: path, message: problem).description) }
        if tracking {
            let model = Tracking.parsing(bytes)
            return LoadedRoadmap(path: path, fullPath: fullPath, roadmap: model.roadmap, tracking: model)
        }
        return LoadedRoadmap(path: path, fullPath: fullPath, roadmap: Roadmap(parsing: bytes))
    }

    /// The roadmap and the files its goals link, as one plan (`roadmapPath`, `read`, `plan(for:)`).
    public func loadPlan(_ explicit: String? = nil, tracking: Bool = false) throws(SessionError) -> Plan {
        plan(for: try read(try roadmapPath(explicit), tracking: tracking), tracking: tracking)
    }
}
