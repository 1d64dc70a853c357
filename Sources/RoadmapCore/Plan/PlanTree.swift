/// A notes folder as one plan (`--tree`): every markdown file below it, its sections the folders,
/// then the files, then each file's headings. It is a plan whose files come from a walk instead of
/// links, so everything a plan answers (ids, queries, roll-ups, the outline, edits by file) works
/// on a tree unchanged. The root is made, not read: a level-1 heading for the tree's folder and one
/// heading per folder below it, each file standing on a line of its folder's section; the root
/// has no goals, so the tree's totals are exactly the sum of its files'. Files are read alone:
/// their links are not followed (the walk reads every file once already).
///
/// Markdown has six heading levels: folders deeper than five below the top share the sixth, each
/// titled with its path from the fifth (`e/f/g`), so their goals count in the folders down to the
/// fifth but not in each other.
extension Plan {
    /// One file of a tree as read.
    public struct TreeFile: Sendable {
        /// As the person would type it from where they are (the tree's folder joined with
        /// `relativePath`): where it is read and written.
        public let path: String
        /// Below the tree's folder; ids start with it, without `.md` (`projects/plan:3`).
        public let relativePath: String
        /// The folders it is in, from the top (empty for a file in the tree's folder itself).
        public let folders: [String]
        /// The file's parsed roadmap.
        public let roadmap: Roadmap
        /// Its tracking model, when the tree was read with them.
        public let tracking: Tracking?

        /// A file read from the tree.
        public init(path: String, relativePath: String, folders: [String], roadmap: Roadmap, tracking: Tracking?) {
            self.path = path
            self.relativePath = relativePath
            self.folders = folders
            self.roadmap = roadmap
            self.tracking = tracking
        }
    }

    /// The tree of `files` (in walk order: a folder's files, then its subfolders), its root named
    /// `title` (the folder's name) and found at `path` (the folder, for the journal).
    public init(tree title: String, path: String, files tree: [TreeFile]) {
        var text = Array("# ".utf8) + Self.escaped(title) + [0x0A]
        var line = 1
        var open: [String] = []
        var lines: [Int] = []
        lines.reserveCapacity(tree.count)
        // By index throughout, never a file as a value: a copy retains and releases every array
        // of its two models, 20,000 times.
        for index in tree.indices {
            let folders = tree[index].folders
            let common = zip(open, folders).prefix { $0 == $1 }.count
            for depth in common..<folders.count {
                let heading = depth < 4 ? folders[depth] : folders[4...depth].joined(separator: "/")
                text += [UInt8](repeating: 0x23, count: min(depth + 2, 6)) + [0x20] + Self.escaped(heading) + [0x0A]
                line += 1
            }
            open = folders
            // One plain word, standing for the file: a paragraph of its own, never a goal or a
            // heading (one paragraph of 20,000 lines cost the tracking model's paragraph reader
            // a tenth of a tree's status).
            text += [0x78, 0x0A, 0x0A]
            line += 2
            lines.append(line - 1)
        }
        let root = Roadmap(parsing: text)
        let rootTracking = tree.isEmpty || tree[0].tracking == nil ? nil : Tracking(root)
        var files = [File(path: path, key: "", roadmap: root, linkedFrom: nil, tracking: rootTracking)]
        files.reserveCapacity(tree.count + 1)
        var keys: Set<String> = []
        var section = 0
        for index in tree.indices {
            while section + 1 < root.sections.count && root.sections[section + 1].line <= lines[index] { section += 1 }
            // `a.md` and `a.markdown` in one folder: the second keeps its extension in its key.
            let relativePath = tree[index].relativePath
            var key = RelativePath.stem(relativePath)
            if keys.contains(key.lowercased()) { key = relativePath }
            keys.insert(key.lowercased())
            var entry = File(path: tree[index].path, key: key, roadmap: tree[index].roadmap, linkedFrom: nil, tracking: tree[index].tracking)
            entry.placement = (section, lines[index])
            files.append(entry)
        }
        self.files = files
        self.warnings = []
        self.linked = [:]
        self.rolled = Plan.rollUp(files, [:])
    }

    /// What the plan was read from, as a header says it: `notes/: 3 markdown files below it` for a
    /// tree, `roadmap.md and 2 linked files` for a plan across files, else the file's path.
    public var source: String {
        let more = files.count - 1
        if isTree { return "\(files[0].path): \(Count.of(more, "markdown file")) below it" }
        return files[0].path + (more == 0 ? "" : " and \(Count.of(more, "linked file"))")
    }

    /// Whether this plan is a tree (`Plan(tree:)`).
    public var isTree: Bool { files[0].key.isEmpty }

    /// A name as heading text, its bytes as they are (so `--json` reports the name itself), but
    /// for what would change the heading: a `#` is escaped (a name ending ` #` would otherwise
    /// lose its end as a closing sequence), a C0 control becomes a space (no name the session
    /// reads has one; none may end the heading's line).
    static func escaped(_ name: String) -> [UInt8] {
        var out: [UInt8] = []
        for byte in name.utf8 {
            switch byte {
            case 0x23: out += [0x5C, byte]
            case 0..<0x20, 0x7F: out.append(0x20)
            default: out.append(byte)
            }
        }
        return out
    }
}
