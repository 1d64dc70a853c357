/// A number and its noun, in English: `1 goal`, `3 goals`. The one plural rule, for nouns that
/// take an `s` (all the program counts).
public enum Count {
    /// `n noun`, with an `s` unless `n` is 1: `1 goal`, `3 goals`.
    public static func of(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
