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
// Not `CommandLine.arguments`, which turns each byte that is not UTF-8 into U+FFFD: a path argument
// is bytes, and must name the same file (`PathBytes`).
let arguments = (0..<Int(CommandLine.argc)).dropFirst().map { PathBytes.string(cString: CommandLine.unsafeArgv[$0]!) }
let status = RoadmapCLI.run(arguments, environment: .current(), console: console)
console.flush()
exit(status.rawValue)
