import JSONRPC
import JSONText
import LanguageServerProtocol
import RoadmapKit

/// The outline (`textDocument/documentSymbol`): the section tree as nested `DocumentSymbol`s,
/// each heading with its section's `done/counted · percent` in `detail` (as the inlay hint and
/// `status` count it). Goals are not symbols of the outline: a plan of 10,000 goals would bury
/// its headings; workspace symbols find goals.
public enum SectionSymbols: Capability {
    /// Registers the handlers and what `initialize` advertises.
    public static func register(in handlers: inout Handlers) {
        handlers.advertise { capabilities, _ in capabilities.documentSymbolProvider = true }
        handlers.onRequest("textDocument/documentSymbol", DocumentSymbolParams.self) { state, params in
            let document = try state.documentPlan(of: params.textDocument.uri)
            guard document.analysis.isRoadmap else { return .array([]) }
            return symbols(document).json
        }
    }

    /// The top sections and, inside each, its subsections.
    public static func symbols(_ document: DocumentPlan) -> [DocumentSymbol] {
        let roadmap = document.analysis.roadmap
        let ends = sectionEnds(roadmap)
        // Built innermost first, so each child is ready when its parent is made: sections come
        // in reading order, so a child's index is always above its parent's.
        var built = [DocumentSymbol?](repeating: nil, count: roadmap.sections.count)
        for index in roadmap.sections.indices.dropFirst().reversed() {
            let section = roadmap.sections[index]
            let mapper = document.analysis.mapper
            let start = mapper.lineStarts[min(section.line - 1, mapper.lineCount - 1)]
            let tally = document.plan.tally(ofFile: 0, section: index)
            let children = section.children.compactMap { built[$0] }
            let name = PlainText.of(roadmap.bytes, section.titleRange)
            built[index] = DocumentSymbol(
                name: name.isEmpty ? "(untitled)" : name, detail: tally.total > 0 ? ProgressHints.count(tally) : nil,
                kind: .namespace, range: mapper.range(of: start..<max(start, ends[index])),
                selectionRange: mapper.range(of: section.titleRange), children: children.isEmpty ? nil : children)
        }
        return roadmap.sections[0].children.compactMap { built[$0] }
    }

    /// Where each section ends: the end of the last line before the next heading of its level
    /// or higher, else the end of the document.
    static func sectionEnds(_ roadmap: Roadmap) -> [Int] {
        var ends = [Int](repeating: roadmap.bytes.count, count: roadmap.sections.count)
        var open: [Int] = []
        for index in roadmap.sections.indices.dropFirst() {
            let section = roadmap.sections[index]
            while let last = open.last, roadmap.sections[last].level >= section.level {
                ends[last] = endOfLineBefore(section.titleRange.lowerBound, roadmap.bytes)
                open.removeLast()
            }
            open.append(index)
        }
        return ends
    }

    /// The end (before its line ending) of the line before the one holding `offset`.
    static func endOfLineBefore(_ offset: Int, _ bytes: [UInt8]) -> Int {
        var i = min(offset, bytes.count)
        while i > 0 && bytes[i - 1] != ASCII.lf && bytes[i - 1] != ASCII.cr { i -= 1 }
        // Now at the start of the heading's line: step over the ending before it.
        if i > 0 && bytes[i - 1] == ASCII.lf { i -= 1 }
        if i > 0 && bytes[i - 1] == ASCII.cr { i -= 1 }
        return i
    }
}

/// `workspace/symbol`: the goals and sections of the plans of the open documents (each read with
/// the files it links, the editor's buffers first) and of the plan on disk at the workspace's
/// root (found as `roadmap` finds it there, read-only), those whose text holds every word of the
/// query, case folded. Each file is searched once, however many plans hold it. A workspace folder
/// that is no plan is a notes folder: its markdown files are read as `roadmap --tree` reads them
/// (`RoadmapSession.loadTree`: hidden files and folders, what `.gitignore` and `.ignore` exclude
/// and `node_modules` passed over, symbolic links never followed), open buffers instead of files.
/// What is read from disk is kept for the searches that follow, until a file is opened, closed or
/// saved or the client reports files changed (`DiskFiles`, `onDisk`).
public enum PlanSymbols: Capability {
    /// A query that matches most of a 100,000-goal plan stops here: the client narrows it.
    public static let limit = 1000

    /// Registers the handlers and what `initialize` advertises.
    public static func register(in handlers: inout Handlers) {
        handlers.advertise { capabilities, _ in capabilities.workspaceSymbolProvider = true }
        handlers.onRequest("workspace/symbol", WorkspaceSymbolParams.self) { state, params in
            symbols(&state, query: params.query).json
        }
    }

    /// The matching sections and goals, each plan's in reading order, at most `limit`.
    public static func symbols(_ state: inout ServerState, query: String) -> [WorkspaceSymbol] {
        let words = query.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var search = Search(words: words)
        for uri in state.documents.keys.sorted() {
            guard let document = try? state.documentPlan(of: uri), document.analysis.isRoadmap else { continue }
            search.add(PlanPlaces(document, state: state))
        }
        if let found = onDisk(&state) { search.add(found.places, from: found.from) }
        return search.found
    }

