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

// The language server's foundation (issue 24), kept apart the way sourcekit-lsp keeps its protocol
// types, its JSON-RPC transport and its server: JSON text (RFC 8259), JSON-RPC 2.0 over the LSP
// base protocol, and the LSP 3.17 types with the position mapper. None of them depends on
// RoadmapKit, and none imports Foundation or the C library (the executable owns the descriptors).
package.targets += [
    .target(name: "JSONText"),
    .target(name: "JSONRPC", dependencies: ["JSONText"]),
    .target(name: "LanguageServerProtocol", dependencies: ["JSONText", "JSONRPC"]),
    // What the test targets share: a seeded generator and where ../shared is.
    .target(name: "LanguageServerTestSupport", path: "Tests/LanguageServerTestSupport"),
    .testTarget(name: "JSONTextTests", dependencies: ["JSONText", "LanguageServerTestSupport"]),
    .testTarget(name: "JSONRPCTests", dependencies: ["JSONRPC", "JSONText", "LanguageServerTestSupport"]),
    .testTarget(
        name: "LanguageServerProtocolTests",
        dependencies: ["LanguageServerProtocol", "JSONRPC", "JSONText", "LanguageServerTestSupport"]
    ),
]
