extension String {
    /// Every `target` replaced (quoting for a shell; no Foundation in the product). Package-wide,
    /// as roadmap's own messages quote words the same way.
    package func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