    /// The workspace's plan or tree on disk, read once an epoch of `DiskFiles` (a picker asks
    /// again at each letter typed; the tree may be thousands of files). An open roadmap's buffer
    /// is searched before it, under the same URI, so its file in the tree is passed over whatever
    /// the tree holds; an open file that is no roadmap is searched in the tree, so its keystrokes
    /// make the tree again (`Kept.plainEdits`).
    static func onDisk(_ state: inout ServerState) -> (places: PlanPlaces, from: Int)? {
        var plainEdits: [DocumentURI: Int] = [:]
        for uri in state.documents.keys where (try? state.analysis(of: uri))?.isRoadmap == false {
            plainEdits[uri] = state.editsByDocument[uri] ?? 0
        }
        if let kept = state.disk.workspace, kept.epoch == state.disk.epoch, kept.plainEdits == plainEdits { return kept.found }
        var found: (places: PlanPlaces, from: Int)?
        if let (plan, session) = diskPlan(state) {
            found = (PlanPlaces(plan, state: state, fullPath: session.fullPath), 0)
        } else if let (tree, session) = diskTree(state) {
            // File 0 is the index the tree makes (its sections are the folders): no file to show.
            found = (PlanPlaces(tree, state: state, fullPath: session.fullPath), 1)
        }
        state.disk.workspace = Kept(epoch: state.disk.epoch, plainEdits: plainEdits, found: found)
        state.workspaceReads += 1
        return found
    }

    /// The workspace's plan or tree as last read (nil: none), with the epoch and the edits of the
    /// open files that are no roadmap it was read for.
    struct Kept {
        let epoch: Int
        let plainEdits: [DocumentURI: Int]
        let found: (places: PlanPlaces, from: Int)?
    }

    /// The workspace's root folder (its first folder, else `rootUri`), when it is on disk.
    static func workspaceRoot(_ state: ServerState) -> String? {
        guard let rootURI = state.client.workspaceFolders?.first?.uri ?? state.client.rootUri,
              let root = DocumentPath.path(ofURI: rootURI), root.hasPrefix("/") else { return nil }
        return root
    }

    /// The markdown files below the workspace's root as `roadmap -f ROOT --tree` reads them, the
    /// editor's buffers read instead of the files; nil when the root is no folder. What the tree
    /// passes over (binary, unreadable) is left out without a word: a search has no stderr.
    static func diskTree(_ state: ServerState) -> (Plan, RoadmapSession)? {
        guard let root = workspaceRoot(state) else { return nil }
        let session = RoadmapSession(currentDirectory: root) { _ in nil }
        let buffers = state.openBuffersByPath()
        guard let tree = try? session.loadTree(nil, open: { buffers[RelativePath.normalized($0)] }) else { return nil }
        return (tree.plan, session)
    }

    /// The plan `roadmap` would find at the workspace's root (its first folder, else `rootUri`),
    /// with the editor's buffers read before the disk; nil when there is none inside the root.
    static func diskPlan(_ state: ServerState) -> (Plan, RoadmapSession)? {
        guard let root = workspaceRoot(state) else { return nil }
        let session = RoadmapSession(currentDirectory: root) { _ in nil }
        // A roadmap in a folder above the workspace is not the workspace's.
        guard let path = try? session.roadmapPath(), !path.hasPrefix("../") else { return nil }
        // An open index is its buffer, never the file (`DiskFiles`).
        let text = state.planText(buffers: state.openBuffersByPath())
        guard let bytes = text(session.fullPath(path)) else { return nil }
        let model = Tracking.parsing(bytes)
        let loaded = LoadedRoadmap(path: path, fullPath: session.fullPath(path), roadmap: model.roadmap, tracking: model)
        return (session.plan(for: loaded, tracking: true, open: text), session)
    }

    /// What was found so far, each file once.
    struct Search {
        let words: [String]
        var seen: Set<DocumentURI> = []
        var found: [WorkspaceSymbol] = []

        /// Searches the files of `places` from file `from` on.
        mutating func add(_ places: PlanPlaces, from: Int = 0) {
            let plan = places.plan
            for (file, planFile) in plan.files.enumerated() where file >= from {
                guard found.count < PlanSymbols.limit, seen.insert(places.uris[file]).inserted else { continue }
                let roadmap = planFile.roadmap
                var items: [(offset: Int, symbol: WorkspaceSymbol)] = []
                func container(_ section: Int) -> String? {
                    let path = plan.displayPath(ofFile: file, section: section)
                    return path.isEmpty ? nil : path.joined(separator: " › ")
                }
                for section in roadmap.sections.dropFirst() {
                    let name = PlainText.of(roadmap.bytes, section.titleRange)
                    guard matches(name, words) else { continue }
                    items.append((section.titleRange.lowerBound, WorkspaceSymbol(
                        name: name, kind: .namespace, containerName: container(section.parentIndex ?? 0),
                        location: .location(places.location(file, section.titleRange)))))
                }
                // Goals come in reading order: past the first `room` that match, none can be among
                // the first `room` items once merged with the sections.
                let room = PlanSymbols.limit - found.count
                var goalsFound = 0
                for (index, goal) in roadmap.goals.enumerated() where goalsFound < room {
                    let name = PlainText.of(roadmap.text(of: index, withoutDoneDate: true))
                    guard matches(name, words) else { continue }
                    items.append((goal.textRange.lowerBound, WorkspaceSymbol(
                        name: name, kind: .event, containerName: container(goal.sectionIndex),
                        location: .location(places.location(file, goal.markerRange.lowerBound - 1..<goal.textRange.upperBound)))))
                    goalsFound += 1
                }
                for item in items.sorted(by: { $0.offset < $1.offset }) where found.count < PlanSymbols.limit {
                    found.append(item.symbol)
                }
            }
        }
    }

    static func matches(_ text: String, _ words: [String]) -> Bool {
        guard !words.isEmpty else { return true }
        let folded = text.lowercased()
        return words.allSatisfy { folded.contains($0) }
    }
}
