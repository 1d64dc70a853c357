/// A roadmap with the path it was read from (as the person named it, and absolute).
public struct LoadedRoadmap: Sendable {
    /// The path as the person named it (or as discovery found it: `../roadmap.md`).
    public let path: String
    /// The path from the root of the file system, for reading and writing.
    public let fullPath: String
    /// The parsed file.
    public let roadmap: Roadmap
    /// Built with the roadmap when asked for (`read(tracking: true)`), else on demand.
    private let builtTracking: Tracking?

    /// A roadmap read from `fullPath`, named `path`; `tracking` when it was parsed with it.
    public init(path: String, fullPath: String, roadmap: Roadmap, tracking: Tracking? = nil) {
        self.path = path
        self.fullPath = fullPath
        self.roadmap = roadmap
        builtTracking = tracking
    }

    /// Fields, choices, metrics and checkpoints: as parsed, else built now.
    public var tracking: Tracking { builtTracking ?? Tracking(roadmap) }
}
