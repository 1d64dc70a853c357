/// Label text safe inside a quoted mermaid label: characters mermaid or its HTML labels would
/// read as syntax become numeric entity codes (`#34;` for `"`), which mermaid turns back into
/// the characters when it draws.
enum MermaidLabel {
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "#", "<", ">", "`", "\n", "\r":
                out += scalar == "\n" || scalar == "\r" ? " " : "#\(scalar.value);"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
