import Foundation

/// Where the package's files are, found from this file's own place in the tree
/// (`Tests/RoadmapTestSupport/PackagePaths.swift`): the one place that knows it, so a test file
/// can sit at any depth of its target and still find Golden/, Fixtures/, Roadmaps/ and ../shared.
public enum PackagePaths {
    /// The package's root folder (where Package.swift is).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The shared seeds and corpus beside the repository (`../shared`), which may be absent.
    public static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    /// The bundled roadmaps' sources (`Roadmaps/`).
    public static let roadmaps = root.appendingPathComponent("Roadmaps")
    /// The library's test target (its Fixtures/ and Golden/ are read from disk).
    public static let kitTests = root.appendingPathComponent("Tests/RoadmapKitTests")
    /// The command-line test target (its Golden/ is read from disk).
    public static let cliTests = root.appendingPathComponent("Tests/roadmapTests")
}
