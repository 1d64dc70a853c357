@testable import RoadmapKit
@testable import RoadmapStorage

/// One file committed the way every command commits: `RoadmapStore.commit` of a change of one
/// file (the store has no one-file path of its own), `whileLocked` seeing the file's change while
/// its lock is held. Nil when the edits change nothing.
func commitOneFile(
    _ edits: [TextEdit], computedOn original: [UInt8], to path: String, force: Bool = false,
    replaying: @escaping ([UInt8]) -> [TextEdit]?, hooks: StoreHooks = StoreHooks(), whileLocked: (FileChange) -> Void = { _ in }
) throws(StorageError) -> FileChange? {
    let file = FileEdits(path: path, edits: edits, computedOn: original, replaying: replaying)
    return try withoutActuallyEscaping(whileLocked) { (whileLocked) throws(StorageError) in
        try RoadmapStore.commit([file], force: force, hooks: hooks, recording: .after { changes in whileLocked(changes[0]) }).first
    }
}
