// The calls glibc has and the Swift Glibc module does not import (they sit behind _GNU_SOURCE or
// in <sys/xattr.h>): declared here by their C symbols, which links in static builds too, where a
// dlsym look-up would find nothing. Every argument is an integer or a pointer, passed the same
// way by Swift's and C's calling conventions.
#if canImport(Glibc)
import Glibc

@_silgen_name("renameat2")
private func c_renameat2(_ oldDirectory: Int32, _ old: UnsafePointer<CChar>, _ newDirectory: Int32,
                         _ new: UnsafePointer<CChar>, _ flags: UInt32) -> Int32

@_silgen_name("flistxattr")
func c_flistxattr(_ fd: Int32, _ list: UnsafeMutablePointer<CChar>?, _ size: Int) -> Int

@_silgen_name("fgetxattr")
func c_fgetxattr(_ fd: Int32, _ name: UnsafePointer<CChar>, _ value: UnsafeMutableRawPointer?, _ size: Int) -> Int

@_silgen_name("fsetxattr")
func c_fsetxattr(_ fd: Int32, _ name: UnsafePointer<CChar>, _ value: UnsafeRawPointer?, _ size: Int, _ flags: Int32) -> Int32

/// `renameat2(RENAME_EXCHANGE)`: the two paths swap their files in one step (Linux 3.15 and later,
/// on file systems that support it).
func exchangePaths(_ a: String, _ b: String) -> Int32 {
    c_renameat2(AT_FDCWD, systemPath(a), AT_FDCWD, systemPath(b), 1 << 1)
}
#else
/// No exchange here: callers rename instead.
func exchangePaths(_ a: String, _ b: String) -> Int32 {
    errno = ENOSYS
    return -1
}
#endif
