// Terminal and process facts from the C library, for the front ends: here, since every call into
// the C library is in RoadmapStorage (scripts/check-layers.sh keeps it so).
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal, the environment and the process, as the C library reports them.
public enum Platform {
    /// Whether `fd` is a terminal (`isatty`).
    public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// The terminal's width in columns, nil when `fd` is not a terminal or does not say.
    public static func terminalWidth(_ fd: Int32) -> Int? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The environment variable `name`, nil when unset.
    public static func variable(_ name: String) -> String? {
        // Bytes, as paths are (`PathBytes`): `$ROADMAP_FILE` or `$HOME` may name any file.
        getenv(name).map { PathBytes.string(cString: $0) }
    }

    /// Whether the last failed call was interrupted by a signal (`errno == EINTR`).
    public static var lastErrorIsInterrupt: Bool { errno == EINTR }

    /// `YYYY-MM-DD HH:MM` in the local time zone, for the journal's times.
    public static func localTime(_ seconds: Int) -> String {
        var time = time_t(seconds)
        var parts = tm()
        localtime_r(&time, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min))"
    }

    /// Past a file-size limit (`ulimit -f`) the kernel sends SIGXFSZ, which by default kills the
    /// process mid-write. Ignored, the write fails with EFBIG instead, and the store removes its
    /// temporary file and reports the error with the original untouched.
    public static func ignoreFileSizeSignal() {
        signal(SIGXFSZ, SIG_IGN)
    }

    /// Ends the process with `status`, flushing nothing (the console flushes itself first).
    public static func exit(_ status: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(status)
        #elseif canImport(Musl)
        Musl.exit(status)
        #else
        Darwin.exit(status)
        #endif
    }
}
