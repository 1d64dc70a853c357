import Foundation
import Glibc
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
@testable import RoadmapStorage
@testable import RoadmapStorage

/// An editor's save at each moment of a commit where one used to be lost (issue 13), put there
/// deterministically through `StoreHooks`: the commit re-reads and re-applies the tick, so the
/// file ends with the editor's line and the tick, or it refuses and leaves the editor's save.
final class EditorWindowTests {
    let scratch: ScratchDirectory
    static let text = "# Plan\n\n- [ ] task A\n- [ ] task B\n"
    static let edited = "# Plan\n\n- [ ] task A\n- [ ] task B\n- [ ] editor added this goal\n"

    init() throws { scratch = try ScratchDirectory("editor-window") }

    /// Ticks goal `index` of what is in `path` now, with `hooks` in the commit.
    func tick(_ index: Int, in path: String, hooks: StoreHooks) throws -> FileChange? {
        let roadmap = Roadmap(parsing: try FileSystem.read(path))
        let edits = roadmap.edits(setting: index, to: .done, doneDate: nil)
        return try commitOneFile(edits, computedOn: roadmap.bytes, to: path, replaying: { roadmap.replaying(edits, onto: $0) }, hooks: hooks)
    }

    /// The repro of the issue (there with strace delaying fsync): a save after the check, before
    /// the replacement; by rename (a new inode) or in place (the same inode, truncated and rewritten).
    /// The save in place runs as another program's would: its open waits on the commit's lease,
    /// which the commit finds broken at the replacement, lets go, and starts over.
    @Test(arguments: [false, true])
    func aSaveJustBeforeTheReplacement(inPlace: Bool) throws {
        let path = try scratch.write("career-roadmap.md", Self.text)
        var saves = 0
        var editor: BackgroundSave?
        var hooks = StoreHooks()
        hooks.replacing = { _, replace throws(StorageError) in
            if saves == 0 {
                if inPlace {
                    editor = BackgroundSave { Editor.inPlaceSave(path, Array(Self.edited.utf8)) }
                    #expect(editor?.waitUntilDoneOrBlocked(on: path) != .neither)
                } else {
                    Editor.renameSave(path, Array(Self.edited.utf8))
                }
            }
            saves += 1
            try replace()
        }
        let change = try tick(0, in: path, hooks: hooks)
        #expect(editor?.wait(seconds: 5) != false)
        #expect(scratch.read(path) == "# Plan\n\n- [x] task A\n- [ ] task B\n- [ ] editor added this goal\n")
        #expect(change?.wasReplayed == true && saves == 2)
    }

    /// roadmap finds the file half-saved in place (truncated, the first part written); the editor
    /// writes the rest while roadmap works (its open waiting on roadmap's lease). What is written
    /// is the whole save with the tick, never the half with the tick (which used to leave a file
    /// cut mid-line).
    @Test func aHalfSavedFileIsNotEdited() throws {
        let long = Self.text + String(repeating: "Notes the editor is saving, line after line.\n", count: 200)
        let path = try scratch.write("career-roadmap.md", long)
        let roadmap = Roadmap(parsing: try FileSystem.read(path))
        let edits = roadmap.edits(setting: 0, to: .done, doneDate: nil)
        let saved = Array((long + "The editor's last line.\n").utf8)
        Editor.startInPlaceSave(path, saved, upTo: 3000)
        var editor: BackgroundSave?
        var hooks = StoreHooks()
        hooks.afterReading = { _ in
            guard editor == nil else { return }
            editor = BackgroundSave { Editor.finishInPlaceSave(path, saved, from: 3000) }
            #expect(editor?.waitUntilDoneOrBlocked(on: path) != .neither)
        }
        _ = try commitOneFile(edits, computedOn: roadmap.bytes, to: path, replaying: { roadmap.replaying(edits, onto: $0) }, hooks: hooks)
        #expect(editor?.wait(seconds: 5) == true)
        #expect(scratch.read(path) == String(decoding: saved, as: UTF8.self).replacingOccurrences(of: "- [ ] task A", with: "- [x] task A"))
    }

    /// An editor that saves at every attempt: after a bounded number of tries roadmap gives up,
    /// says so, and the editor's last save is what the file holds.
    @Test func aFileThatNeverSettlesIsRefused() throws {
        let path = try scratch.write("career-roadmap.md", Self.text)
        var saves = 0
        var hooks = StoreHooks()
        hooks.replacing = { _, replace throws(StorageError) in
            saves += 1
            Editor.renameSave(path, Array((Self.edited + "- [ ] save \(saves)\n").utf8))
            try replace()
        }
        #expect {
            _ = try self.tick(0, in: path, hooks: hooks)
        } throws: { error in
            (error as? StorageError)?.message.contains("kept changing") == true
        }
        #expect(saves > 1 && saves <= 20)
        #expect(scratch.read(path) == Self.edited + "- [ ] save \(saves)\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
        #expect(names == ["career-roadmap.md"])
    }
}
