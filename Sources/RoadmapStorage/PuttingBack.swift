#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// When one file of a change cannot be written, the files already written get their old bytes
/// back, and the error names them.
extension CommitAttempt {
    struct PutBack {
        var restored: [String] = []
        var failed: [(name: String, reason: String)] = []
    }

    /// Puts back the files `written` lists (newest first): an exchanged file by exchanging again
    /// (its old inode is still beside it), the others by writing their old bytes.
    func putBack(_ written: [(Int, Written)]) -> PutBack {
        var report = PutBack()
        for (k, how) in written.reversed() {
            let file = staged[k]
            var failure: String?
            switch how {
            case .swapped:
                if !file.replacement!.swapBack() { failure = "another program replaced it since" }
            case .renamed:
                do {
                    let old = try Replacement.prepare(EditedBytes(file.current, []), for: file.target, like: (file.fd, file.stamp))
                    if rename(old.temporary, file.target) != 0 {
                        failure = "rename failed: \(systemMessage(errno))"
                        old.discard()
                    }
                } catch {
                    failure = error.message
                }
            case .inPlace:
                failure = FileSystem.writeInPlace(EditedBytes(file.current, []), at: file.target, from: file.firstChange, expecting: file.stamp)
            }
            if let failure { report.failed.insert((file.name, failure), at: 0) } else { report.restored.insert(file.name, at: 0) }
        }
        return report
    }

    /// The error for `file` failing with `reason`, saying what became of the others.
    func failure(of file: StagedFile, _ reason: String, _ report: PutBack) -> StorageError {
        let failedHere = report.failed.first { $0.name == file.name }
        let others = PutBack(restored: report.restored.filter { $0 != file.name }, failed: report.failed.filter { $0.name != file.name })
        var message = reason
        if let failedHere {
            message += "; putting its old bytes back failed too (\(failedHere.reason)): it may be half written"
        } else if staged.count == 1 {
            message += "; the file is unchanged"
        }
        guard staged.count > 1 else { return StorageError(path: file.name, message: message) }
        if !others.restored.isEmpty {
            message += "; \(list(others.restored)) had been written and \(others.restored.count == 1 ? "was" : "were") put back"
        }
        for (name, why) in others.failed {
            message += "; \(name) had been written and could not be put back (\(why)): it holds the new version"
        }
        if others.failed.isEmpty && failedHere == nil { message += others.restored.isEmpty ? "; no file was changed" : ", so no file was changed" }
        return StorageError(path: file.name, message: message)
    }

    private func list(_ names: [String]) -> String {
        names.count <= 2 ? names.joined(separator: " and ") : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
