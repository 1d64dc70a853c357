import RoadmapKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

Platform.ignoreFileSizeSignal()
let console = Console(capturing: false)
let status = RoadmapCLI.run(Array(CommandLine.arguments.dropFirst()), environment: .current(), console: console)
console.flush()
exit(status.rawValue)
