import Foundation
import JSONText
import LanguageServerTestSupport
import Testing

/// JSONTestSuite (Nicolas Seriot, MIT, in ../shared/jsontestsuite): every `y_` text is read, every
/// `n_` text is refused, every `i_` text is survived and goes the documented way.
@Suite struct JSONTestSuiteTests {
    /// The implementation-defined cases this reader accepts; every other `i_` file is refused.
    /// Numbers beyond `Int` and `Double` are still numbers (kept as text); escaped lone surrogates
    /// read as U+FFFD (`JSONReader`); a leading BOM is skipped; 500 levels are under the limit of
    /// 512. Refused: every byte sequence that is not UTF-8, UTF-16 text included.
    static let acceptedImplementationDefined: Set<String> = [
        "i_number_double_huge_neg_exp.json", "i_number_huge_exp.json", "i_number_neg_int_huge_exp.json",
        "i_number_pos_double_huge_exp.json", "i_number_real_neg_overflow.json", "i_number_real_pos_overflow.json",
        "i_number_real_underflow.json", "i_number_too_big_neg_int.json", "i_number_too_big_pos_int.json",
        "i_number_very_big_negative_int.json",
        "i_object_key_lone_2nd_surrogate.json", "i_string_1st_surrogate_but_2nd_missing.json",
        "i_string_1st_valid_surrogate_2nd_invalid.json", "i_string_incomplete_surrogate_and_escape_valid.json",
        "i_string_incomplete_surrogate_pair.json", "i_string_incomplete_surrogates_escape_valid.json",
        "i_string_invalid_lonely_surrogate.json", "i_string_invalid_surrogate.json",
        "i_string_inverted_surrogates_U+1D11E.json", "i_string_lone_second_surrogate.json",
        "i_structure_500_nested_arrays.json", "i_structure_UTF-8_BOM_empty_object.json",
    ]

    static func files() -> [(name: String, bytes: [UInt8])] {
        let folder = SharedFiles.jsonTestSuite
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path), !names.isEmpty else {
            print("SKIP JSONTestSuite: \(folder.path) not found")
            return []
        }
        return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { return nil }
            return (name, [UInt8](data))
        }
    }

    @Test func everyFileGoesItsWay() {
        var tally: [String: (accepted: Int, rejected: Int)] = ["y": (0, 0), "n": (0, 0), "i": (0, 0)]
        for (name, bytes) in Self.files() {
            let accepted = (try? JSONValue(parsing: bytes)) != nil
            let kind = String(name.prefix(1))
            if accepted { tally[kind, default: (0, 0)].accepted += 1 } else { tally[kind, default: (0, 0)].rejected += 1 }
            switch kind {
            case "y": #expect(accepted, "\(name) must be read")
            case "n": #expect(!accepted, "\(name) must be refused")
            default: #expect(accepted == Self.acceptedImplementationDefined.contains(name), "\(name) went the other way")
            }
        }
        let y = tally["y"]!, n = tally["n"]!, i = tally["i"]!
        print("JSONTestSuite: y \(y.accepted) accepted of \(y.accepted + y.rejected); n \(n.rejected) rejected of \(n.accepted + n.rejected); i \(i.accepted) accepted, \(i.rejected) rejected")
    }

    /// What is read is what is written: every `y_` value, written compactly and read again, is the
    /// same value (numbers keep their text, strings their scalars).
    @Test func everyAcceptedFileRoundTrips() throws {
        for (name, bytes) in Self.files() where name.hasPrefix("y_") {
            let value = try JSONValue(parsing: bytes)
            let written = value.serialized()
            #expect(try JSONValue(parsing: written) == value, "\(name)")
            #expect(value.serialized() == written, "\(name): writing is deterministic")
        }
    }
}
