#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension FileSystem {
    /// What makes a file the same file whatever path reaches it: its device and inode, after
    /// symbolic links (`dev:inode`); nil when it cannot be looked at. A plan reads each file once
    /// by it, so a symlink loop or a file linked under two paths is not read (or counted) twice.
    public static func identity(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_dev):\(info.st_ino)"
    }
}
