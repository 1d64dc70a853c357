// libFuzzer entry point. Compiled together with the RoadmapKit sources into one module (see
// scripts/fuzz.sh), so it reaches the internal line facts the invariants compare against.
// Any violated invariant traps, which libFuzzer reports as a crash and saves the input.
// Each input is checked twice: as the bytes of a file, and as the recipe of a document full of
// `✅ dates` (`DoneDateDocuments`), whose every goal is ticked and unticked.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRoadmap(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let problems = Invariants.violations(of: bytes)
    if let first = problems.first {
        fatalError("invariant violated: \(first) (\(problems.count) in all)")
    }
    let document = DoneDateDocuments.document(from: bytes)
    let dated = Invariants.violations(of: document) + Invariants.doneDates(Roadmap(parsing: document), goalLimit: 24)
    if let first = dated.first {
        let shown = String(decoding: document, as: UTF8.self).debugDescription
        fatalError("invariant violated on the done-date document \(shown): \(first) (\(dated.count) in all)")
    }
    return 0
}
