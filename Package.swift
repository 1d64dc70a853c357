// swift-tools-version:6.0
import PackageDescription

// No package dependencies, by design: the product depends on the toolchain alone.
let package = Package(
    name: "roadmap",
    products: [
        .library(name: "RoadmapKit", targets: ["RoadmapKit"]),
        .executable(name: "roadmap", targets: ["roadmap"]),
    ],
    targets: [
        .target(name: "RoadmapKit"),
        .executableTarget(name: "roadmap", dependencies: ["RoadmapKit"]),
        .testTarget(
            name: "RoadmapKitTests",
            dependencies: ["RoadmapKit"]
        ),
        .testTarget(name: "roadmapTests", dependencies: ["roadmap", "RoadmapKit"]),
    ],
    swiftLanguageModes: [.v6]
)
