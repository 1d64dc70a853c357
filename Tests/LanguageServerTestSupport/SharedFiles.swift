import Foundation

/// Where `../shared` is (JSONTestSuite lives there), found from this file's place in the tree:
/// `Tests/LanguageServerTestSupport/SharedFiles.swift`, three levels below the package's parent
/// (symbolic links resolved, so a package that links these folders in finds the same place).
public enum SharedFiles {
    public static let shared = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared")
    public static let jsonTestSuite = shared.appendingPathComponent("jsontestsuite/test_parsing")
}
