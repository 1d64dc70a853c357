// libFuzzer entry point. Compiled with the library's sources (RoadmapCore, RoadmapStorage,
// RoadmapKit) and the test-support invariants (Tests/RoadmapTestSupport/Invariants) into one module (see
// scripts/fuzz.sh), so it reaches the internal line facts the invariants compare against.
// Any violated invariant traps, which libFuzzer reports as a crash and saves the input.
// Each input is checked twice: as the bytes of a file, and as the recipe of a document full of
// `✅ dates` (`DoneDateDocuments`), whose every goal is ticked and unticked.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRoadmap(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let problems = Invariants.fuzzViolations(of: bytes)
    if let first = problems.first {
        fatalError("invariant violated: \(first) (\(problems.count) in all)")
    }
    return 0
}
