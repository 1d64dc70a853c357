#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One try at a change, under the locks (`RoadmapStore` describes the steps). It ends written,
/// refused with an error, or "changing": a file changed while it worked, and nothing is changed.
struct CommitAttempt {
    let files: [FileEdits]
    let targets: [String]
    let force: Bool
    let hooks: StoreHooks
    private(set) var staged: [StagedFile] = []

    enum Outcome {
        case done([FileChange])
        /// File `index` of the change was changed by something else meanwhile: try again.
        case changing(Int)
    }

    /// How a file went to disk, to put it back if a later one fails.
    enum Written { case swapped, renamed, inPlace }

    init(files: [FileEdits], targets: [String], force: Bool, hooks: StoreHooks) {
        (self.files, self.targets, self.force, self.hooks) = (files, targets, force, hooks)
    }

    mutating func run(record: ChangeRecord) throws(StorageError) -> Outcome {
        // Temporary files hold, at the end, a new version not used or the old one swapped out.
        defer { for file in staged { close(file.fd); file.replacement?.discard() } }
        for index in files.indices {
            switch try stage(index) {
            case let .some(file?): staged.append(file)
            case .some(nil): continue
            case nil: return .changing(index)
            }
        }
        guard !staged.isEmpty else { return .done([]) }
        let changes = staged.map(\.change)
        // Recorded before anything is written, even beside a file: a kill from here on leaves a
        // record the next command finishes (`Journal.finishInterruptedChanges`), and a file
        // written in place has its old bytes kept first.
        try record.beforeWriting(changes)
        var made = false  // All written, or half and not put back: the record stays.
        defer { if !made { record.notWritten(changes) } }
        for k in staged.indices where !staged[k].inPlace {
            let file = staged[k]
            do {
                staged[k].replacement = try Replacement.prepare(file.after, for: file.target, like: (file.fd, file.stamp))
            } catch {
                throw StorageError(path: file.name, message: error.message + (staged.count == 1 ? "; the file is unchanged" : "; no file was changed"))
            }
        }
        for file in staged where try !file.isStillAsRead() { return .changing(file.index) }
        var written: [(Int, Written)] = []
        for k in staged.indices.filter({ !staged[$0].inPlace }) + staged.indices.filter({ staged[$0].inPlace }) {
            let file = staged[k]
            var how = Written.inPlace
            var displaced = false
            do {
                try hooks.replacing(file.index) { () throws(StorageError) in
                    if file.inPlace {
                        // Its own open to write would wait on its lease (checked last by `isStillAsRead`).
                        file.lease.release()
                        if let failure = FileSystem.writeInPlace(file.after, at: file.target, from: file.firstChange, expecting: file.stamp) {
                            throw StorageError(path: file.name, message: failure)
                        }
                        return
                    }
                    switch try file.replacement!.put(over: file.fd, lease: file.lease, expecting: file.stamp, content: file.current, compareBytes: file.isRecent,
                                                     exchange: hooks.exchange) {
                    case .swapped: how = .swapped
                    case .renamed: how = .renamed
                    case .displacedAnother: displaced = true
                    }
                }
            } catch {
                // A failed in-place write may have written part of the file: it is put back too.
                if file.inPlace { written.append((k, .inPlace)) }
                let report = putBack(written)
                made = !report.failed.isEmpty
                throw failure(of: file, error.message, report)
            }
            if displaced {
                made = !putBack(written).failed.isEmpty
                return .changing(file.index)
            }
            written.append((k, how))
        }
        // A file opened to write since its exchange was opened before it (the old file, beside it
        // now): the change is not final yet, so all is put back and tried again.
        if let (k, _) = written.first(where: { $0.1 == .swapped && staged[$0.0].lease.isBroken }) {
            made = !putBack(written).failed.isEmpty
            return .changing(staged[k].index)
        }
        for file in staged { file.lease.release() }
        for directory in Set(staged.map { FileSystem.parentDirectory(of: $0.target) }) { FileSystem.syncDirectory(directory) }
        // The old versions swapped out go before the record is completed, so that a kill after it
        // leaves nothing beside the files (one before it leaves the record to the next command).
        for k in staged.indices {
            staged[k].replacement?.discard()
            staged[k].replacement = nil
        }
        made = true
        try record.afterWriting(changes)
        return .done(changes)
    }

    /// File `index` read under the lock: staged; nil inside when there is nothing to write; nil
    /// when it is being written by something else.
    private func stage(_ index: Int) throws(StorageError) -> StagedFile?? {
        let file = files[index]
        let fd = open(targets[index], O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw StorageError(path: file.name, errno: errno) }
        var kept = false
        defer { if !kept { close(fd) } }
        guard var stamp = FileStamp.of(fd) else { throw StorageError(path: file.name, errno: errno) }
        guard stamp.isRegularFile else { throw StorageError(path: file.name, message: "is not a regular file; refusing to replace it") }
        // Held until the replacement is final: another program opening the file to write breaks it.
        let lease = ReadLease(on: fd)
        if lease.state == .beingWritten { return nil }
        if !force { try StagedFile.checkWritable(targets[index], stamp, name: file.name) }
        // Unchanged, the bytes the command read are the file's: no second copy of a large file.
        let changed = try !FileSystem.hasContents(fd, equalTo: file.original, path: file.name)
        var current = file.original
        if changed {
            // Changed since the command read it: read it once it is not being written.
            guard let settled = try StagedFile.settled(fd, from: stamp, name: file.name) else { return nil }
            stamp = settled
            current = try FileSystem.read(fd, path: file.name)
            guard let after = FileStamp.of(fd), after.isUnchanged(since: stamp) else { return nil }
        }
        if lease.isBroken { return nil }
        let lookedAt = monotonicNanoseconds()
        hooks.afterReading(index)
        var edits = file.edits
        if changed {
            // Settled above, so not half a save: a change that cannot be followed is refused at once.
            guard let moved = file.replaying(current) else {
                throw StorageError(path: file.name, message: "changed on disk after roadmap read it (saved by an editor?), and the change cannot be re-applied unambiguously; nothing was written, run the command again")
            }
            edits = moved
        }
        guard !edits.changeNothing(in: current) else { return .some(nil) }
        kept = true
        return StagedFile(index: index, name: file.name, path: file.path, target: targets[index], fd: fd, lease: lease, stamp: stamp,
                          lookedAt: lookedAt, current: current, edits: edits, wasReplayed: changed)
    }
}
