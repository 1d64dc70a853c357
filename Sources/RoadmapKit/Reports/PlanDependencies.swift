extension TaskDependencies {
    /// The plan's `🆔`/`⛔` links, or nil when no file of it may hold one: a plan whose bytes have
    /// no `🆔`, `⛔`, `🔁` or `::` (`TaskLinks.mayLink`, a few instructions a byte) has no goal with
    /// an id and none that waits, and reading every goal's Tasks fields to find that out was a
    /// fifth of `status` on a 100,000-goal file (192M instructions of 853M).
    public static func ifAny(in plan: Plan) -> TaskDependencies? {
        plan.files.contains { TaskLinks.mayLink($0.roadmap.bytes) } ? TaskDependencies(plan) : nil
    }
}
