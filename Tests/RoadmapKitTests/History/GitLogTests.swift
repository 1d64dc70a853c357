import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage
@testable import RoadmapStorage

/// `git log -p` output parsed from bytes and replayed into versions, without running git: the
/// shapes git prints (new file, hunks, no newline at the end, renames, quoted paths, a removed
/// line that looks like a header), written out as git writes them.
struct GitLogTests {
    static let log = """
    \u{1}bbbb 2026-03-14T23:30:00-05:00

    diff --git a/old.md b/"caf\\303\\251.md"
    similarity index 80%
    rename from old.md
    rename to "caf\\303\\251.md"
    index 1111111..2222222 100644
    --- a/old.md
    +++ "b/caf\\303\\251.md"
    @@ -1,4 +1,4 @@
     # T
    --- a/x
    +- [x] one
     - [ ] two
    -- [ ] three
    \\ No newline at end of file
    +- [ ] three
    \u{1}aaaa 2026-01-10T10:00:00+01:00

    diff --git a/old.md b/old.md
    new file mode 100644
    index 0000000..1111111
    --- /dev/null
    +++ b/old.md
    @@ -0,0 +1,4 @@
    +# T
    +-- a/x
    +- [ ] two
    +- [ ] three
    \\ No newline at end of file

    """

    @Test func commitsComeOldestFirstWithTheirAuthorDay() {
        let log = GitLog(parsing: Array(Self.log.utf8))
        #expect(log.commits.map(\.date.description) == ["2026-01-10", "2026-03-14"])
        #expect(log.commits[0].diffs.count == 1)
        #expect(log.commits[0].diffs[0].isNew)
        #expect(log.commits[0].diffs[0].oldPath == nil)
        #expect(log.commits[1].diffs[0].oldPath == "old.md")
        #expect(log.commits[1].diffs[0].newPath == "café.md")
    }

    @Test func patchesReplayIntoEachVersion() {
        let log = GitLog(parsing: Array(Self.log.utf8))
        let first = FileVersion().applying(log.commits[0].diffs[0], of: log)
        #expect(String(decoding: first.version.bytes, as: UTF8.self) == "# T\n-- a/x\n- [ ] two\n- [ ] three")
        #expect(first.oldLine == [nil, nil, nil, nil])
        let second = first.version.applying(log.commits[1].diffs[0], of: log)
        #expect(String(decoding: second.version.bytes, as: UTF8.self) == "# T\n- [x] one\n- [ ] two\n- [ ] three\n")
        #expect(second.oldLine == [0, nil, 2, nil])
    }

    @Test func theArgumentsFollowOneFileAndFixTheOutputShape() {
        let one = GitLog.arguments(paths: ["/r/a.md"])
        #expect(one.contains("--follow") && one.contains("--first-parent") && one.suffix(2) == ["--", "/r/a.md"])
        #expect(one.contains("--no-ext-diff") && one.contains("--no-textconv") && one.contains("log.showRoot=true"))
        let two = GitLog.arguments(paths: ["/r/a.md", "/r/b.md"])
        #expect(!two.contains("--follow"))
        #expect(two.contains("--format=%x01%H %aI"))
        #expect(GitLog.arguments(paths: ["/r/a.md"], after: "abc").suffix(3) == ["abc..HEAD", "--", "/r/a.md"])
    }

    @Test func anyBytesGiveALog() {
        for text in ["", "\u{1}", "diff --git a b\n@@ -9,9 +1 @@\n", "\u{1}x 2026-01-01\n@@ -1,2 +1,2 @@\n x", "\u{1}h\ndiff --git\n@@ -5 +5 @@\n"] {
            let log = GitLog(parsing: Array(text.utf8))
            for commit in log.commits {
                var version = FileVersion()
                for diff in commit.diffs { version = version.applying(diff, of: log).version }
            }
        }
    }
}
