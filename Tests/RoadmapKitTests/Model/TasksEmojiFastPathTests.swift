import Testing
@testable import RoadmapCore
import RoadmapTestSupport

/// The fast paths of `TasksEmojiField` (issue 28) against the plain readings they replaced: the
/// date symbol found from its last bytes against trying every symbol of `dateMarks` in order, and
/// the eight-bytes-a-step search for a symbol's first byte against a byte-by-byte one, on every
/// symbol, with and without a variation selector, and on random bytes rich in what they look at.
struct TasksEmojiFastPathTests {
    /// What `read` did before: each kind's symbols in the list's order, the first that ends there.
    private func listed(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> (TasksFields.Kind, Int)? {
        for (kind, marks) in TasksEmojiField.dateMarks {
            for mark in marks {
                if let start = TasksEmojiField.emoji(mark, bytes, lower, end) { return (kind, start) }
            }
        }
        return nil
    }

    private func agree(_ bytes: [UInt8], _ lower: Int, _ end: Int) -> Bool {
        let fast = TasksEmojiField.dateMark(bytes, lower, end), slow = listed(bytes, lower, end)
        return fast?.0 == slow?.0 && fast?.1 == slow?.1
    }

    @Test func dateMarkMatchesTheList() {
        let selector: [UInt8] = [0xEF, 0xB8, 0x8F]
        for (_, marks) in TasksEmojiField.dateMarks {
            for mark in marks {
                for prefix in [[], [0x61], [0xF0], [0xF0, 0x9F], Array("a ".utf8)] as [[UInt8]] {
                    for tail in [[], selector] {
                        let bytes = prefix + mark + tail
                        #expect(TasksEmojiField.dateMark(bytes, 0, bytes.count) != nil, "\(bytes)")
                        for lower in 0...bytes.count {
                            #expect(agree(bytes, lower, bytes.count), "\(bytes) from \(lower)")
                        }
                    }
                }
            }
        }
        var random = SplitMix(seed: 2828)
        // Every byte of every symbol, the selector's and a few others: near misses of all kinds.
        let alphabet = Array(Set(TasksEmojiField.dateMarks.flatMap { $0.1.flatMap { $0 } } + selector + [0x61, 0x20, 0x00, 0xFF]))
        for _ in 0..<20_000 {
            let bytes = (0..<random.next(9)).map { _ in alphabet[random.next(alphabet.count)] }
            for lower in 0...bytes.count { #expect(agree(bytes, lower, bytes.count), "\(bytes) from \(lower)") }
        }
    }

    @Test func symbolSearchAgreesWithAPlainOne() {
        var random = SplitMix(seed: 2829)
        // 0xE0 and up have the top three bits the word test looks for; 0xE2 and 0xF0 are the leads.
        let alphabet: [UInt8] = [0x61, 0x20, 0xE0, 0xE1, 0xE2, 0xEF, 0xF0, 0xF1, 0xC2, 0x80, 0x7F]
        for _ in 0..<3_000 {
            let bytes = (0..<random.next(40)).map { _ in alphabet[random.next(alphabet.count)] }
            for lower in 0...bytes.count {
                for end in lower...bytes.count {
                    let expected = bytes[lower..<end].contains { $0 == 0xE2 || $0 == 0xF0 }
                    #expect(TasksEmojiField.hasSymbolLead(bytes, lower, end) == expected, "\(bytes) \(lower)..<\(end)")
                }
            }
        }
    }
}
