#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Extended attributes (`user.*`, ACLs as `system.posix_acl_*`, security labels, macOS's
/// `com.apple.*`) travel with the file when it is replaced: the new version is a new inode,
/// which starts without them.
enum ExtendedAttributes {
    /// Copies every attribute of `source` to `destination`, best effort: one the process may not
    /// set (a `trusted.*` one without root, a label the policy refuses) is left out, as `cp -a` does.
    static func copy(from source: Int32, to destination: Int32) {
        for name in names(of: source) {
            guard let value = value(of: name, in: source) else { continue }
            _ = value.withUnsafeBytes { set(name, $0, on: destination) }
        }
    }

    static func names(of fd: Int32) -> [[CChar]] {
        let size = list(fd, nil, 0)
        guard size > 0 else { return [] }
        var buffer = [CChar](repeating: 0, count: size)
        let count = list(fd, &buffer, size)
        guard count > 0 else { return [] }
        // NUL-terminated names, one after the other; each kept with its NUL for the C calls.
        return buffer[..<count].split(separator: 0).map { Array($0) + [0] }
    }

    static func value(of name: [CChar], in fd: Int32) -> [UInt8]? {
        let size = get(fd, name, nil, 0)
        guard size >= 0 else { return nil }
        var value = [UInt8](repeating: 0, count: size)
        let count = value.withUnsafeMutableBytes { get(fd, name, $0.baseAddress, size) }
        return count >= 0 ? Array(value[..<count]) : nil
    }

    #if canImport(Glibc)
    private static func list(_ fd: Int32, _ buffer: UnsafeMutablePointer<CChar>?, _ size: Int) -> Int { c_flistxattr(fd, buffer, size) }
    private static func get(_ fd: Int32, _ name: [CChar], _ value: UnsafeMutableRawPointer?, _ size: Int) -> Int { c_fgetxattr(fd, name, value, size) }
    private static func set(_ name: [CChar], _ value: UnsafeRawBufferPointer, on fd: Int32) -> Bool {
        c_fsetxattr(fd, name, value.baseAddress, value.count, 0) == 0
    }
    #elseif canImport(Darwin)
    private static func list(_ fd: Int32, _ buffer: UnsafeMutablePointer<CChar>?, _ size: Int) -> Int { flistxattr(fd, buffer, size, 0) }
    private static func get(_ fd: Int32, _ name: [CChar], _ value: UnsafeMutableRawPointer?, _ size: Int) -> Int { fgetxattr(fd, name, value, size, 0, 0) }
    private static func set(_ name: [CChar], _ value: UnsafeRawBufferPointer, on fd: Int32) -> Bool {
        fsetxattr(fd, name, value.baseAddress, value.count, 0, 0) == 0
    }
    #else
    // Musl's module does not import <sys/xattr.h>: no attributes to copy.
    private static func list(_ fd: Int32, _ buffer: UnsafeMutablePointer<CChar>?, _ size: Int) -> Int { 0 }
    private static func get(_ fd: Int32, _ name: [CChar], _ value: UnsafeMutableRawPointer?, _ size: Int) -> Int { -1 }
    private static func set(_ name: [CChar], _ value: UnsafeRawBufferPointer, on fd: Int32) -> Bool { false }
    #endif
}
