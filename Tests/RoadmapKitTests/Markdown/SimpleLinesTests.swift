import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
import RoadmapTestSupport

/// The scanner decides common lines on a short path (`scanSimpleLine`) and hands the rest to the
/// general CommonMark algorithm. Both must report the same events for any input: these tests run
/// every file with and without the short path and compare event by event.
struct SimpleLinesTests {
    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus beside the repository"))
    func corpusAndSeedsScanTheSameBothWays() {
        var failures: [String] = []
        var lines = 0, simple = 0
        for url in Corpus.files {
            let bytes = Corpus.bytes(url)
            failures += Invariants.simpleLinesAgree(bytes).map { "\(Corpus.name(url)): \($0)" }
            var recording = ScanRecording()
            simple += BlockScanner.scan(bytes, into: &recording)
            lines += recording.events.filter { if case .line = $0 { return true } else { return false } }.count
        }
        #expect(failures == [])
        // A tripwire, not a target: if the short path stopped taking lines, this would say so. The
        // corpus is READMEs full of code blocks and headings, which take the general path.
        #expect(simple * 10 > lines * 3, "simple path took \(simple) of \(lines) corpus lines")
    }

    @Test func bundledTemplatesScanTheSameBothWays() {
        for template in BundledTemplate.all {
            for file in template.files {
                #expect(Invariants.simpleLinesAgree(file.bytes) == [], "\(template.name)/\(file.path)")
            }
        }
    }

    /// Lines at the edge of what the short path takes: each must be decided as the general path does.
    @Test(arguments: [
        "- [ ] a\n- [x] b\n  - [ ] c\n    text\n\n  more\n",
        "-\u{0B}x\n", "-\u{0C}[ ] x\n", "- \t[ ] x\n", "-\t[ ] x\n", "  -  -  -\n", "* * *\n", "- - [ ] x\n", "-- x\n",
        "-\n  [ ] x\n", "- \n  [ ] x\n", "-     code\n", "- [ ] a\n      code?\n", "    code\n- [ ] a\n",
        "a\n---\n", "a\n- \n", "a\n-\n", "a\n--\n", "a\n- -\n", "a\n===\n", "a\n= x\n", "a\n==x\n",
        "| a | b |\n| - | - |\n| 1 | 2 |\n---\n", "| a |\n|---|\n- [ ] x\n",
        "**Name:** ___\n**Role:** [ ] A [ ] B\n", "__init__\n___\n", "+ [ ] plus\n++x\n+\n",
        "- [ ] a\n> - [ ] b\n- [ ] c\n", "> quote\nlazy\n- [ ] x\n", "- a\n  > q\n  - [ ] b\n",
        "```\n- [ ] no\n```\n- [ ] yes\n", "- ```\n  - [ ] no\n  ```\n", "<div>\n- [ ] no\n\n- [ ] yes\n",
        "1. [ ] a\n2. [ ] b\n   - [ ] c\n", "para\n2. [ ] not an item\n", "- [ ] a\r\n  - [ ] b\r\n\r\n  c\r\n",
        "- [ ] a\r  b\r- [ ] c", "\u{FEFF}- [ ] bom\n", "- a\n\n\n  - [ ] b\n", "  - a\n - [ ] b\n", "- a\n    - [ ] deep\n",
        "-    [ ] four\n", "-     [ ] five\n", "* [ ] star\n  * [ ] nested\n", "- # heading in item\n- [ ] x\n",
        "# h\n- [ ] a\n## h2\n  - [ ] b\n", "- [ ] a\n \t- [ ] tab\n", "text\n    indented continuation\n- [ ] x\n",
        // Ordered items (issue 28): numbers, delimiters, spacing, interruptions, tabs, CRLF, lone CR.
        "1. [ ] a\n2. [x] b\n10. [ ] c\n", "1) [ ] a\n2) [ ] b\n", "123456789. [ ] nine digits\n", "1234567890. [ ] ten\n",
        "para\n1. [ ] interrupts\n", "para\n3. [ ] does not\n", "para\n1.\n", "1.\n2.\n", "1. \n  [ ] x\n",
        "1.\t[ ] tab\n", "1. \t[ ] tab\n", "1.     code\n", "1.    [ ] four\n", "1.     [ ] five\n", "1.\u{0B}x\n",
        "3.5 hours\n", "2024 plan\n", "2024\n", "2024.\n", "1.x\n", "1)x\n", "0. [ ] zero\n", "007. [ ] bond\n",
        "1. # heading\n", "1. > quote\n", "1. - [ ] nested\n", "1. 2. [ ] nested\n", "1. ```\n   - [ ] no\n   ```\n",
        "1. ---\n", "1. ___\n", "1. <div>\n", "a\n1. ===\n", "- [ ] a\n  1. [ ] b\n     2. [ ] c\n",
        "1. [ ] a\n   text\nlazy\n2. [ ] b\n", "> 1. [ ] quoted\n2. [ ] not\n", "1. [ ] a\r\n   1. [ ] b\r\n",
        "1. [ ] a\r2. [ ] b\r", "    1. [ ] indented code\n", "text\n    1. [ ] continuation\n", " 1. [ ] one space\n",
        "| a | b |\n|---|---|\n1. [ ] x\n", "1. [ ] a\n\n\n2. [ ] b\n", "1. a\n   ~~~\n   - [ ] no\n   ~~~\n",
    ])
    func edgeCasesScanTheSameBothWays(_ text: String) {
        #expect(Invariants.simpleLinesAgree(Array(text.utf8)) == [])
    }

