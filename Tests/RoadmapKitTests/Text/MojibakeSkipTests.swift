import Foundation
import Testing
@testable import RoadmapKit
@testable import RoadmapCore
import RoadmapTestSupport

/// `Mojibake.mayHold`, the byte check that lets lint skip a line without decoding it, must never
/// skip a line the full reading (`Mojibake.pieces`) finds mojibake on: every character any of the
/// three encodings produces counts, and a piece needs two of them side by side.
@Suite struct MojibakeSkipTests {
    /// Every character an encoding produces (every scalar of the Basic Multilingual Plane the
    /// encodings map back to a byte, and a sample of the planes above, which they never produce)
    /// is one `mayHold` looks at: two of them side by side are never skipped.
    @Test func everyProducedCharacterCounts() {
        var values = Array(UInt32(0x80)...0xFFFF)
        values += stride(from: UInt32(0x10000), through: 0x10FFFF, by: 97)
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let produced = MojibakeEncoding.allCases.contains { $0.byte(scalar) != nil }
            guard produced else { continue }
            let pair = Array("x\(String(scalar))\(String(scalar))y".utf8)
            #expect(Mojibake.mayHold(pair, in: 0..<pair.count), "U+\(String(value, radix: 16))")
        }
    }

    /// The check against the full reading, line by line, on lines that take each turn: real
    /// mojibake of every kind, emoji and done dates beside it, lone produced characters, pairs
    /// split by ASCII, code, and bytes that are no UTF-8.
    static let tricky: [String] = [
        "## ðŸŽ¯ What Companies Want", "| âœ… Available |", "ðŸ“š Support â€” thanks", "cafÃ© crÃ¨me",
        "## \u{F8FF}üéØ What Companies Want", "‚úÖ Focus On:", "    ‚Üì", "‚îú‚îÄ‚îÄ [Primary]",
        "café — “quoted” naïve Zürich", "🎯 ✅ already right", "„Fuß“", "Ελληνικά и русский 日本語",
        "Sponsor-â¤ï¸-red", "ðŸ¢ Enterprise", "ðŸ—ï¸ Build", "ðŸ§‘â€ðŸ’¼ Manager", "Ã© alone", "x Ã y © z",
        "- [x] Ship it ✅ 2026-01-02 📅 2026-02-01", "- [ ] 复习 Kubernetes 网络", "Übung: Docker-Grundlagen — see",
        "`cafÃ©` and cafÃ©", "`ðŸŽ¯`", "ÃÃÃÃ", "√∂ and ∑", "╔═╗ box", "ﬁﬂ", "x\u{2014}\u{2014}y", "\u{A0}\u{A0}",
        "\u{7FF}\u{7FF}", "\u{800}\u{800}", "\u{25FF}\u{25FF}", "\u{2600}\u{2600}", "\u{F8FF}\u{F8FF}", "\u{FB01}\u{FB02}",
    ]

    @Test func agreesWithTheFullReading() {
        var lines = Self.tricky.map { Array($0.utf8) }
        // Bytes that are no UTF-8: stray continuation bytes, a cut sequence, an overlong form.
        lines += [[0xC3], [0x80, 0x80], [0xC3, 0xA9, 0xE2, 0x80], [0xC0, 0xAF, 0xC3, 0xA9], [0xF0, 0x9F, 0x8E], [0xC3, 0xC3, 0xA9, 0xA9]]
        var random = SplitMix(seed: 37)
        // Random lines from characters near the edges of what is looked at.
        let alphabet: [String] = ["a", " ", "`", "Ã", "©", "ð", "Ÿ", "Ž", "¯", "â", "€", "”", "✅", "📅", "—", "é", "日", "ï", "¸", "\u{F8FF}", "√", "∂"]
        for _ in 0..<3000 {
            lines.append(Array((0..<random.next(8)).map { _ in alphabet[random.next(alphabet.count)] }.joined().utf8))
        }
        for line in lines {
            let padded = [ASCII.space] + line + [ASCII.space]
            let range = 1..<(padded.count - 1)
            let pieces = Mojibake.pieces(padded, in: range, code: MojibakeLines.codeSpans(padded, range))
            if !Mojibake.mayHold(padded, in: range) {
                #expect(pieces.isEmpty, "\(String(decoding: line, as: UTF8.self)) \(line)")
            }
        }
    }

    /// The lines lint skips: a done date, a due date, CJK, a lone dash or accented letter.
    @Test func commonLinesAreSkipped() {
        for line in ["- [x] Ship it ✅ 2026-01-02 📅 2026-02-01", "- [ ] 复习 Kubernetes 网络", "Übung: Docker-Grundlagen — see",
                     "| Docker | 🟢 On Track | [x] |", "plain"] {
            #expect(!Mojibake.mayHold(Array(line.utf8), in: 0..<line.utf8.count), "\(line)")
        }
    }

    /// Lint's mojibake findings with the check and without it, file by file: the sample of every
    /// kind of damage, the bundled roadmaps, the corpus.
    func sameFindings(_ bytes: [UInt8], _ name: String) {
        let roadmap = Roadmap(parsing: bytes, keepingLineFacts: true)
        #expect(MojibakeLines.findings(roadmap, skipping: true) == MojibakeLines.findings(roadmap, skipping: false), "\(name)")
    }

    @Test func lintFindsTheSameWithAndWithoutTheCheck() throws {
        sameFindings(MojibakeSample.bytes, "MojibakeSample")
        sameFindings(Array(Self.tricky.joined(separator: "\n").utf8), "tricky")
        let folder = PackagePaths.roadmaps
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(!names.isEmpty)
        for name in names { sameFindings(Corpus.bytes(folder.appendingPathComponent(name)), name) }
    }

    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpus beside the repository"))
    func corpusFindsTheSame() {
        for url in Corpus.files { sameFindings(Corpus.bytes(url), Corpus.name(url)) }
    }
}
