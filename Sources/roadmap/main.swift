import RoadmapKit
#if canImport(Glibc)
import Glibc
#endif
for path in CommandLine.arguments.dropFirst() {
    let f = fopen(path, "rb")!
    var bytes: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true { let n = fread(&buf, 1, buf.count, f); if n <= 0 { break }; bytes += buf[0..<n] }
    fclose(f)
    let r = Roadmap(parsing: bytes)
    for g in r.goals { print("\(g.line) \(g.state.rawValue) \(g.isQuoted ? "q" : "-")") }
}
