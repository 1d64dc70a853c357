extension StringProtocol {
    /// Without the spaces and tabs at either end.
    public var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let f = scalars.first, f == " " || f == "\t" { scalars = scalars.dropFirst() }
        while let l = scalars.last, l == " " || l == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
