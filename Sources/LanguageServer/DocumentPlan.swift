import JSONRPC
import LanguageServerProtocol
import RoadmapKit

/// An open document analysed in its plan, as `roadmap -f FILE status` reads it: the files its
/// goals link (the editor's buffers when they are open, else the disk as read this epoch of
/// `DiskFiles`, under the session's folder rules), and, for a phase file opened alone, the start
/// date of the index that links it, so its checkpoints and month headings fall due as they do in
/// the plan. File 0 is the document.
/// Nothing is ever written.
public struct DocumentPlan {
    /// The document's own analysis (its buffer, parse and mapper).
    public let analysis: DocumentAnalysis
    /// The plan rooted at the document: file 0 is the document, then the files it links.
    public let plan: Plan
    /// When everything in the plan is due, from the document's start or its index's.
    public let schedule: PlanSchedule

    /// The document alone, when it is not a file on disk (an `untitled:` buffer links nowhere).
    init(alone analysis: DocumentAnalysis) {
        self.analysis = analysis
        plan = analysis.plan
        schedule = analysis.schedule
    }

    /// The document as the root of its plan, reading what it links through `session`, and the
    /// start of an index that links it from `inherited` (asked only when it has none of its own).
    init(_ analysis: DocumentAnalysis, path: String, session: RoadmapSession, open: (String) -> [UInt8]?,
         lookups: PathLookups, inherited: (Plan) -> InheritedStart?) {
        self.analysis = analysis
        let loaded = LoadedRoadmap(path: path, fullPath: path, roadmap: analysis.roadmap, tracking: analysis.tracking)
        plan = analysis.roadmap.hasLocalLinks ? session.plan(for: loaded, tracking: true, open: open, lookups: lookups) : analysis.plan
        if analysis.tracking.start == nil, let inherited = inherited(plan) {
            schedule = PlanSchedule(plan, today: analysis.today, inheritedStart: inherited.start, inheritedFrom: inherited.index)
        } else if plan.files.count > 1 {
            schedule = PlanSchedule(plan, today: analysis.today)
        } else {
            schedule = analysis.schedule
        }
    }

    /// The document's own schedule in the plan (its dates counted from the plan's start).
    public var own: Schedule { schedule.files[0] }
}

extension ServerState {
    /// The open document `uri` in its plan, as of today. It is made again after any document was
    /// opened, changed or closed (an open buffer of the plan may be among them) or the day moved.
    /// What it reads from disk (linked files, the index it takes its start from) is read once
    /// an epoch (`DiskFiles`): a linked file or index changed on disk is seen after the next open,
    /// close, save or watched-file change, not at the next keystroke. The inherited start is kept
    /// while the other documents stand still (the document's own text does not move it).
    public mutating func documentPlan(of uri: DocumentURI) throws(ResponseError) -> DocumentPlan {
        let analysis = try analysis(of: uri)
        if let kept = plans[uri], kept.generation == generation, kept.today == analysis.today { return kept.plan }
        let plan: DocumentPlan
        if let path = analysis.path, path.hasPrefix("/") {
            let open = planText(buffers: openBuffersByPath())
            let session = RoadmapSession(currentDirectory: "/") { _ in nil }
            let disk = self.disk, others = editsOfOthers(than: uri)
            plan = DocumentPlan(analysis, path: path, session: session, open: open, lookups: disk.lookups) { plan in
                if let kept = disk.inherited[uri], kept.epoch == disk.epoch, kept.others == others { return kept.start }
                let start = session.inheritedStart(of: plan, open: open)
                disk.inherited[uri] = (disk.epoch, others, start)
                return start
            }
        } else {
            plan = DocumentPlan(alone: analysis)
        }
        plans[uri] = (generation, analysis.today, plan)
        return plan
    }

    /// The text of every open `file:` document, by its normalised path.
    func openBuffersByPath() -> [String: [UInt8]] {
        var buffers: [String: [UInt8]] = [:]
        for (uri, document) in documents {
            if let path = DocumentPath.path(ofURI: uri) { buffers[RelativePath.normalized(path)] = document.buffer.bytes }
        }
        return buffers
    }

    /// The open document whose file is at `path`, if any.
    func openURI(ofPath path: String) -> DocumentURI? {
        let wanted = RelativePath.normalized(path)
        return documents.keys.sorted().first { DocumentPath.path(ofURI: $0).map(RelativePath.normalized) == wanted }
    }
}

/// `file:` URIs of paths, for files of a plan the editor does not have open.
public enum FileURI {
    /// `/home/a/road map.md` is `file:///home/a/road%20map.md`: every byte but the unreserved
    /// ones and `/` percent-encoded, as `DocumentPath.path(ofURI:)` reads it back.
    public static func of(path: String) -> DocumentURI {
        var text = "file://"
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in path.utf8 {
            let unreserved = ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x2F
            if unreserved {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text += "%" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 15)]], as: UTF8.self)
            }
        }
        return text
    }
}

/// Where the plan's files are for the client: an open document's own mapper and URI (file 0 of
/// a document's plan is that document, whatever its URI), else a mapper over the bytes read, in
/// the agreed encoding, and a `file:` URI of the full path.
struct PlanPlaces {
    let plan: Plan
    let mappers: [PositionMapper]
    let uris: [DocumentURI]

    /// The places of a document's plan.
    init(_ documentPlan: DocumentPlan, state: ServerState) {
        self.init(documentPlan.plan, state: state, first: (documentPlan.analysis.uri, documentPlan.analysis.mapper)) { $0 }
    }

    /// - Parameter fullPath: a plan path as a path from the root of the file system.
    init(_ plan: Plan, state: ServerState, first: (DocumentURI, PositionMapper)? = nil, fullPath: (String) -> String) {
        self.plan = plan
        var mappers: [PositionMapper] = []
        var uris: [DocumentURI] = []
        for (index, file) in plan.files.enumerated() {
            let full = RelativePath.normalized(fullPath(file.path))
            if index == 0, let first {
                uris.append(first.0)
                mappers.append(first.1)
            } else if let uri = state.openURI(ofPath: full), let document = state.documents[uri] {
                mappers.append(document.buffer.mapper)
                uris.append(uri)
            } else {
                mappers.append(PositionMapper(file.roadmap.bytes, encoding: state.encoding))
                uris.append(FileURI.of(path: full))
            }
        }
        self.mappers = mappers
        self.uris = uris
    }

    /// The client's location of a byte range of file `file`.
    func location(_ file: Int, _ offsets: Range<Int>) -> Location {
        Location(uri: uris[file], range: mappers[file].range(of: offsets))
    }
}
