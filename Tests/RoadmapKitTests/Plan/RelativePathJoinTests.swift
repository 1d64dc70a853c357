import Testing
@testable import RoadmapKit
@testable import RoadmapCore
import RoadmapTestSupport

/// `RelativePath.normalized` cleans an ASCII path in its bytes (`normalizedASCII`): it must give
/// what cleaning the String's parts gives (`normalizedByParts`), and so must `join`, for every
/// directory and path.
@Suite struct RelativePathJoinTests {
    /// The rule as written: the path normalized, from the directory unless it is absolute or
    /// there is none.
    func reference(_ directory: String, _ relative: String) -> String {
        if relative.hasPrefix("/") || directory.isEmpty || directory == "." { return RelativePath.normalizedByParts(relative) }
        return RelativePath.normalizedByParts(directory + "/" + relative)
    }

    static let tricky = ["", ".", "..", "/", "//", "a", "a/", "/a", "a/b", "a//b", "./a", "a/.", "a/..", "../a", ".a", "a.", "...",
                         "a/.../b", "notes/go.md", "/abs/x.md", "a/\u{301}b", "/\u{301}x", "\u{301}x", "é/ü.md", ".\u{301}", "a b/c d.md", "labs/week-001/",
                         "a/b/../../..", "/..", "/../a", "../../a/./b/", "a\r\n/.", "\r\n/../x"]

    @Test func trickyPaths() {
        for directory in Self.tricky {
            for relative in Self.tricky {
                #expect(RelativePath.join(directory, relative) == reference(directory, relative), "'\(directory)' + '\(relative)'")
            }
        }
    }

    @Test func randomPaths() {
        var random = SplitMix(seed: 41)
        let alphabet = ["a", "b", ".", "..", "/", "/", "\u{301}", "é"]
        func path() -> String { (0..<random.next(7)).map { _ in alphabet[random.next(alphabet.count)] }.joined() }
        for _ in 0..<4000 {
            let directory = path(), relative = path()
            #expect(RelativePath.join(directory, relative) == reference(directory, relative), "'\(directory)' + '\(relative)'")
        }
    }

    /// The two ways of cleaning, path by path (those past ASCII take the String's way).
    @Test func bytesAndPartsAgree() {
        var random = SplitMix(seed: 43)
        let alphabet = ["a", "b", ".", "..", "/", "/", "/", "\r\n"]
        var paths = Self.tricky
        for _ in 0..<4000 { paths.append((0..<random.next(9)).map { _ in alphabet[random.next(alphabet.count)] }.joined()) }
        for path in paths {
            #expect(RelativePath.normalized(path) == RelativePath.normalizedByParts(path), "'\(path)'")
        }
    }
}
