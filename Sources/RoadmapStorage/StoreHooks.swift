/// Seams for tests: code that runs at the moments another program could act on a file being
/// committed, so that an editor's save can be put exactly there. The product passes none.
struct StoreHooks {
    /// Runs after file `index` of the change was read under the lock.
    var afterReading: (_ index: Int) -> Void = { _ in }
    /// Replaces file `index` by calling `replace`, the last step after every check: a test can
    /// save the file first (as an editor would in that window), hold a lock around it, or throw
    /// instead to make the replacement fail.
    var replacing: (_ index: Int, _ replace: () throws(StorageError) -> Void) throws(StorageError) -> Void = { _, replace throws(StorageError) in
        try replace()
    }
    /// Whether to exchange files (`renameat2`) or only rename, as where the kernel cannot.
    var exchange = true
}
