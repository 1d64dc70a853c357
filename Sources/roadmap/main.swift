import RoadmapKit

Platform.ignoreFileSizeSignal()
let console = Console(capturing: false)
let status = RoadmapCLI.run(Array(CommandLine.arguments.dropFirst()), environment: .current(), console: console)
console.flush()
Platform.exit(status.rawValue)
