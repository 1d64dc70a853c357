import RoadmapKit

/// The candidates for a completion point. Names from the specs need nothing; names from the
/// roadmap in reach are read from it (found as every command finds it: -f on the line, else
/// $ROADMAP_FILE, else discovery). Nothing here writes, and no error reaches the user: a roadmap
/// that cannot be read gives no candidates.
struct CompletionSource {
    let program: ProgramSpec
    let environment: Environment
    var specs: [CommandSpec] { program.commands }

    func candidates(at point: CompletionPoint) -> [Candidate] {
        switch point.slot {
        case .none: return []
        case .command: return Candidate.matching(specs.map { Candidate($0.name, $0.abstract) }, point.prefix)
        case .option:
            let options = CompletionPoint.options(of: point.command, program).map { Candidate("--" + $0.long, $0.help) }
            return Candidate.matching(options, point.prefix)
        case let .value(kind):
            return values(kind, at: point)
        }
    }

    private func values(_ kind: ValueKind, at point: CompletionPoint) -> [Candidate] {
        switch kind {
        case .text, .file, .directory: return []  // free text, or the shell's own file names
        case .date: return Candidate.matching([Candidate(today().description, "today")], point.prefix)
        case .custom(.template): return Candidate.matching(BundledTemplate.all.map { Candidate($0.name, $0.summary) }, point.prefix)
        case .command: return Candidate.matching(specs.map { Candidate($0.name, $0.abstract) }, point.prefix)
        case let .oneOf(words): return Candidate.matching(words.map { Candidate($0) }, point.prefix)
        case let .custom(value):
            let file = point.value(of: GlobalOption.file.spec)
            guard let reader = RoadmapInReach(environment: environment, file: file, command: point.command?.name) else { return [] }
            return reader.candidates(value, prefix: point.prefix, after: point.arguments)
        }
    }

    private func today() -> CivilDate {
        environment.variable("ROADMAP_TODAY").flatMap { CivilDate(iso: $0) } ?? CivilDate.today()
    }
}
