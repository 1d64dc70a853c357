/// A goal in a plan: which file, and the goal's index in that file.
public struct GoalRef: Hashable, Sendable {
    /// The file's index in `Plan.files` (0 is the root).
    public let file: Int
    /// The goal's index in that file's `Roadmap.goals`.
    public let goal: Int

    /// Goal `goal` of file `file`.
    public init(file: Int, goal: Int) {
        self.file = file
        self.goal = goal
    }
}
