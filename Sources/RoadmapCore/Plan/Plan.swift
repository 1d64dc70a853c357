/// A roadmap split across files: a root roadmap whose goals link to local markdown files
/// (`- [ ] [Phase 1](phase-1.md)`), and those files, recursively. Each linked file's goals roll up
/// under the goal that links it and that goal's section, so one picture covers the whole plan.
///
/// A file is included once: a second link to it (a cycle back to the index, or two goals naming
/// the same guide) is a plain goal. Links that point nowhere become warnings, never errors.
/// Every `Roadmap` stays what it is; the plan only adds the graph and the rolled-up totals.
public struct Plan: Sendable {
    /// One file of the plan: where it is, what its ids start with, its parsed roadmap, the goal
    /// that links it and its tracking model.
    public struct File: Sendable {
        /// As the person would type it from where they are: the root's path joined with the links.
        public let path: String
        /// What goal ids in this file start with: the path below the root's directory, without
        /// `.md` (`phase-1-foundation`, `guides/setup`).
        public let key: String
        /// The file's parsed roadmap.
        public let roadmap: Roadmap
        /// The goal that links this file; nil for the root.
        package let linkedFrom: GoalRef?
        /// In a tree (`Plan(tree:)`), the root's section (its folder) the file sits in and the
        /// root's line that stands for it; nil otherwise.
        package var placement: (section: Int, line: Int)? = nil
        /// The root's section (its folder) a tree's file sits in.
        package var placedIn: Int? { placement?.section }
        /// Fields, choices, metrics and checkpoints, when the plan was read with them.
        public let tracking: Tracking?
    }

    /// A file as the reader found it: its bytes, and what makes it the same file when reached by
    /// another path (device and inode from the file system; tests may use the path itself).
    public struct Source: Sendable {
        /// The file's bytes.
        public let bytes: [UInt8]
        /// What makes two paths the same file (device and inode), so a file linked twice is read once.
        public let identity: String
        /// A file read, with its identity.
        public init(bytes: [UInt8], identity: String) {
            self.bytes = bytes
            self.identity = identity
        }
    }

    /// A link that points nowhere: `README.md:12: …`.
    public struct Warning: Sendable, CustomStringConvertible {
        /// The path of the file the link is in.
        public let path: String
        /// The link's 1-based line.
        public let line: Int
        /// Why the link was not followed.
        public let message: String
        /// The plan's file the link is in.
        public var file = 0
        /// Whether the plan's rules refused the link (it leaves the folder of the plan's root, or
        /// its name holds a control character), rather than its file failing to be read (missing,
        /// binary): `lint` names refused links, and finds missing ones on its own.
        public var refused = false
        /// `path:line: message`, as compilers write it.
        public var description: String { "\(path):\(line): \(message)" }
    }

    /// The root first, then linked files in the order a reader meets them (depth first).
    public let files: [File]
    /// Links not followed (missing files, links out of the plan's folder), in reading order.
    public let warnings: [Warning]
    /// Which file each linking goal includes.
    let linked: [GoalRef: Int]
    /// Per file, per section: its goals plus those of every file linked from inside it; empty
    /// for a file that links none, whose sections' own totals are that already (a tree's 20,000
    /// files each held a copy of their sections' tallies, 64 bytes a section: issue 28).
    let rolled: [[Tally]]

