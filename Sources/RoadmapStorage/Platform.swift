// The C library for the rest of RoadmapKit: Storage/ is the only folder that imports it (its
// files are the file-system layer); what the front ends need from it (today's date, a write to a
// descriptor) is here, so the core (Text/, Dates/, the parser) stays portable Swift.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension StorageError {
    init(path: String, errno code: Int32) {
        self.init(path: path, message: systemMessage(code))
    }
}

/// The text of the C library's message for `code` (`No such file or directory`).
func systemMessage(_ code: Int32) -> String {
    guard let message = strerror(code) else { return "error \(code)" }
    return String(cString: message)
}

// `read` and `write` are shadowed by methods in types that have them; these names are not.
@inline(__always) func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(fd, buffer, count)
    #elseif canImport(Musl)
    Musl.read(fd, buffer, count)
    #else
    Darwin.read(fd, buffer, count)
    #endif
}

/// `write(2)`, under a name no method shadows; public so the executable's console uses the same shim.
@inline(__always) package func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #elseif canImport(Musl)
    Musl.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}

/// Seconds since 1970 (`time` is shadowed by properties named `time`).
func currentTime() -> Int {
    Int(time(nil))
}

extension CivilDate {
    /// Today in the local time zone (the clock and the zone are the C library's, so this is here,
    /// not in Dates/: the core computes with dates, it does not read the clock).
    public static func today() -> CivilDate { local(Int(time(nil))) }

    /// The local day of a time (seconds since 1970), as the journal's times are kept.
    public static func local(_ seconds: Int) -> CivilDate {
        var now = time_t(seconds)
        var parts = tm()
        localtime_r(&now, &parts)
        return CivilDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? CivilDate(year: 1970, month: 1, day: 1)!
    }
}

/// Nanoseconds since 1970 on the wall clock, the clock file times are on.
func wallClockNanoseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
}

/// Nanoseconds on a clock that only moves forward, to measure waits.
func monotonicNanoseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
}

func sleep(nanoseconds: Int64) {
    guard nanoseconds > 0 else { return }
    var pause = timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
    var left = timespec()
    while nanosleep(&pause, &left) != 0 && errno == EINTR { pause = left }
}
