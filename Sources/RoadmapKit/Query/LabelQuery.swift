/// Finds fields, metrics and option groups by what a person types: a label (`Name`), or a path
/// that ends with one (`3-Month Checkpoint > Date`, `Project 2 > Status`), optionally narrowed by
/// `--in SECTION`. Case does not matter and markdown is ignored. Labels equal to the last piece
/// win; only when none is equal do labels containing all its words count.
public struct LabelQuery: Sendable {
    /// Lower-cased pieces; the last is the label.
    public let path: [String]
    public let section: [String]

    public init(_ text: String, section: String? = nil) {
        path = LabelQuery.pieces(text)
        self.section = section.map(LabelQuery.pieces) ?? []
    }

    static func pieces(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ">" || $0 == "›" }).map { piece in
            var s = PlainText.of(String(piece)).lowercased().trimmingSpaces
            if s.hasSuffix(":") { s = String(s.dropLast()).trimmingSpaces }
            return s
        }.filter { !$0.isEmpty }
    }

    public var label: String { path.last ?? "" }

    /// - Parameter prefix: headings above the file's own (a linked file's place in its plan).
    public func fields(in tracking: Tracking, prefix: [String] = []) -> [Int] {
        best(tracking.fields.indices.map { index in
            let field = tracking.fields[index]
            return (index, tracking.label(of: index), chain(tracking, field.sectionIndex, field.titleIndex, prefix))
        })
    }

    public func metrics(in tracking: Tracking, prefix: [String] = []) -> [Metric] {
        best(tracking.metrics.map { metric in
            (metric, tracking.name(of: metric), chain(tracking, tracking.tables[metric.table].sectionIndex, nil, prefix))
        })
    }

    public func groups(in tracking: Tracking, prefix: [String] = []) -> [Int] {
        best(tracking.groups.indices.map { index in
            let group = tracking.groups[index]
            return (index, tracking.label(of: group), chain(tracking, group.sectionIndex, group.titleIndex, prefix))
        })
    }

    /// Only labels equal to the last piece (see the type's documentation).
    public var exact: LabelQuery { LabelQuery(exactOnly: self) }

    private var exactOnly = false

    private init(exactOnly query: LabelQuery) {
        path = query.path
        section = query.section
        exactOnly = true
    }

    /// The headings above, then the bold title, all plain and lower-cased.
    private func chain(_ tracking: Tracking, _ section: Int, _ title: Int?, _ prefix: [String]) -> [String] {
        var chain = (prefix + tracking.roadmap.path(ofSection: section)).map { PlainText.of($0).lowercased() }
        if let title { chain.append(tracking.title(title).lowercased()) }
        return chain
    }

    private func best<T>(_ candidates: [(T, String, [String])]) -> [T] {
        guard let wanted = path.last else { return [] }
        let context = Array(path.dropLast())
        let placed = candidates.filter { LabelQuery.contains($0.2, context) && LabelQuery.contains($0.2, section) }
        let exact = placed.filter { $0.1.lowercased() == wanted }
        if !exact.isEmpty || exactOnly { return exact.map(\.0) }
        let words = wanted.split(separator: " ")
        return placed.filter { candidate in
            let label = candidate.1.lowercased()
            return words.allSatisfy { label.contains($0) }
        }.map(\.0)
    }

    /// Whether every piece is contained in an element of `chain`, in order.
    static func contains(_ chain: [String], _ pieces: [String]) -> Bool {
        var k = 0
        for piece in pieces {
            while k < chain.count && !chain[k].contains(piece) { k += 1 }
            if k == chain.count { return false }
            k += 1
        }
        return true
    }
}