    /// Ordered goals, a tenth of the benchmark's lines, go by the short path (issue 28): a
    /// tripwire that the path takes them, beside the agreement tests above.
    @Test func orderedItemsTakeTheShortPath() {
        let text = "# Plan\n\n1. [ ] a\n2. [x] b\n   1) [ ] c\n10. [ ] d\n\n2024 was the year\n3.5 hours a week\n"
        let bytes = Array(text.utf8)
        var recording = ScanRecording()
        let simple = BlockScanner.scan(bytes, into: &recording)
        #expect(Invariants.simpleLinesAgree(bytes) == [])
        // All but the heading, which the general path reads.
        #expect(simple == 8, "the short path took \(simple) of 9 lines")
    }

    /// Documents put together from pieces that start or break blocks, with a fixed seed.
    @Test func generatedDocumentsScanTheSameBothWays() {
        let indents = ["", "", "", " ", "  ", "   ", "    ", "     ", "      ", "        ", "\t", " \t", "\t\t"]
        let markers = ["", "", "", "", "- ", "- ", "* ", "+ ", "-  ", "-    ", "-     ", "1. ", "2) ", "> ", "- - ", "-\t", "* * ", "> - ",
                       "1.  ", "3.     ", "12) ", "1.\t", "1. - ", "2. 1. "]
        let bodies = ["[ ] task", "[x] done", "[ ]", "[/] half", "[ ]text", "text words", "**Bold:** ___", "---", "***", "___",
                      "===", "- ", "-", "--x", "# Heading", "## H2", "```", "~~~", "<div>", "<!-- c -->", "</div>", "| a | b |",
                      "|---|---|", "| - | - |", "", "", "__init__", "==x", "+ +", "-\u{0B}x", "<b>in</b>", "2024 plan", "1. [ ] o", "3.5 h", "2)", "10. [x] t"]
        let endings = ["\n", "\n", "\n", "\n", "\r\n", "\r"]
        var random = SplitMix(seed: 0x5EED)
        var failures: [String] = []
        var simple = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(random.next() % 30 + 1) {
                text += indents[random.next(indents.count)] + markers[random.next(markers.count)]
                text += bodies[random.next(bodies.count)] + endings[random.next(endings.count)]
            }
            let bytes = Array(text.utf8)
            if let problem = Invariants.simpleLinesAgree(bytes).first { failures.append("\(text.debugDescription): \(problem)") }
            var recording = ScanRecording()
            simple += BlockScanner.scan(bytes, into: &recording)
        }
        #expect(failures.prefix(5) == [], "\(failures.count) of 3000 documents differ")
        #expect(simple > 4_000, "the short path took only \(simple) generated lines")
    }
}
