import Testing
@testable import roadmap

/// Every option is declared once, as a case of its command's `Option` enum (or of `GlobalOption`),
/// and read only through a case of the reading command's own enum (`Invocation.flag(.json)`), so a
/// read of an option the command does not declare does not compile. What the compiler cannot see
/// is that a command's spec (which parsing, help, the manual and completion use) is built from that
/// same enum: this holds every command to it.
struct OptionDeclarationTests {
    @Test func everyCommandsSpecListsItsOptionEnum() {
        for command in RoadmapCLI.commands { expectSpecFromEnum(command) }
    }

    private func expectSpecFromEnum<C: Command>(_ command: C.Type) {
        let declared = C.Option.specs.map { "\($0)" }
        #expect(C.spec.options.map { "\($0)" } == declared, "roadmap \(C.spec.name): spec.options is not Option.specs")
    }

    /// The options shared by several commands keep one declaration (and so one help line).
    @Test func sharedOptionsAreOneDeclaration() {
        #expect(CheckCommand.Option.in.spec.help == GoalChange.Option.in.spec.help)
        #expect(ReopenCommand.spec.options.map(\.long) == ["in", "dry-run", "force"])  // only for a read-only file
        #expect(UncheckCommand.spec.options.map(\.long) == ["in", "dry-run", "force"])
    }
}
