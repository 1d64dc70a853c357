/// How wide text is in 11px Verdana, the font shields.io badges are measured in, so that a badge
/// is as wide as its text and lines up with the shields.io badges beside it in a README.
///
/// The advances are those of shields.io's width table: `verdana-11px-normal.json` of anafanafo
/// (github.com/metabolize/anafanafo, packages/anafanafo/data; MIT, Metabolize LLC), which
/// badge-maker reads (badges/shields, badge-maker/lib/badge-renderers.js: `WIDTH_FONT = '11px
/// Verdana'`), to two decimals, for the printable ASCII range. As in anafanafo, a control
/// character has no width and a character outside the table counts as wide as `m`, so a label
/// in another script pads rather than overflows.
package enum VerdanaWidths {
    /// Advances of U+0020 ... U+007E, in pixels.
    static let ascii: [Double] = [
        3.87, 4.33, 5.05, 9.0, 6.99, 11.84, 7.99, 2.95, 5.0, 5.0, 6.99, 9.0, 4.0, 5.0, 4.0, 5.0,  //  !"#$%&'()*+,-./
        6.99, 6.99, 6.99, 6.99, 6.99, 6.99, 6.99, 6.99, 6.99, 6.99, 5.0, 5.0, 9.0, 9.0, 9.0, 6.0,  // 0-9 :;<=>?
        11.0, 7.52, 7.54, 7.68, 8.48, 6.96, 6.32, 8.53, 8.27, 4.63, 5.0, 7.62, 6.12, 9.27, 8.23, 8.66,  // @A-O
        6.63, 8.66, 7.65, 7.52, 6.78, 8.05, 7.52, 10.88, 7.54, 6.77, 7.54, 5.0, 5.0, 5.0, 9.0, 6.99,  // P-Z [\]^_
        6.99, 6.61, 6.85, 5.73, 6.85, 6.55, 3.87, 6.85, 6.96, 3.02, 3.79, 6.51, 3.02, 10.7, 6.96, 6.68,  // `a-o
        6.85, 6.85, 4.69, 5.73, 4.33, 6.96, 6.51, 9.0, 6.51, 6.51, 5.78, 6.98, 5.0, 6.98, 9.0,  // p-z {|}~
    ]

    /// The width of `text` in 11px Verdana, in pixels.
    public static func width(of text: String) -> Double {
        var total = 0.0
        for scalar in text.unicodeScalars {
            if scalar.isControlCharacter { continue }
            let v = Int(scalar.value)
            total += v <= 0x7E ? ascii[v - 0x20] : ascii[Int(("m" as Unicode.Scalar).value) - 0x20]
        }
        return total
    }
}
