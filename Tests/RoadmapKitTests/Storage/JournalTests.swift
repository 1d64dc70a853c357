import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage
import RoadmapTestSupport

final class JournalTests {
    /// Directories this test made, removed when it ends.
    var directories: [String] = []

    deinit {
        for directory in directories { try? FileManager.default.removeItem(atPath: directory) }
    }

    static func entry(_ n: Int, revert: [TextEdit] = [TextEdit(range: 3..<4, replacement: " ")]) -> JournalEntry {
        JournalEntry(time: 1_700_000_000 + n, command: ["check", "\(n)", "--in", "6-Month, plan"], goals: ["#\(n) Learn Docker ✅"],
                     lines: [n, n + 2], beforeHash: String(repeating: "a", count: 64), afterHash: String(repeating: "b", count: 64), revert: revert)
    }

    func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        directories.append(url.path)
        return url.path
    }

    @Test func anyBytesSurviveEncoding() {
        let nasty: [UInt8] = [0, 9, 10, 13, 0x25, 0x2C, 0x3A, 0x7F, 0xFF, 0xE2, 0x9C, 0x85] + Array("%41,:\t".utf8)
        let entry = Self.entry(1, revert: [TextEdit(range: 5..<17, replacement: nasty), TextEdit(range: 40..<40, replacement: [])])
        let line = entry.encoded
        #expect(line.filter { $0 == 0x0A }.count == 1 && line.last == 0x0A)
        #expect(JournalEntry(decoding: line.dropLast()) == entry)
    }

    @Test(arguments: [("a\nb\nc", [0, 2, 4, 5], [1, 2, 3]), ("a\r\nb\rc\n", [3, 5, 6], [2, 3]), ("", [0], [1]), ("x\n\n\ny", [6, 3, 0], [1, 3, 4])])
    func lineNumbersOfOffsets(_ text: String, _ offsets: [Int], _ lines: [Int]) {
        #expect(JournalEntry.lineNumbers(of: offsets, in: Array(text.utf8)) == lines)
    }

    @Test func emptyItemsAreNotEmptyLists() {
        for (command, goals) in [([""], [String]()), (["", ""], [""]), ([], ["", "%"]), (["%", ","], ["%25"])] {
            let entry = JournalEntry(time: 5, command: command, goals: goals, lines: [], beforeHash: "", afterHash: "", revert: [])
            #expect(JournalEntry(decoding: entry.encoded.dropLast()) == entry, "\(command) \(goals)")
        }
    }

    @Test(arguments: ["", "garbage", "1\t2\t3", "x\ta\tb\tc\td\t1\t1:1:a", "1\ta\tb\tc\td\t1\t1:1:%G0"])
    func damagedLinesDoNotDecode(_ line: String) {
        #expect(JournalEntry(decoding: Array(line.utf8)[...]) == nil)
    }

    @Test func keepsTheNewestFiftyAndSkipsDamage() throws {
        let journal = Journal(directory: try temporaryDirectory(), roadmap: "/plans/career-roadmap.md")
        #expect(try journal.entries() == [])
        for n in 1...60 { try journal.append(Self.entry(n)) }
        var entries = try journal.entries()
        #expect(entries.count == Journal.maximumEntries)
        #expect(entries.first == Self.entry(11) && entries.last == Self.entry(60))
        // A damaged line costs only itself.
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: journal.path)))
        bytes += Array("half an entry\t1\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: journal.path))
        #expect(try journal.entries().count == Journal.maximumEntries)
        // Removing takes out that one entry.
        #expect(try journal.remove(Self.entry(60)))
        entries = try journal.entries()
        #expect(entries.count == 49 && entries.last == Self.entry(59))
        #expect(try journal.remove(Self.entry(60)) == false)
    }

    /// Whether `change` replaced the file at `path` (a rename) rather than writing into it: the
    /// file is held open meanwhile, so that its inode number cannot be given to the new one.
    static func replaces(_ path: String, _ change: () throws -> Void) throws -> Bool {
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        var held = stat(), now = stat()
        #expect(fd >= 0 && fstat(fd, &held) == 0)
        try change()
        #expect(stat(path, &now) == 0)
        return held.st_ino != now.st_ino
    }

    /// An entry is added at the end of the journal in place, flushed once: rewriting the journal
    /// and renaming it cost two flushes (the file, then its folder) on every change (issue 28:
    /// `check` on L against `cp`).
    @Test func anAppendWritesInPlace() throws {
        let journal = Journal(directory: try temporaryDirectory(), roadmap: "/plans/career-roadmap.md")
        try journal.append(Self.entry(1))
        #expect(try Self.replaces(journal.path) { try journal.append(Self.entry(2)) } == false)
        #expect(try Self.replaces(journal.path) { try journal.append(Self.entry(3)) } == false)
        #expect(try journal.entries() == [Self.entry(1), Self.entry(2), Self.entry(3)])
    }

    /// A line cut off by a crash while it was appended is no entry, whatever its length: a prefix
    /// of an entry may decode as another entry (a shorter revert), which undo must never apply.
    /// The next append rewrites the journal without it.
    @Test func aLineCutOffByACrashIsNoEntry() throws {
        let journal = Journal(directory: try temporaryDirectory(), roadmap: "/plans/career-roadmap.md")
        try journal.append(Self.entry(1))
        try journal.append(Self.entry(2))
        let whole = Array(try Data(contentsOf: URL(fileURLWithPath: journal.path)))
        let line = Self.entry(3, revert: [TextEdit(range: 3..<40, replacement: Array("a longer text to revert".utf8))]).encoded
        for cut in 1..<line.count {
            try Data(whole + line[..<cut]).write(to: URL(fileURLWithPath: journal.path))
            #expect(try journal.entries() == [Self.entry(1), Self.entry(2)], "cut after \(cut) bytes")
        }
        try journal.append(Self.entry(4))
        #expect(try journal.entries() == [Self.entry(1), Self.entry(2), Self.entry(4)])
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: journal.path)))
        #expect(bytes.last == 0x0A && bytes.split(separator: 0x0A).count == 4)
    }

    /// Kept to the newest fifty with few rewrites: the file may hold up to twice as many lines
    /// before one rewrite trims it, so that a long-used journal is not rewritten on every change.
    @Test func fewRewritesKeepItBounded() throws {
        let journal = Journal(directory: try temporaryDirectory(), roadmap: "/plans/career-roadmap.md")
        try journal.append(Self.entry(1))
        var rewrites = 0
        for n in 2...250 {
            if try Self.replaces(journal.path, { try journal.append(Self.entry(n)) }) { rewrites += 1 }
            let lines = Array(try Data(contentsOf: URL(fileURLWithPath: journal.path))).split(separator: 0x0A).count
            #expect(lines <= 2 * Journal.maximumEntries + 1)
        }
        #expect(rewrites <= 4)
        let entries = try journal.entries()
        #expect(entries.count == Journal.maximumEntries && entries.first == Self.entry(201) && entries.last == Self.entry(250))
    }

    @Test func staysUnderOneMebibyte() throws {
        let journal = Journal(directory: try temporaryDirectory(), roadmap: "/plans/big.md")
        let big = [TextEdit(range: 0..<100_000, replacement: [UInt8](repeating: 0x61, count: 100_000))]
        for n in 1...20 { try journal.append(Self.entry(n, revert: big)) }
        let size = (try FileManager.default.attributesOfItem(atPath: journal.path)[.size] as? Int) ?? 0
        #expect(size <= Journal.maximumBytes + 4096)
        #expect(try journal.entries().last == Self.entry(20, revert: big))
        // One change too big to keep is refused, and the journal is left as it was.
        let huge = [TextEdit(range: 0..<0, replacement: [UInt8](repeating: 0x61, count: Journal.maximumBytes))]
        #expect(throws: StorageError.self) { try journal.append(Self.entry(21, revert: huge)) }
        #expect(try journal.entries().last == Self.entry(20, revert: big))
    }

    /// A journal that cannot be read (here: larger than roadmap reads, which root cannot get
    /// around as it can a mode) is left as it is: appending used to replace it with the new
    /// entry alone, its history lost without a word.
    @Test func aJournalThatCannotBeReadIsKept() throws {
        let journal = Journal(directory: try temporaryDirectory(), roadmap: "/plans/career-roadmap.md")
        try journal.append(Self.entry(1))
        try journal.append(Self.entry(2))
        let history = Array(try Data(contentsOf: URL(fileURLWithPath: journal.path)))
        #expect(truncate(journal.path, off_t(FileSystem.maximumFileSize) + 1) == 0)
        #expect {
            try journal.append(Self.entry(3))
        } throws: { error in
            (error as? StorageError)?.message.hasPrefix("cannot read it (is larger than 2 GiB") == true
        }
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: journal.path))
        defer { try? handle.close() }
        #expect(try handle.seekToEnd() == UInt64(FileSystem.maximumFileSize) + 1)
        try handle.seek(toOffset: 0)
        #expect(Array(try handle.read(upToCount: history.count) ?? Data()) == history)
    }

    @Test func aJournalForAnotherPathIsNotRead() throws {
        let directory = try temporaryDirectory()
        let journal = Journal(directory: directory, roadmap: "/a/roadmap.md")
        try journal.append(Self.entry(1))
        // Same file name, as if the hash collided: the header names another roadmap.
        let other = Journal(directory: directory, roadmap: "/b/roadmap.md")
        try FileManager.default.copyItem(atPath: journal.path, toPath: other.path)
        #expect(try other.entries() == [])
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256KnownAnswers(_ text: String, _ digest: String) {
        #expect(SHA256.hex(Array(text.utf8)) == digest)
    }

    @Test func sha256AgreesWithShasumAcrossBlockBoundaries() throws {
        for count in [55, 56, 63, 64, 65, 119, 1000] {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID().uuidString)")
            try Data(bytes).write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
            process.arguments = [url.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            guard (try? process.run()) != nil else { return }  // No sha256sum here: the known answers suffice.
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(output.hasPrefix(SHA256.hex(bytes)), "\(count) bytes")
        }
    }

    /// Reference values from the `xxhash` Python package (the reference C library), over the same
    /// bytes as the SHA-256 test, at every tail length and across the 32-byte stripes.
    @Test(arguments: [
        (0, 0xef46db3751d8e999), (1, 0xa96c7f0ce858bbb7), (3, 0x56e6957632a487f9), (4, 0xc60d15b1e3ff8f04),
        (5, 0x808815858624dd4e), (7, 0xafbefc3d6c6f9a8e), (8, 0x3da5c7aa269683e0), (9, 0x4b17a9ba9e215c09),
        (15, 0xae2a37eb9357caa7), (16, 0xa19ad429b02bc413), (31, 0x4a74f3a1a39ad4a1), (32, 0x8d57d6a4671cc43d),
        (33, 0x62c9fd21ed857664), (63, 0x5c320a0d2707057f), (64, 0x7bbabbc45729d17e), (65, 0xf3980c34bae65dc1),
        (100, 0xefa0ad2d3e70c151), (1000, 0x99594f4828043d35), (4099, 0x98531e44aa4f969d),
    ] as [(Int, UInt64)])
    func xxh64KnownAnswers(_ count: Int, _ expected: UInt64) {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        #expect(XXH64.hash(bytes) == expected)
    }

    /// Hashed in pieces of any sizes (as an edited file is), the hash is the one-shot hash.
    @Test func xxh64InPiecesEqualsWhole() {
        let bytes = (0..<4099).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var random = SplitMix(seed: 64)
        for _ in 0..<200 {
            var hasher = XXH64()
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + random.next(70))
                bytes[start..<end].withUnsafeBytes { hasher.update($0) }
                start = end
            }
            #expect(hasher.finalize() == 0x98531e44aa4f969d)
        }
    }

    /// Line numbers by counting LFs (files without CR) equal the line-by-line walk, for offsets
    /// anywhere, at the end, and past it.
    @Test func lineNumbersByCountingEqualTheWalk() {
        var random = SplitMix(seed: 12)
        for length in [0, 1, 31, 32, 33, 100, 8159, 8160, 8161, 20_000] {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in random.next(4) == 0 ? ASCII.lf : UInt8(97 + random.next(3)) }
                let offsets = (0..<random.next(5) + 1).map { _ in random.next(length + 3) }
                #expect(JournalEntry.lineNumbers(of: offsets, in: bytes) == JournalEntry.lineNumbersByWalking(of: offsets, in: bytes))
                #expect(bytes.withUnsafeBytes { LineFeeds.count(in: $0) } == bytes.filter { $0 == ASCII.lf }.count)
            }
        }
    }

    @Test func contentHashReadsBothJournalVersions() {
        let bytes = Array("- [x] Learn Docker\n".utf8)
        #expect(ContentHash.of(bytes) == "xxh64:" + String(XXH64.hash(bytes), radix: 16).leftPadded(to: 16))
        #expect(ContentHash.matches(bytes, ContentHash.of(bytes)))
        // Entries written by 0.1 hold SHA-256: still understood, so undo survives the upgrade.
        #expect(ContentHash.matches(bytes, SHA256.hex(bytes)))
        #expect(!ContentHash.matches(bytes + [0x0A], SHA256.hex(bytes)))
        #expect(!ContentHash.matches(bytes + [0x0A], ContentHash.of(bytes)))
        #expect(!ContentHash.matches(bytes, "not a hash"))
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// The journal of several files per entry, paths with line breaks, and journals written by 0.2.
struct JournalFormatTests {
    static func twoFiles() -> JournalEntry {
        JournalEntry(time: 1_700_000_100, command: ["check", "1", "one:1"], goals: ["#1 a", "one:1 b"], files: [
            .init(path: "/plans/roadmap.md", lines: [2], beforeHash: "xxh64:1", afterHash: "xxh64:2", revert: [TextEdit(range: 3..<4, replacement: [0x20])]),
            .init(path: "/plans/phase,1\t%.md", lines: [1, 3], beforeHash: "xxh64:3", afterHash: "xxh64:4", revert: [TextEdit(range: 0..<0, replacement: [0x0A])]),
        ])
    }

    @Test func anEntryOfTwoFilesRoundTrips() {
        let entry = Self.twoFiles()
        let line = entry.encoded
        #expect(line.filter { $0 == 0x0A }.count == 1)
        #expect(JournalEntry(decoding: line.dropLast(), roadmap: "/elsewhere.md") == entry)
    }

    /// A 0.2 line: seven fields, about the journal's own file.
    @Test func entriesOfVersion02AreRead() {
        let line = "1700000000\txxh64:aa\txxh64:bb\tcheck,1\t#1 Docker\t4\t7:1: "
        let entry = JournalEntry(decoding: Array(line.utf8)[...], roadmap: "/plans/roadmap.md")
        #expect(entry == JournalEntry(time: 1_700_000_000, command: ["check", "1"], goals: ["#1 Docker"], lines: [4],
                                      beforeHash: "xxh64:aa", afterHash: "xxh64:bb", revert: [TextEdit(range: 7..<8, replacement: [0x20])],
                                      path: "/plans/roadmap.md"))
    }

    @Test func aPathWithALineBreakKeepsItsJournal() throws {
        let scratch = try ScratchDirectory("journal-format")
        let journal = Journal(directory: scratch.path, roadmap: "/plans/odd\nname.md")
        try journal.append(Self.twoFiles())
        #expect(try journal.entries() == [Self.twoFiles()])
        #expect(try Journal(directory: scratch.path, roadmap: "/plans/odd").entries() == [])
    }

    @Test func aJournalOfVersion02IsRead() throws {
        let scratch = try ScratchDirectory("journal-format")
        let journal = Journal(directory: scratch.path, roadmap: "/plans/roadmap.md")
        try FileSystem.createPrivateDirectories(scratch.path + "/journal")
        let text = "# roadmap journal 1\t/plans/roadmap.md\n1700000000\txxh64:aa\txxh64:bb\tcheck,1\t#1 Docker\t4\t7:1: \n"
        try FileSystem.write(Array(text.utf8), to: journal.path)
        #expect(try journal.entries().map(\.files) == [[.init(path: "/plans/roadmap.md", lines: [4], beforeHash: "xxh64:aa",
                                                                afterHash: "xxh64:bb", revert: [TextEdit(range: 7..<8, replacement: [0x20])])]])
        // Rewritten, it keeps its entries in the new format.
        #expect(try journal.remove([]) == 0)
        try journal.append(Self.twoFiles())
        #expect(try journal.entries().count == 2)
    }
}
