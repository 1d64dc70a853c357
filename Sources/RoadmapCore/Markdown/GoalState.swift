/// The state written between a goal's brackets.
///
/// `[ ]` and `[x]`/`[X]` are GFM; `[/]` (in progress) and `[-]` (cancelled) follow the Obsidian
/// Tasks convention. Any other single character is `other`: kept byte for byte, reported, and
/// never rewritten unless asked to.
public enum GoalState: String, Sendable {
    case open, done, inProgress, cancelled, other

    init(marker: UInt8) {
        switch marker {
        case ASCII.space: self = .open
        case ASCII.x, ASCII.X: self = .done
        case ASCII.slash: self = .inProgress
        case ASCII.minus: self = .cancelled
        default: self = .other
        }
    }

    /// The byte a tick or untick writes for this state.
    var marker: UInt8? {
        switch self {
        case .open: return ASCII.space
        case .done: return ASCII.x
        case .inProgress: return ASCII.slash
        case .cancelled: return ASCII.minus
        case .other: return nil
        }
    }
}
