/// A goal in a plan: which file, and the goal's index in that file.
public struct GoalRef: Hashable, Sendable {
    public let file: Int
    public let goal: Int

    public init(file: Int, goal: Int) {
        self.file = file
        self.goal = goal
    }
}
