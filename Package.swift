// swift-tools-version:6.0
import PackageDescription

// No package dependencies, by design: the product depends on the toolchain alone.
// Licensed under the Apache License, Version 2.0 (see LICENSE).
//
// The targets are layers, each importing only those below it (docs/development.md draws them;
// scripts/check-layers.sh, run first by `make test`, checks this graph, so a new edge fails CI):
//   roadmap (the command line) -> RoadmapKit -> RoadmapStorage -> RoadmapCore -> UTF8Bytes
//                                 RoadmapKit -> RoadmapCore
//   roadmap -> CommandLineKit -> TerminalOutput -> RoadmapCore
let package = Package(
    name: "roadmap",
    products: [
        .library(name: "RoadmapKit", targets: ["RoadmapKit"]),
        .executable(name: "roadmap", targets: ["roadmap"]),
    ],
    targets: [
        // Bytes, markdown, dates, the model, queries, plans and edits: portable Swift, no C library
        // and no files (a plan reads linked files through the reader it is given).
        .target(name: "RoadmapCore", dependencies: ["UTF8Bytes"]),
        // Every C library call: reading, locking and atomic writing, the journal, outside programs.
        .target(name: "RoadmapStorage", dependencies: ["RoadmapCore"]),
        // History, reviews, reports, export, lint, diagram, templates; and the one module a front
        // end imports (it re-exports the two below, Sources/RoadmapKit/Exports.swift).
        .target(name: "RoadmapKit", dependencies: ["RoadmapCore", "RoadmapStorage"]),
        // Terminal text that knows no program: colours as marks, the console that renders every
        // byte through the one sanitiser, widths in columns, cutting, wrapping, sparklines.
        .target(name: "TerminalOutput", dependencies: ["RoadmapCore"]),
        // A command-line framework that knows no program (after swift-argument-parser): commands
        // declared once, and the parser, help, the manual page and bash, zsh and fish completion
        // scripts generated from the declarations.
        .target(name: "CommandLineKit", dependencies: ["RoadmapCore", "TerminalOutput"]),
        // roadmap's commands, rendering and main.swift, on the two above, RoadmapKit and the
        // language server (`roadmap lsp`).
        .executableTarget(name: "roadmap", dependencies: ["RoadmapKit", "CommandLineKit", "TerminalOutput", "LanguageServer"]),
        // What both test targets share: fixtures and generators (not part of the product).
        .target(name: "RoadmapTestSupport", dependencies: ["RoadmapKit"], path: "Tests/RoadmapTestSupport"),
        .testTarget(
            name: "RoadmapKitTests",
            dependencies: ["RoadmapCore", "RoadmapStorage", "RoadmapKit", "RoadmapTestSupport"],
            exclude: ["Fixtures", "Golden"]  // read from disk by path, not bundled
        ),
        .testTarget(name: "roadmapTests", dependencies: ["roadmap", "RoadmapCore", "RoadmapStorage", "RoadmapKit", "RoadmapTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "CommandLineKitTests", dependencies: ["CommandLineKit", "TerminalOutput"]),
        .testTarget(name: "TerminalOutputTests", dependencies: ["TerminalOutput"]),
    ],
    swiftLanguageModes: [.v6]
)

// The language server's foundation (issue 24), kept apart the way sourcekit-lsp keeps its protocol
// types, its JSON-RPC transport and its server: JSON text (RFC 8259), JSON-RPC 2.0 over the LSP
// base protocol, and the LSP 3.17 types with the position mapper. None of them depends on
// RoadmapKit, and none imports Foundation or the C library (the executable owns the descriptors).
package.targets += [
    // Well-formed UTF-8 (Unicode Table 3-7) over bytes: the one copy, below RoadmapCore and JSONText
    // alike, so that neither of them depends on the other.
    .target(name: "UTF8Bytes"),
    .target(name: "JSONText", dependencies: ["UTF8Bytes"]),
    .target(name: "JSONRPC", dependencies: ["JSONText"]),
    .target(name: "LanguageServerProtocol", dependencies: ["UTF8Bytes", "JSONText", "JSONRPC"]),
    // The server itself (`roadmap lsp`): lifecycle, dispatch and one file per capability, over the
    // same library the command line uses.
    .target(name: "LanguageServer", dependencies: ["RoadmapKit", "LanguageServerProtocol", "JSONRPC", "JSONText"]),
    // What the test targets share: a seeded generator and where ../shared is.
    .target(name: "LanguageServerTestSupport", path: "Tests/LanguageServerTestSupport"),
    .testTarget(name: "JSONTextTests", dependencies: ["JSONText", "LanguageServerTestSupport"]),
    .testTarget(name: "JSONRPCTests", dependencies: ["JSONRPC", "JSONText", "LanguageServerTestSupport"]),
    .testTarget(
        name: "LanguageServerProtocolTests",
        dependencies: ["LanguageServerProtocol", "JSONRPC", "JSONText", "LanguageServerTestSupport"]
    ),
    .testTarget(
        name: "LanguageServerTests",
        dependencies: ["LanguageServer", "LanguageServerProtocol", "JSONRPC", "JSONText", "RoadmapKit", "LanguageServerTestSupport", "RoadmapTestSupport"]
    ),
]
