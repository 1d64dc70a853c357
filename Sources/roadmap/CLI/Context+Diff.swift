import RoadmapKit

extension Context {
    /// A `--dry-run` diff on standard output, coloured where colour is on as `git diff` colours
    /// one (headers bold, hunks cyan, removed lines red, added green); plain in a pipe, so a
    /// patch written to a file applies.
    func writeDiff(_ diff: String) {
        guard usesColor else {
            console.write(diff)
            return
        }
        let style = Style(color: true)
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            let text = String(line)
            if text.hasPrefix("+++ ") || text.hasPrefix("--- ") {
                console.print(style.bold(text))
            } else if text.hasPrefix("@@") {
                console.print(style.cyan(text))
            } else if text.hasPrefix("+") {
                console.print(style.green(text))
            } else if text.hasPrefix("-") {
                console.print(style.red(text))
            } else {
                console.print(text)
            }
        }
        if !diff.hasSuffix("\n") { console.write(String(diff.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")) }
    }
}
