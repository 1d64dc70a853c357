import Dispatch

/// Opening a large document in the language server on every core: the text is parsed in
/// stretches at the same time (`TrackingChunks.openingStretches`, `opening`, `opened`: the core's
/// pure pieces; the threads are here, as for `--tree`), and lint's checks run over those stretches
/// at the same time (`LintChunks.findings(_:schedule:path:parsed:onAllCores:)`). The result is
/// exactly the one-thread result: the same model, chunks, findings and order (tests compare them
/// on every bundled roadmap, every corpus file and the generated M).
public enum OpeningOnAllCores {
    /// Below this many bytes a document is opened on one thread: a thread's start costs more than
    /// a stretch that small (the bundled career roadmap, 70 KB, parses in about a millisecond).
    public static let minimumStretchBytes = 64 * 1024
    /// At most this many stretches: more than the cores, so a core that is held up by another
    /// process (the machine is shared) does not hold up the whole opening.
    public static let mostStretches = 8

    /// Fills `count` slots on every core, `work(index)` each, and hands the results back in
    /// index order, moved out (not copied: a copy retains and releases every array of a model).
    static func perform<T>(_ count: Int, _ work: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(work) }
        let slots = Slots<T>(UnsafeMutableBufferPointer<T>.allocate(capacity: count))
        defer { slots.buffer.deallocate() }
        withoutActuallyEscaping(work) { work in
            let shared = Shared(work)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (slots.buffer.baseAddress! + index).initialize(to: shared.work(index))
            }
        }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = buffer.moveInitialize(fromContentsOf: slots.buffer)
            initialized = count
        }
    }

    /// The results' storage, written by the workers: each slot by exactly one, none read until all
    /// are done (`concurrentPerform` returns), so sharing it is safe.
    private struct Slots<T>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<T>
        init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
    }

    /// The work, called from every worker: each call reads only what it is given and what no one
    /// writes while the workers run (the document's bytes, the stretches parsed).
    private struct Shared<T>: @unchecked Sendable {
        let work: (Int) -> T
        init(_ work: @escaping (Int) -> T) { self.work = work }
    }
}

/// Lint's findings of each stretch of an opening, found on every core while the model was put
/// together (`TrackingChunks.trackingOnAllCores(_:parsed:linting:)`), for
/// `LintChunks.findings(_:schedule:path:parsed:linted:exists:)` to hand out.
public struct StretchLint: Sendable {
    let path: String
    let findings: [[LintFinding]]
}

extension TrackingChunks {
    /// `trackingOnAllCores(_:parsed:)`, and when every stretch held and one holds a goal, each
    /// stretch linted on its own core (`Lint.chunkFindings`, for `path`, `exists` called from
    /// every core) while one core puts the model together from the stretches' chunks; nil in
    /// `linted` otherwise (lint the stretches afterwards, as before).
    public mutating func trackingOnAllCores(_ bytes: [UInt8], parsed: inout [ParsedStretch], linting path: String,
                                            exists: @Sendable (String) -> Bool, linted: inout StretchLint?,
                                            minimumStretchBytes: Int = OpeningOnAllCores.minimumStretchBytes,
                                            mostStretches: Int = OpeningOnAllCores.mostStretches) -> Tracking {
        linted = nil
        guard isOpening else { return tracking(bytes, parsed: &parsed) }
        let stretches = Self.openingStretches(bytes, most: mostStretches, minimumBytes: minimumStretchBytes)
        guard stretches.count > 1 else { return tracking(bytes, parsed: &parsed) }
        let opened = OpeningOnAllCores.perform(stretches.count) { Self.opening(bytes, stretches[$0]) }
        let held = opened.compactMap { $0 }
        guard held.count == opened.count, held.contains(where: \.hasGoals) else { return self.opened(bytes, opened, parsed: &parsed) }
        // One more job than stretches: the last puts the model together (one thread's work,
        // about 7% of an opening) while the others lint.
        var model: (Tracking, TrackingChunks)?
        let found = OpeningOnAllCores.perform(held.count + 1) { k -> [LintFinding] in
            guard k < held.count else {
                model = Self.assembled(bytes, held)
                return []
            }
            return Lint.chunkFindings(held[k].parsed.tracking, path: path, exists: exists)
        }
        self = model!.1
        parsed = held.map(\.parsed)
        linted = StretchLint(path: path, findings: Array(found.dropLast()))
        return model!.0
    }

    /// `tracking(_:parsed:)`, with an opening (no chunk kept) of a document of two stretches'
    /// worth or more parsed in stretches on every core (`OpeningOnAllCores`); the same model,
    /// chunks and stretches as on one thread.
    /// - Parameters:
    ///   - minimumStretchBytes, mostStretches: how the text is cut (tests cut it finer).
    public mutating func trackingOnAllCores(_ bytes: [UInt8], parsed: inout [ParsedStretch],
                                            minimumStretchBytes: Int = OpeningOnAllCores.minimumStretchBytes,
                                            mostStretches: Int = OpeningOnAllCores.mostStretches) -> Tracking {
        guard isOpening else { return tracking(bytes, parsed: &parsed) }
        let stretches = Self.openingStretches(bytes, most: mostStretches, minimumBytes: minimumStretchBytes)
        guard stretches.count > 1 else { return tracking(bytes, parsed: &parsed) }
        let opened = OpeningOnAllCores.perform(stretches.count) { Self.opening(bytes, stretches[$0]) }
        return self.opened(bytes, opened, parsed: &parsed)
    }
}
