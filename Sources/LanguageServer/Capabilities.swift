/// Every capability the server has, in the order their hooks run (text sync first: the others
/// read the documents it keeps). A new capability is one file with a `Capability` type and one
/// line here.
public enum Capabilities {
    /// The capabilities `roadmap lsp` serves with.
    public static var all: [any Capability.Type] {
        [
            TextSync.self,
            DiagnosticsPublisher.self,
            GoalCodeActions.self,
            ProgressHints.self,
            SectionSymbols.self,
            PlanSymbols.self,
            RoadmapHover.self,
            RoadmapCompletion.self,
            PlanCommands.self,
            PlanRefresh.self,
            WatchedFiles.self,
        ]
    }
}
