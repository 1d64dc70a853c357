import Testing
@testable import RoadmapKit

/// `log` names a file from where the person stands (issue 25): `../roadmap.md`, not a full path.
@Suite struct RelativePathFromTests {
    @Test func fromADirectoryToAFile() {
        #expect(RelativePath.from("/a/b", to: "/a/b/c.md") == "c.md")
        #expect(RelativePath.from("/a/b", to: "/a/b/d/c.md") == "d/c.md")
        #expect(RelativePath.from("/a/b", to: "/a/c.md") == "../c.md")
        #expect(RelativePath.from("/a/b/c", to: "/a/x/y.md") == "../../x/y.md")
        #expect(RelativePath.from("/a/bc", to: "/a/b/y.md") == "../b/y.md", "components, not characters")
        #expect(RelativePath.from("/", to: "/a.md") == "a.md")
        #expect(RelativePath.from("/a/b/c/d/e", to: "/z.md") == "/z.md", "more than three folders up reads better in full")
    }
}
