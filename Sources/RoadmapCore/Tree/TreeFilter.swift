/// Which entries of a notes folder a tree reads, as ripgrep chooses what it searches: not hidden
/// names (`.obsidian/`, `.trash/`, `.git/`) unless `--hidden`; not `node_modules/`, nor what the
/// `.gitignore` and `.ignore` files of the folders on the way exclude, unless `--no-ignore`; of
/// the files, only markdown (`.md`, `.markdown`). A deeper folder's rules come before those above
/// it, and in one folder `.ignore` before `.gitignore` (ripgrep's precedence); the last matching
/// pattern of a file decides. Ignore files are read in the tree and below it, also outside a git
/// repository; those above the tree's folder, `.git/info/exclude` and git's global excludes are
/// not read (a tree is what is below the folder named).
public struct TreeFilter: Sendable {
    /// The names of the ignore files, in the order a folder's are asked (the first decides).
    public static let ignoreFileNames = [".ignore", ".gitignore"]

    /// `--hidden`: also read names that start with a dot.
    public let includesHidden: Bool
    /// `--no-ignore`: read what ignore files and the `node_modules` rule exclude.
    public let ignoresRules: Bool

    /// The rules of each folder from the tree's top to the folder being read: its depth (0 for
    /// the top) and its ignore files' rules in `ignoreFileNames` order.
    private var levels: [(depth: Int, rules: [IgnoreRules])] = []

    /// A filter for a walk from the top of the tree.
    public init(includesHidden: Bool = false, ignoresRules: Bool = false) {
        self.includesHidden = includesHidden
        self.ignoresRules = ignoresRules
    }

    /// Whether the folder's ignore files are worth reading (not with `--no-ignore`).
    public var readsIgnoreFiles: Bool { !ignoresRules }

    /// Entering the folder at `depth` (components below the top), with the rules of its ignore
    /// files in `ignoreFileNames` order (empty ones may be left out); leaves the folders that are
    /// not on its way.
    public mutating func enter(depth: Int, rules: [IgnoreRules]) {
        while let last = levels.last, last.depth >= depth { levels.removeLast() }
        let kept = rules.filter { !$0.isEmpty }
        if !kept.isEmpty && !ignoresRules { levels.append((depth, kept)) }
    }

    /// Whether the walk reads the entry at `path` (components below the top, its own name last).
    /// Call it after `enter` of the folder that holds it.
    public func includes(_ path: [[UInt8]], isDirectory: Bool) -> Bool {
        guard let name = path.last, !name.isEmpty else { return false }
        if name.first == 0x2E && !includesHidden { return false }
        if !isDirectory && !Self.isMarkdown(name) { return false }
        if ignoresRules { return true }
        if isDirectory && name == Self.nodeModules { return false }
        for level in levels.reversed() where level.depth < path.count {
            let below = Array(path[level.depth...])
            for rules in level.rules {
                if let decision = rules.decision(for: below, isDirectory: isDirectory) { return decision == .include }
            }
        }
        return true
    }

    private static let nodeModules = Array("node_modules".utf8)

    /// `.md` or `.markdown`, in any case (`README.MD`), as ripgrep's `markdown` type has them.
    public static func isMarkdown(_ name: [UInt8]) -> Bool {
        let lowered = name.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        for suffix in [Array(".md".utf8), Array(".markdown".utf8)] where lowered.count > suffix.count && lowered.suffix(suffix.count).elementsEqual(suffix) {
            return true
        }
        return false
    }
}