    /// - Parameters:
    ///   - path: the root's path as the person named it; linked paths are joined to its directory.
    ///   - tracking: the root's tracking model; given, every linked file is read with its own.
    ///   - identity: what identifies the root file (as `Source.identity` does for the others).
    ///   - reading: the file at a path, or why not. Only paths inside the root's folder tree are
    ///     asked for; the reader refuses what resolves outside it (a symbolic link out, say).
    public init(root: Roadmap, path: String, tracking: Tracking? = nil, identity: String? = nil,
                reading: (String) -> Result<Source, StorageError>) {
        var files = [File(path: path, key: RelativePath.stem(RelativePath.baseName(of: path)), roadmap: root, linkedFrom: nil, tracking: tracking)]
        var warnings: [Warning] = []
        var linked: [GoalRef: Int] = [:]
        // Files by identity, so a file reached by two paths (or through a symlink loop) is read once.
        var seen: Set<String> = [identity ?? RelativePath.normalized(path)]
        var seenPaths: Set<String> = [RelativePath.normalized(path)]
        let rootDirectory = RelativePath.directory(of: RelativePath.normalized(path))
        // Depth first with an explicit stack, so a long chain of guides cannot exhaust the call stack.
        var stack = [(file: 0, goal: 0)]
        while let (file, start) = stack.popLast() {
            let roadmap = files[file].roadmap
            var goal = start
            scanning: while goal < roadmap.goals.count {
                let ref = GoalRef(file: file, goal: goal)
                goal += 1
                guard let target = roadmap.localLinkTarget(ofGoal: ref.goal) else { continue }
                let linkedPath = RelativePath.join(RelativePath.directory(of: files[file].path), target)
                let normalized = RelativePath.normalized(linkedPath)
                guard !seenPaths.contains(normalized) else { continue }
                seenPaths.insert(normalized)
                if let refusal = Plan.refusal(of: target, normalized, below: rootDirectory) {
                    warnings.append(Warning(path: files[file].path, line: roadmap.goals[ref.goal].line, message: refusal, file: file, refused: true))
                    continue
                }
                switch reading(linkedPath) {
                case let .success(source):
                    guard !seen.contains(source.identity) else { continue }
                    seen.insert(source.identity)
                    linked[ref] = files.count
                    let key = RelativePath.stem(RelativePath.below(rootDirectory, normalized))
                    let parsed = tracking == nil ? nil : Tracking.parsing(source.bytes)
                    files.append(File(path: linkedPath, key: key, roadmap: parsed?.roadmap ?? Roadmap(parsing: source.bytes),
                                      linkedFrom: ref, tracking: parsed))
                    // Read the linked file now, then come back for the rest of this one.
                    stack.append((file, goal))
                    stack.append((files.count - 1, 0))
                    break scanning
                case let .failure(error):
                    warnings.append(Warning(path: files[file].path, line: roadmap.goals[ref.goal].line,
                                            message: "link to '\(target)' points nowhere (\(error.message))", file: file))
                }
            }
        }
        self.files = files
        self.warnings = warnings
        self.linked = linked
        self.rolled = Plan.rollUp(files, linked)
    }

    /// Reads linked files from bytes alone, each identified by its normalised path.
    public init(root: Roadmap, path: String, tracking: Tracking? = nil, reading: (String) -> Result<[UInt8], StorageError>) {
        self.init(root: root, path: path, tracking: tracking) { path in
            reading(path).map { Source(bytes: $0, identity: RelativePath.normalized(path)) }
        }
    }

    /// One file on its own: links are not followed.
    public init(single roadmap: Roadmap, path: String, tracking: Tracking? = nil) {
        files = [File(path: path, key: RelativePath.stem(RelativePath.baseName(of: path)), roadmap: roadmap, linkedFrom: nil, tracking: tracking)]
        warnings = []
        linked = [:]
        rolled = [[]]
    }

    /// Why a link is not followed, if it is not: it leaves the index's folder tree, or its name
    /// holds a control character (`isControlCharacter`: C0, DEL, C1), which no file name should
    /// (a NUL would cut the name short in the C library, so `todo.txt%00.md` would open `todo.txt`).
    static func refusal(of target: String, _ normalized: String, below rootDirectory: String) -> String? {
        if target.unicodeScalars.contains(where: \.isControlCharacter) {
            return "link to '\(target)' has a control character in its name; not followed"
        }
        // Compared by components: with the root in `..`, `../../x.md` starts with `../` too.
        let root = rootDirectory.split(separator: "/").filter { $0 != "." }
        let parts = normalized.split(separator: "/")
        let inside = normalized.hasPrefix("/") == rootDirectory.hasPrefix("/") && parts.count > root.count && Array(parts.prefix(root.count)) == root
            && !parts.dropFirst(root.count).contains("..")
        return inside ? nil : "link to '\(target)' leaves the plan's folder; not followed"
    }

    /// Each file's own tallies, rolled up the plan by `rollUpFiles` (files come after the file
    /// that links or holds them, so one backward pass adds each file's total where it counts).
    static func rollUp(_ files: [File], _ linked: [GoalRef: Int]) -> [[Tally]] {
        // Only the files that hold more than their own goals get an array: the root of a tree
        // (its folders) and each file that links another; every other file's is empty.
        let own = { (file: Int) in files[file].roadmap.sections.map(\.goals) }
        var rolled = [[Tally]](repeating: [], count: files.count)
        if !files.isEmpty { rolled[0] = own(0) }
        rollUpFiles(files, &rolled, materialize: own,
                    total: { rolled, file in rolledTally(rolled, files, file: file, section: 0) }, add: { $0 += $1 })
        return rolled
    }

