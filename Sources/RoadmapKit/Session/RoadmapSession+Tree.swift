import Dispatch

/// A notes folder read as one roadmap (`--tree`): the walk (`TreeWalk`, what `TreeFilter`
/// chooses), every file read and parsed on all cores, and the plan of them (`Plan(tree:)`).
/// A file that cannot be read, is binary, or vanishes during the walk is passed over with a note,
/// never an error for the whole tree.
public struct LoadedTree: Sendable {
    /// The tree as a plan: folders, then files, then headings.
    public let plan: Plan
    /// What was passed over, and why (`path: reason`), in walk order: for stderr.
    public let notes: [StorageError]
}

/// Which entries a tree reads beyond ripgrep's defaults.
public struct TreeOptions: Sendable {
    /// `--hidden`: also names that start with a dot.
    public let includesHidden: Bool
    /// `--no-ignore`: also what `.gitignore`, `.ignore` and the `node_modules` rule exclude.
    public let ignoresRules: Bool

    /// The options as given.
    public init(includesHidden: Bool = false, ignoresRules: Bool = false) {
        self.includesHidden = includesHidden
        self.ignoresRules = ignoresRules
    }
}

extension RoadmapSession {
    /// The tree of markdown files below `folder` (the current one when nil), as one plan.
    /// - Parameters:
    ///   - tracking: also build each file's tracking model.
    ///   - goalsAndHeadingsOnly: with `tracking`, keep of each file whose model has no fields,
    ///     choices, metric tables, bold titles or checkpoints only its headings' titles and its
    ///     goals' lines (`Tracking.keepingGoalsAndHeadings`), its other bytes dropped as soon as it
    ///     is parsed: for a report that reads nothing else and writes nothing (`status`). A tree of
    ///     20,000 notes held 34 MB of bytes that `status` never reads (issue 28).
    ///   - open: the text an editor holds for a full path, read instead of the file (a language
    ///     server's open buffers win); which files are read is the walk's choice all the same.
    public func loadTree(_ folder: String?, options: TreeOptions = TreeOptions(), tracking: Bool = false,
                         goalsAndHeadingsOnly: Bool = false,
                         open: (String) -> [UInt8]? = { _ in nil }) throws(SessionError) -> LoadedTree {
        var folder = folder ?? "."
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        guard FileSystem.isDirectory(fullPath(folder)) else {
            throw SessionError("\(folder): --tree reads a folder, and this is not one (name one with -f FOLDER, or leave out --tree to read the file)")
        }
        let top = fullPath(folder)
        let listing = TreeWalk.files(in: top, filter: TreeFilter(includesHidden: options.includesHidden, ignoresRules: options.ignoresRules))
        var notes = listing.notes.map { StorageError(path: shown($0.path, top: top, folder: folder), message: $0.message) }
        var wanted: [TreeWalk.File] = []
        for file in listing.files {
            if file.relativePath.unicodeScalars.contains(where: \.isControlCharacter) {
                notes.append(StorageError(path: file.relativePath, message: "has a control character in its name; passed over"))
            } else {
                wanted.append(file)
            }
        }
        let prefix = folder == "." ? "" : folder + "/"
        let fullPaths = wanted.map { top + "/" + $0.relativePath }
        let read = Self.readTree(wanted.map { prefix + $0.relativePath }, fullPaths: fullPaths, given: fullPaths.map(open), tracking: tracking,
                                 goalsAndHeadingsOnly: goalsAndHeadingsOnly)
        var files: [Plan.TreeFile] = []
        files.reserveCapacity(wanted.count)
        // By index: an outcome taken as a value would retain and release every array of its models.
        for index in read.indices {
            switch read[index] {
            case let .success(parsed):
                let file = wanted[index]
                files.append(Plan.TreeFile(path: prefix + file.relativePath, relativePath: file.relativePath, folders: file.folders,
                                           roadmap: parsed.roadmap, tracking: parsed.tracking))
            case let .failure(error):
                notes.append(error)
            }
        }
        let title = FileSystem.baseName(of: FileSystem.canonicalPath(top) ?? top)
        return LoadedTree(plan: Plan(tree: title, path: folder + "/", files: files), notes: notes)
    }

    /// A path under `top` as the person would type it from `folder`.
    private func shown(_ path: String, top: String, folder: String) -> String {
        guard path.hasPrefix(top) else { return path }
        let rest = path.dropFirst(top.count).drop { $0 == "/" }
        return folder == "." ? (rest.isEmpty ? "." : String(rest)) : folder + (rest.isEmpty ? "" : "/" + rest)
    }

    /// A file read and parsed, or why not.
    typealias ParsedFile = Result<(roadmap: Roadmap, tracking: Tracking?), StorageError>

    /// Reads and parses `fullPaths` on every core (each file alone, so the order of the results is
    /// the order of the paths whatever the scheduling); errors name `paths`. A file whose bytes
    /// are `given` is not read; `goalsAndHeadingsOnly` as `loadTree` takes it.
    static func readTree(_ paths: [String], fullPaths: [String], given: [[UInt8]?] = [], tracking: Bool,
                         goalsAndHeadingsOnly: Bool = false) -> [ParsedFile] {
        let count = paths.count
        guard count > 0 else { return [] }
        let results = Slots(UnsafeMutableBufferPointer<ParsedFile>.allocate(capacity: count))
        // Chunks of files, several per core, so a core that drew large files does not hold up the rest.
        let chunk = max(1, min(64, count / 64))
        let chunks = (count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for index in c * chunk ..< min(count, (c + 1) * chunk) {
                (results.buffer.baseAddress! + index).initialize(to: parse(paths[index], fullPaths[index], given: index < given.count ? given[index] : nil, tracking: tracking,
                                                                                  goalsAndHeadingsOnly: goalsAndHeadingsOnly))
            }
        }
        // Moved out, not copied: a copy would retain and release every array of every model.
        defer { results.buffer.deallocate() }
        return [ParsedFile](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = buffer.moveInitialize(fromContentsOf: results.buffer)
            initialized = count
        }
    }

    /// The results' storage, written by the workers: each slot by exactly one, none read until all
    /// are done (`concurrentPerform` returns), so sharing it is safe.
    private struct Slots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<ParsedFile>
        init(_ buffer: UnsafeMutableBufferPointer<ParsedFile>) { self.buffer = buffer }
    }

    private static func parse(_ path: String, _ fullPath: String, given: [UInt8]?, tracking: Bool, goalsAndHeadingsOnly: Bool) -> ParsedFile {
        let bytes: [UInt8]
        if let given {
            bytes = given
        } else {
            do {
                bytes = try TreeWalk.read(fullPath)
            } catch {
                return .failure(StorageError(path: path, message: error.message + "; passed over"))
            }
        }
        if let problem = TextFileCheck.problem(bytes, path: path) {
            return .failure(StorageError(path: path, message: problem + "; passed over"))
        }
        if tracking {
            let model = Tracking.parsing(bytes)
            // Here, in the worker: the file's whole bytes and model are released before the next file.
            if goalsAndHeadingsOnly, let kept = model.keepingGoalsAndHeadings() { return .success((kept.roadmap, kept)) }
            return .success((model.roadmap, model))
        }
        return .success((Roadmap(parsing: bytes), nil))
    }
}
