#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Paths are bytes (`PathBytes`). Handed to a C function, a `String` is converted by Swift as
// UTF-8, so a name holding a byte that is not UTF-8, which `PathBytes` carries as U+EF80–U+EFFF,
// would name another file. Every C call of this folder that takes a path goes through
// `systemPath`: these overloads, taking `String`, are chosen over the C library's own for a
// `String` argument (an exact match beats the implicit conversion to a pointer), so
// `open(path, …)` here is this `open`, and so is any call added later. Each passes the bytes on
// to the C function itself (a `[CChar]` argument matches only that one).

/// `path`'s bytes, NUL-terminated, for the C library. A path holding a NUL, which no file name can,
/// becomes the empty path, which names no file, rather than the shorter path before the NUL.
func systemPath(_ path: String) -> [CChar] {
    let bytes = PathBytes.bytes(path)
    guard !bytes.contains(0) else { return [0] }
    return bytes.map { CChar(bitPattern: $0) } + [0]
}

@discardableResult func open(_ path: String, _ flags: Int32) -> Int32 { open(systemPath(path), flags) }
@discardableResult func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(systemPath(path), flags, mode) }
@discardableResult func stat(_ path: String, _ info: UnsafeMutablePointer<stat>) -> Int32 { stat(systemPath(path), info) }
@discardableResult func lstat(_ path: String, _ info: UnsafeMutablePointer<stat>) -> Int32 { lstat(systemPath(path), info) }
@discardableResult func unlink(_ path: String) -> Int32 { unlink(systemPath(path)) }
@discardableResult func rename(_ old: String, _ new: String) -> Int32 { rename(systemPath(old), systemPath(new)) }
@discardableResult func mkdir(_ path: String, _ mode: mode_t) -> Int32 { mkdir(systemPath(path), mode) }
@discardableResult func access(_ path: String, _ mode: Int32) -> Int32 { access(systemPath(path), mode) }
@discardableResult func faccessat(_ directory: Int32, _ path: String, _ mode: Int32, _ flags: Int32) -> Int32 {
    faccessat(directory, systemPath(path), mode, flags)
}
@discardableResult func readlink(_ path: String, _ buffer: UnsafeMutablePointer<CChar>, _ size: Int) -> Int { readlink(systemPath(path), buffer, size) }
@discardableResult func realpath(_ path: String, _ resolved: UnsafeMutablePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
    realpath(systemPath(path), resolved)
}