    /// The one rule by which a file's total counts in the plan, for goals (`Tally`) and hours
    /// alike: added into the section that holds the file (a tree's file: its folder's section of
    /// the made index; a linked file: the section of the goal linking it) and every section above
    /// that, deepest files first, so a file's total already holds the files below it.
    /// `rolled[f]` empty stands for file f's own values, made by `materialize` once something is
    /// added to it; `total` nil adds nothing.
    static func rollUpFiles<Value>(_ files: [File], _ rolled: inout [[Value]], materialize: (Int) -> [Value],
                                   total: ([[Value]], Int) -> Value?, add: (inout Value, Value) -> Void) {
        // By index: a file taken as a value retains every array of its models (20,000 in a tree).
        for index in files.indices.dropFirst().reversed() {
            let holder: (file: Int, section: Int)
            if let folder = files[index].placedIn {
                holder = (0, folder)
            } else if let ref = files[index].linkedFrom {
                holder = (ref.file, files[ref.file].roadmap.goals[ref.goal].sectionIndex)
            } else {
                continue
            }
            guard let value = total(rolled, index) else { continue }
            if rolled[holder.file].isEmpty { rolled[holder.file] = materialize(holder.file) }
            let sections = files[holder.file].roadmap.sections
            var section: Int? = holder.section
            while let s = section {
                add(&rolled[holder.file][s], value)
                section = sections[s].parentIndex
            }
        }
    }

    /// `rollUpFiles` over this plan's files: how a front end's own per-section values (hours)
    /// roll up the plan exactly as its goals do.
    public func rollUpFiles<Value>(_ rolled: inout [[Value]], materialize: (Int) -> [Value],
                                   total: ([[Value]], Int) -> Value?, add: (inout Value, Value) -> Void) {
        Plan.rollUpFiles(files, &rolled, materialize: materialize, total: total, add: add)
    }

    /// A section's rolled-up tally: its file's array when it has one, else the section's own.
    private static func rolledTally(_ rolled: [[Tally]], _ files: [File], file: Int, section: Int) -> Tally {
        rolled[file].isEmpty ? files[file].roadmap.sections[section].goals : rolled[file][section]
    }

    /// The root file's roadmap (the index, or the one file).
    public var root: Roadmap { files[0].roadmap }
    /// The file's tracking model: as read, else built now.
    public func tracking(ofFile file: Int) -> Tracking { files[file].tracking ?? Tracking(files[file].roadmap) }
    /// Every goal of every file.
    public var tally: Tally { Plan.rolledTally(rolled, files, file: 0, section: 0) }
    /// A file's goals and those of the files it links, directly or not.
    public func tally(ofFile file: Int) -> Tally { Plan.rolledTally(rolled, files, file: file, section: 0) }
    /// A section's goals, with those of the files linked from inside it.
    public func tally(ofFile file: Int, section: Int) -> Tally { Plan.rolledTally(rolled, files, file: file, section: section) }

    /// The file a goal includes, if it is a link the plan followed.
    package func linkedFile(of ref: GoalRef) -> Int? { linked[ref] }

    /// A goal's nested goals and, for a linking goal, everything in the linked file.
    public func childTally(of ref: GoalRef) -> Tally {
        var tally = files[ref.file].roadmap.childTally(of: ref.goal)
        if let file = linked[ref] { tally += self.tally(ofFile: file) }
        return tally
    }

    /// The state of the goal `ref` names.
    public func state(of ref: GoalRef) -> GoalState { files[ref.file].roadmap.goals[ref.goal].state }

    /// Every goal in reading order: each linked file's goals right after the goal that links it.
    public var goalsInOrder: [GoalRef] {
        var result: [GoalRef] = []
        result.reserveCapacity(tally.total)
        var stack = [(file: 0, goal: 0)]
        while let (file, start) = stack.popLast() {
            let count = files[file].roadmap.goals.count
            var goal = start
            while goal < count {
                let ref = GoalRef(file: file, goal: goal)
                result.append(ref)
                goal += 1
                if let child = linked[ref] {
                    stack.append((file, goal))
                    stack.append((child, 0))
                    break
                }
            }
        }
        // A tree's files link none (each is read once, by the walk), and follow in walk order.
        for file in files.indices where files[file].placedIn != nil {
            for goal in files[file].roadmap.goals.indices { result.append(GoalRef(file: file, goal: goal)) }
        }
        return result
    }
}
