// swift-tools-version:6.0
import PackageDescription

// No package dependencies, by design: the product depends on the toolchain alone.
// Licensed under the Apache License, Version 2.0 (see LICENSE).
let package = Package(
    name: "roadmap",
    products: [
        .library(name: "RoadmapKit", targets: ["RoadmapKit"]),
        .executable(name: "roadmap", targets: ["roadmap"]),
    ],
    targets: [
        .target(name: "RoadmapKit"),
        .executableTarget(name: "roadmap", dependencies: ["RoadmapKit"]),
        // What both test targets share: fixtures and generators (not part of the product).
        .target(name: "RoadmapTestSupport", dependencies: ["RoadmapKit"], path: "Tests/RoadmapTestSupport"),
        .testTarget(
            name: "RoadmapKitTests",
            dependencies: ["RoadmapKit", "RoadmapTestSupport"],
            exclude: ["Fixtures", "Golden"]  // read from disk by path, not bundled
        ),
        .testTarget(name: "roadmapTests", dependencies: ["roadmap", "RoadmapKit", "RoadmapTestSupport"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
