/// What `roadmap undo` finds when it compares a journal entry with the files as they are now.
extension JournalEntry.File {
    /// How a file compares with what a journal entry wrote, and so whether `undo` may put it back.
    public enum UndoState: Equatable, Sendable {
        /// The file holds exactly what the change wrote, and its revert gives back what it replaced.
        case revertible
        /// The file holds what was there before the change: undone already (an `undo` killed
        /// before it could drop the entry, or the same edit reverted by hand).
        case alreadyUndone
        /// Something else changed the file since: undoing would lose that.
        case changedSince
        /// The file holds what the change wrote, but the entry does not revert it (damaged).
        case doesNotFit
    }

    /// How `bytes`, the file as it is now, compare with what this entry wrote.
    public func undoState(of bytes: [UInt8]) -> UndoState {
        if ContentHash.matches(bytes, afterHash) {
            return revertFits(bytes) && ContentHash.matches(revert.applied(to: bytes), beforeHash) ? .revertible : .doesNotFit
        }
        return ContentHash.matches(bytes, beforeHash) ? .alreadyUndone : .changedSince
    }
}
