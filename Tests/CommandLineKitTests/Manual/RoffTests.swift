import Testing
import CommandLineKit

/// Text made safe for roff's man macros (`Roff`), as the manual page of any program needs it.
struct RoffTests {
    @Test func roffEscaping() {
        #expect(Roff.text(".hidden request") == "\\&.hidden request")
        #expect(Roff.text("'quoted") == "\\&'quoted")
        #expect(Roff.text("a\\b --dry-run") == "a\\eb \\-\\-dry\\-run")
        #expect(Roff.text("✅ 2026 › x") == "\\[u2705] 2026 \\[u203A] x")
        #expect(Roff.text("tab\tand\u{1B}escape") == "tab andescape")
        #expect(Roff.paragraphs("one\n  two\n\nthree\n") == "one two\n.PP\nthree\n")
    }

    /// C1 controls are controls too (Unicode.Scalar.isControlCharacter): left out like C0 and DEL,
    /// not written as `\[u009B]` glyphs.
    @Test func roffLeavesOutC1Controls() {
        #expect(Roff.text("a\u{9B}b\u{85}c\u{9F}") == "abc")
        #expect(Roff.text("\u{A0}") == "\\[u00A0]")
    }
}
