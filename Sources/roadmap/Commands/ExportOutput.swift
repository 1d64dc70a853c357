import RoadmapKit

/// What `report`, `badge` and `calendar` share: the plan they read (the one place they touch
/// `Context` and `Plan`) and where their output goes.
enum ExportOutput {
    static let pathArgument = ArgumentSpec(name: "path", help: "The roadmap file or a directory holding one (default: as --file)", isOptional: true)

    /// The option report, badge and calendar share, each with its own default.
    protocol Options: CommandOptions {
        static var output: Self { get }
    }

    static func option(default file: String) -> OptionSpec {
        OptionSpec(long: "output", short: "o", value: "FILE", help: "Where to write (default \(file)); - for standard output")
    }

    /// The roadmap named on the command line, with the files its goals link.
    static func plan<C: Command>(_ call: Invocation<C>) throws(CLIError) -> Plan {
        try call.context.loadPlan(call.arguments.positionals.first, tracking: true)
    }

    /// Writes `bytes` to `-o FILE` (atomically) or to stdout for `-o -`. Never over one of the
    /// plan's own files, by any name (a symbolic or a hard link): a slip of `-o career-roadmap.md`
    /// must not replace the roadmap. The default name is `roadmap`'s own choice, made in a folder a
    /// cloned repository may fill: a symbolic link there (`roadmap.ics -> ~/.bashrc`) is refused,
    /// never written through; a link named with `-o` is followed only when it stays inside the
    /// roadmap's folder (`RoadmapSession.outputLinkOut`: the repository may have made the name a
    /// link out of it).
    static func write<C: Command>(_ bytes: [UInt8], default file: String, plan: Plan, _ call: Invocation<C>) throws(CLIError)
    where C.Option: Options {
        let named = call.value(.output)
        let target = named ?? file
        if target == "-" {
            call.console.writeDocument(bytes)
            return
        }
        let context = call.context
        let full = context.fullPath(target)
        if named == nil, let link = FileSystem.symbolicLinkText(full) {
            throw .failure("\(target): is a symbolic link (to \(link)); not written through. Remove it, or name the output with -o FILE")
        }
        if named != nil, let plan = plan.files.first, let refusal = context.session.outputLinkOut(target, root: plan.path) {
            throw .failure(refusal.message)
        }
        // By device and inode, which every name of a file shares. The message names only what was
        // typed: a linked file's path comes from a file.
        if let identity = FileSystem.identity(full),
           plan.files.contains(where: { FileSystem.identity(context.fullPath($0.path)) == identity }) {
            throw .failure("\(target): is one of the roadmap's own files; refusing to write over it (name another file with -o)")
        }
        do {
            if named == nil {
                try FileSystem.writeOwnOutput(bytes, to: full)
            } else {
                try FileSystem.write(bytes, to: full)
            }
        } catch {
            throw .failure(StorageError(path: target, message: error.message).description)
        }
        call.console.print("Wrote \(target) (\(size(bytes.count)))")
    }

    private static func size(_ bytes: Int) -> String {
        bytes < 10_000 ? "\(bytes) bytes" : "\((bytes + 512) / 1024) KB"
    }
}
