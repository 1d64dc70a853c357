import Dispatch

/// One file parsed on every core when it is large enough to pay: `StretchedParse` cuts it at
/// headings and joins the parts (the model equals one parse of the whole file), and the stretches
/// are parsed here with `DispatchQueue.concurrentPerform` (RoadmapCore has no concurrency).
/// `RoadmapSession.read` parses every file it reads so, for every command; a front end that parses
/// bytes of its own (the language server's open) can too.
public enum ParsedOnAllCores {
    /// Files from this many bytes on are parsed by stretches; below, the threads cost more than
    /// they save (docs/performance.md, "One file on all cores").
    public static let threshold = 1 << 20

    /// How many stretches a large file is cut into: more than the cores (two on the machines
    /// measured), so a core slowed by other work does not hold the others up for half the file.
    public static let stretches = 4

    /// The tracking model of `bytes`, equal to `Tracking.parsing(bytes)`.
    public static func tracking(_ bytes: [UInt8]) -> Tracking {
        bytes.count < threshold ? Tracking.parsing(bytes) : tracking(bytes, stretches: stretches)
    }

    /// The roadmap of `bytes`, equal to `Roadmap(parsing: bytes)`.
    public static func roadmap(_ bytes: [UInt8]) -> Roadmap {
        bytes.count < threshold ? Roadmap(parsing: bytes) : roadmap(bytes, stretches: stretches)
    }

    /// `tracking(bytes)` cut into up to `stretches` stretches, whatever the size.
    public static func tracking(_ bytes: [UInt8], stretches: Int) -> Tracking {
        StretchedParse.tracking(bytes, stretches: stretches, perform: concurrently)
    }

    /// `roadmap(bytes)` cut into up to `stretches` stretches, whatever the size.
    public static func roadmap(_ bytes: [UInt8], stretches: Int) -> Roadmap {
        StretchedParse.roadmap(bytes, stretches: stretches, perform: concurrently)
    }

    /// Runs `body` for every index on all cores and returns when all are done.
    static func concurrently(_ count: Int, _ body: @Sendable (Int) -> Void) {
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }
}
