import Testing
@testable import RoadmapCore

/// gitignore(5) as ripgrep reads `.gitignore` and `.ignore`, and the tree's other choices
/// (hidden names, node_modules, markdown only), as pure logic over path components.
struct IgnoreRulesTests {
    func path(_ text: String) -> [[UInt8]] { text.split(separator: "/").map { Array($0.utf8) } }

    func decision(_ lines: [String], _ text: String, directory: Bool = false) -> IgnoreRules.Decision? {
        IgnoreRules(lines: lines).decision(for: path(text), isDirectory: directory)
    }

    @Test func aNameWithoutASlashMatchesAtAnyDepth() {
        #expect(decision(["draft.md"], "draft.md") == .ignore)
        #expect(decision(["draft.md"], "a/b/draft.md") == .ignore)
        #expect(decision(["draft.md"], "a/b/final.md") == nil)
        #expect(decision(["*.draft.md"], "x/y.draft.md") == .ignore)
    }

    @Test func aSlashAtTheStartOrInTheMiddleAnchorsToTheFilesFolder() {
        #expect(decision(["/top.md"], "top.md") == .ignore)
        #expect(decision(["/top.md"], "a/top.md") == nil)
        #expect(decision(["a/b.md"], "a/b.md") == .ignore)
        #expect(decision(["a/b.md"], "x/a/b.md") == nil)
    }

    @Test func aTrailingSlashMatchesFoldersOnly() {
        #expect(decision(["build/"], "build", directory: true) == .ignore)
        #expect(decision(["build/"], "build", directory: false) == nil)
        #expect(decision(["build/"], "a/build", directory: true) == .ignore)
    }

    @Test func doubleStarSpansFolders() {
        #expect(decision(["**/notes.md"], "notes.md") == .ignore)
        #expect(decision(["**/notes.md"], "a/b/notes.md") == .ignore)
        #expect(decision(["a/**/z.md"], "a/z.md") == .ignore)
        #expect(decision(["a/**/z.md"], "a/b/c/z.md") == .ignore)
        #expect(decision(["a/**"], "a/b/c.md") == .ignore)
        #expect(decision(["a/**"], "a", directory: true) == nil)
        #expect(decision(["a/*.md"], "a/b/c.md") == nil)
    }

    @Test func theLastMatchingPatternWinsAndANegationReincludes() {
        #expect(decision(["*.md", "!keep.md"], "keep.md") == .include)
        #expect(decision(["*.md", "!keep.md"], "drop.md") == .ignore)
        #expect(decision(["!keep.md", "*.md"], "keep.md") == .ignore)
    }

    @Test func commentsBlanksAndEscapes() {
        #expect(IgnoreRules(lines: ["# a comment", "", "   "]).isEmpty)
        #expect(decision(["\\#hash.md"], "#hash.md") == .ignore)
        #expect(decision(["\\!bang.md"], "!bang.md") == .ignore)
        #expect(decision(["trail.md   "], "trail.md") == .ignore)
        #expect(decision(["space.md\\ "], "space.md ") == .ignore)
        #expect(decision(["a\\*.md"], "ab.md") == nil)
        #expect(decision(["a\\*.md"], "a*.md") == .ignore)
        #expect(IgnoreRules(parsing: Array("x.md\r\n".utf8)).decision(for: path("x.md"), isDirectory: false) == .ignore)
    }

    @Test func questionMarksAndClasses() {
        #expect(decision(["?.md"], "a.md") == .ignore)
        #expect(decision(["?.md"], "ab.md") == nil)
        #expect(decision(["[ab].md"], "b.md") == .ignore)
        #expect(decision(["[!ab].md"], "b.md") == nil)
        #expect(decision(["[!ab].md"], "c.md") == .ignore)
        #expect(decision(["[a-c]x.md"], "bx.md") == .ignore)
        #expect(decision(["[a-c]x.md"], "dx.md") == nil)
        #expect(decision(["[unclosed.md"], "[unclosed.md") == .ignore)
    }

    @Test func aHostilePatternEndsQuickly() {
        let pattern = String(repeating: "*a", count: 200) + "b"
        #expect(decision([pattern], String(repeating: "a", count: 2000)) == nil)
    }

    @Test func theFilterSkipsHiddenNamesNodeModulesAndWhatIsNotMarkdown() {
        let filter = TreeFilter()
        #expect(filter.includes(path("a.md"), isDirectory: false))
        #expect(filter.includes(path("A.MARKDOWN"), isDirectory: false))
        #expect(!filter.includes(path("a.txt"), isDirectory: false))
        #expect(!filter.includes(path(".obsidian"), isDirectory: true))
        #expect(!filter.includes(path(".hidden.md"), isDirectory: false))
        #expect(!filter.includes(path("node_modules"), isDirectory: true))
        let all = TreeFilter(includesHidden: true, ignoresRules: true)
        #expect(all.includes(path(".obsidian"), isDirectory: true))
        #expect(all.includes(path("node_modules"), isDirectory: true))
        #expect(TreeFilter(includesHidden: true).includes(path(".hidden.md"), isDirectory: false))
        #expect(!TreeFilter(includesHidden: true).includes(path("node_modules"), isDirectory: true))
    }

    @Test func aDeeperFoldersRulesComeFirstAndIgnoreBeforeGitignore() {
        var filter = TreeFilter()
        filter.enter(depth: 0, rules: [IgnoreRules(lines: []), IgnoreRules(lines: ["*.md"])])
        #expect(!filter.includes(path("a.md"), isDirectory: false))
        filter.enter(depth: 1, rules: [IgnoreRules(lines: ["!keep.md"]), IgnoreRules(lines: [])])
        #expect(filter.includes(path("sub/keep.md"), isDirectory: false))
        #expect(!filter.includes(path("sub/other.md"), isDirectory: false))
        // Anchored to the deeper file's own folder.
        filter.enter(depth: 1, rules: [IgnoreRules(lines: ["/x.md"]), IgnoreRules(lines: ["!x.md", "!y.md"])])
        #expect(!filter.includes(path("sub2/x.md"), isDirectory: false))
        #expect(filter.includes(path("sub2/y.md"), isDirectory: false))
        // Back up at the top: the deeper folders' rules are gone.
        filter.enter(depth: 0, rules: [])
        #expect(filter.includes(path("keep.md"), isDirectory: false))
        var none = TreeFilter(ignoresRules: true)
        none.enter(depth: 0, rules: [IgnoreRules(lines: ["*.md"])])
        #expect(none.includes(path("a.md"), isDirectory: false))
    }
}
