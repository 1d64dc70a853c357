#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The markdown files below a folder, in the order a tree shows them: in each folder its own
/// files first, then its subfolders, each by name (bytewise, so the order is the same on every
/// machine). What is read is `TreeFilter`'s choice (hidden names, ignore files, `node_modules`).
/// Symbolic links are never followed, to files or folders (ripgrep's default without `-L`): a link
/// out of the tree or a loop changes nothing, and the walk always ends. A folder that cannot be
/// opened is passed over with a note, never an error for the whole tree.
public enum TreeWalk {
    /// A markdown file of the tree.
    public struct File: Sendable, Equatable {
        /// Its path below the tree's folder (`projects/plan.md`).
        public let relativePath: String
        /// The names of the folders it is in, from the top.
        public let folders: [String]
        /// Its own name.
        public let name: String
    }

    /// What the walk found: the files, and what it passed over with a reason (for stderr).
    public struct Listing: Sendable {
        /// Every file read, in tree order.
        public let files: [File]
        /// `path: why`, one per entry passed over for a reason a person should know.
        public let notes: [StorageError]
    }

    /// Ignore files larger than this are passed over with a note (no real one comes close).
    static let ignoreFileLimit = 1 << 20

    /// The files below `top` (a folder), chosen by `filter`.
    public static func files(in top: String, filter start: TreeFilter) -> Listing {
        var filter = start
        var files: [File] = []
        var notes: [StorageError] = []
        // Depth first with an explicit stack: folders as component lists below the top.
        var stack: [[[UInt8]]] = [[]]
        while let folder = stack.popLast() {
            let path = folder.isEmpty ? top : top + "/" + PathBytes.string(Array(folder.joined(separator: [0x2F])))
            // The folder named is opened even through a link (the person named it, as ripgrep
            // follows the paths it is given); every folder below it only where it is.
            guard let listing = list(path, followingLink: folder.isEmpty) else {
                notes.append(StorageError(path: path, message: "\(systemMessage(errno)); folder passed over"))
                continue
            }
            var rules: [IgnoreRules] = []
            if filter.readsIgnoreFiles {
                for name in TreeFilter.ignoreFileNames where listing.others.contains(Array(name.utf8)) || listing.files.contains(Array(name.utf8)) {
                    switch readSmall(path + "/" + name) {
                    case let .success(bytes): rules.append(IgnoreRules(parsing: bytes))
                    case let .failure(error): notes.append(error)
                    }
                }
            }
            filter.enter(depth: folder.count, rules: rules)
            let folderNames = folder.map { PathBytes.string($0) }
            for name in listing.files.sorted(by: { $0.lexicographicallyPrecedes($1) }) where filter.includes(folder + [name], isDirectory: false) {
                let relative = folder + [name]
                files.append(File(relativePath: PathBytes.string(Array(relative.joined(separator: [0x2F]))), folders: folderNames, name: PathBytes.string(name)))
            }
            // Pushed in reverse, so the first by name is walked first.
            for name in listing.folders.sorted(by: { $0.lexicographicallyPrecedes($1) }).reversed() where filter.includes(folder + [name], isDirectory: true) {
                stack.append(folder + [name])
            }
        }
        return Listing(files: files, notes: notes)
    }

    /// A folder's entries by kind: regular files, folders, and the rest (links, devices) by name.
    struct Entries {
        var files: [[UInt8]] = []
        var folders: [[UInt8]] = []
        var others: [[UInt8]] = []
    }

    /// The entries of the folder at `path`, which must not itself be a symbolic link (O_NOFOLLOW)
    /// unless `followingLink`; nil when it cannot be opened.
    static func list(_ path: String, followingLink: Bool = false) -> Entries? {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (followingLink ? 0 : O_NOFOLLOW))
        guard fd >= 0 else { return nil }
        guard let directory = fdopendir(fd) else {
            close(fd)
            return nil
        }
        defer { closedir(directory) }
        var entries = Entries()
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            var kind = Int32(entry.pointee.d_type)
            if kind == Int32(DT_UNKNOWN) {
                // Some file systems do not say; ask without following a link.
                var info = stat()
                let cName = name.map { CChar(bitPattern: $0) } + [0]
                guard fstatat(fd, cName, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFREG: kind = Int32(DT_REG)
                case S_IFDIR: kind = Int32(DT_DIR)
                default: kind = Int32(DT_LNK)
                }
            }
            switch kind {
            case Int32(DT_REG): entries.files.append(name)
            case Int32(DT_DIR): entries.folders.append(name)
            default: entries.others.append(name)
            }
        }
        return entries
    }

    /// A file of the tree: never through a symbolic link (one put in its place since the walk is
    /// not followed), and only a regular file (`FileSystem.read`'s checks).
    public static func read(_ path: String) throws(StorageError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw StorageError(path: path, errno: errno) }
        defer { close(fd) }
        return try FileSystem.read(fd, path: path)
    }

    /// An ignore file's bytes (a link to one is not read, like any link in a tree).
    static func readSmall(_ path: String) -> Result<[UInt8], StorageError> {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(StorageError(path: path, message: "\(systemMessage(errno)); not read")) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= ignoreFileLimit else {
            return .failure(StorageError(path: path, message: "not a regular file under 1 MiB; not read"))
        }
        do {
            return .success(try FileSystem.read(fd, path: path))
        } catch {
            return .failure(error)
        }
    }
}
