// Compiled as part of RoadmapTestSupport by SwiftPM, and into the one fuzzer module with the
// RoadmapKit sources by scripts/fuzz.sh, where there is no RoadmapKit module to import.
#if canImport(RoadmapKit)
import RoadmapKit
#endif

/// Documents full of `✅ dates`, made from a recipe of bytes: the fuzzer's second generator (issue
/// 13: 1,000 such documents found two bugs in minutes where the plain byte fuzzer found none), and
/// the seeded test's. The recipe's bytes are choices: what kind of line comes next (a goal, or a
/// block that hides goals or is not one), how the goal starts (with and without room for text),
/// how many pieces follow and which (done dates valid and not, with and without the space, two
/// of them, other Obsidian Tasks fields, words, odd whitespace, raw bytes), and the line ending.
/// So libFuzzer's mutations of a recipe walk the space of such lines.
package enum DoneDateDocuments {
    static let endings = ["\n", "\r\n", "\n\n", "\r", ""]
    static let goalStarts = ["- [ ] ", "- [x] ", "* [X] ", "1. [ ] ", "- [/] ", "- [ ]", "- [x]", "- [ ]\t", "  - [ ] ", "> - [x] ",
                             "- [x]\u{0B}", "\t- [ ] ", "- [-] ", "- [x]  ", "    - [x] "]
    static let blocks = ["```", "<!--", "-->", "<textarea>", "# Heading", "    code", "**Name:** ✅ 2024-01-01", "| a | ✅ 2024-01-01 |", "text",
                         "  continued ✅ 2024-01-01", ""]
    /// What goes on a goal's line: done dates, whitespace, words, other Tasks fields, look-alikes.
    static let pieces: [[String]] = [
        ["✅ 2025-07-07", "✅2024-01-01", "✅ 2024-02-30", "✅ 9999-12-31", "✅  2024-01-01", " ✅ 2026-12-01", "✅ 0000-01-01",
         "✅ 2024-1-01", "✅ 2024-01-01 ✅ 2024-02-02"],
        [" ", "\t", "  ", "\u{0B}", "\u{0C}"],
        ["shipped", "v1", "then", "x", "later", "(Month 3)", "[link](x.md)", "**bold**", "`✅ 2024-01-01`"],
        ["📅 2025-02-01", "⏳ 2025-01-02", "🛫 2025-01-03", "➕ 2024-12-01", "🔁 every week", "#tag", "^block-1", "⏫", "🆔 abc",
         "⛔ abc, def", "❌ 2024-01-01", "#a#b", "^", "🔁"],
        ["✅", "\u{FE0F}", "✅ ", "2024-01-01", "\u{E2}\u{9C}"],
    ]

    /// The document a recipe describes: lines, most of them goals. Past the recipe's end every
    /// choice is the first, so any bytes make a document and a longer recipe a longer one.
    package static func document(from recipe: [UInt8]) -> [UInt8] {
        var choices = recipe.makeIterator()
        var out: [UInt8] = []
        func pick(_ options: [String]) -> [UInt8] { Array(options[Int(choices.next() ?? 0) % options.count].utf8) }
        for _ in 0..<(recipe.count / 4 + 1) {
            let kind = choices.next() ?? 0
            if kind % 8 == 7 {
                out += pick(blocks)
            } else {
                out += pick(goalStarts)
                for _ in 0..<Int((choices.next() ?? 0) % 6) {
                    let group = Int(choices.next() ?? 0)
                    if group % 16 == 15 {
                        out.append(choices.next() ?? 0)  // any byte at all
                    } else {
                        out += pick(pieces[group % pieces.count])
                    }
                }
            }
            out += pick(endings)
        }
        return out
    }

    /// A random recipe of 4 to `4 × lines` bytes (the seeded test's documents).
    package static func recipe(lines: Int, using random: inout some RandomNumberGenerator) -> [UInt8] {
        (0..<(4 * Int.random(in: 1...lines, using: &random))).map { _ in UInt8.random(in: 0...255, using: &random) }
    }
}
