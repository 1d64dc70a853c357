#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files writes leave beside a file while they work.
extension FileSystem {
    /// `.<name>.roadmap-<pid>.tmp` beside the file: hidden, and recognisable as ours.
    static func temporaryPath(for target: String) -> String {
        parentDirectory(of: target) + "/" + temporaryPrefix(for: target) + "\(getpid()).tmp"
    }

    private static func temporaryPrefix(for target: String) -> String { "." + baseName(of: target) + ".roadmap-" }

    /// Removes temporary files that writers killed mid-write left beside `target`, and returns how
    /// many. They never replace the file (only a writer that finished writing one renames it), or
    /// hold the old version a writer swapped out; either way they are only clutter. Removing them
    /// is safe only while holding the file's lock, when no other writer can be using one.
    @discardableResult
    package static func removeLeftoverTemporaries(beside target: String) -> Int {
        let directory = parentDirectory(of: target)
        let prefix = temporaryPrefix(for: target)
        guard let handle = opendir(systemPath(directory)) else { return 0 }
        defer { closedir(handle) }
        var leftovers: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                PathBytes.string(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard name.hasPrefix(prefix), name.hasSuffix(".tmp") else { continue }
            let pid = name.dropFirst(prefix.count).dropLast(4)
            if !pid.isEmpty && pid.allSatisfy({ $0.isASCII && $0.isNumber }) { leftovers.append(name) }
        }
        return leftovers.filter { unlink(directory + "/" + $0) == 0 }.count
    }
}
