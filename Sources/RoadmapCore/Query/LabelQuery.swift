/// Finds fields, metrics and option groups by what a person types: a label (`Name`), or a path
/// that ends with one (`3-Month Checkpoint > Date`, `Project 2 > Status`), optionally narrowed by
/// `--in SECTION`. Case does not matter and markdown is ignored. Labels equal to the last piece
/// win; only when none is equal do labels containing all its words count; and only when none
/// does, the query is read as a goal query is: words that must all begin words of the label or
/// of its context (headings and bold title), so `Project 2` names the `Status:` line under
/// `**Project 2: GPU Autoscaler**` (and not the one under `Project 12`).
public struct LabelQuery: Sendable {
    /// Lower-cased pieces; the last is the label.
    public let path: [String]
    /// Lower-cased pieces of `--in SECTION`; empty when not given.
    public let section: [String]

    /// The query `text` (a label or a path with `>` or `›`), narrowed by `section` when given.
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

    /// The last piece: the label itself.
    public var label: String { path.last ?? "" }

    /// The candidates matched in the first mode that finds any (strictest first).
    /// - Parameter prefix: headings above the file's own (a linked file's place in its plan).
    public func fields(in tracking: Tracking, prefix: [String] = []) -> [Int] {
        firstFound { fields(in: tracking, prefix: prefix, mode: $0) }
    }

    /// The metrics matched in the first mode that finds any (strictest first).
    public func metrics(in tracking: Tracking, prefix: [String] = []) -> [Metric] {
        firstFound { metrics(in: tracking, prefix: prefix, mode: $0) }
    }

    /// The option groups (indices into `tracking.groups`) matched in the first mode that finds any.
    public func groups(in tracking: Tracking, prefix: [String] = []) -> [Int] {
        firstFound { groups(in: tracking, prefix: prefix, mode: $0) }
    }

    /// The option groups that match in `mode` alone.
    public func groups(in tracking: Tracking, prefix: [String], mode: Mode) -> [Int] {
        best(tracking.groups.indices.map { index in
            let group = tracking.groups[index]
            return (index, tracking.label(of: group), chain(tracking, group.sectionIndex, group.titleIndex, prefix))
        }, mode)
    }

    /// How a candidate is matched, strictest first: its label equal to the last piece, holding
    /// its words, then the words of the whole query found in its context and label.
    public enum Mode: CaseIterable, Sendable { case equalLabel, labelWords, contextWords }

    private func firstFound<T>(_ find: (Mode) -> [T]) -> [T] {
        for mode in Mode.allCases {
            let found = find(mode)
            if !found.isEmpty { return found }
        }
        return []
    }

    /// The fields (indices into `tracking.fields`) that match in `mode` alone.
    public func fields(in tracking: Tracking, prefix: [String], mode: Mode) -> [Int] {
        best(tracking.fields.indices.map { index in
            let field = tracking.fields[index]
            return (index, tracking.label(of: index), chain(tracking, field.sectionIndex, field.titleIndex, prefix))
        }, mode)
    }

    /// The metrics that match in `mode` alone.
    public func metrics(in tracking: Tracking, prefix: [String], mode: Mode) -> [Metric] {
        best(tracking.metrics.map { metric in
            (metric, tracking.name(of: metric), chain(tracking, tracking.tables[metric.table].sectionIndex, nil, prefix))
        }, mode)
    }

    /// The headings above, then the bold title, all plain and lower-cased.
    private func chain(_ tracking: Tracking, _ section: Int, _ title: Int?, _ prefix: [String]) -> [String] {
        var chain = (prefix + tracking.roadmap.path(ofSection: section)).map { PlainText.of($0).lowercased() }
        if let title { chain.append(tracking.title(title).lowercased()) }
        return chain
    }

    /// What a person typed is read once (`TextNeedle`), not again for every candidate.
    private func best<T>(_ candidates: [(T, String, [String])], _ mode: Mode) -> [T] {
        guard let wanted = path.last else { return [] }
        let sectionPieces = section.map(TextNeedle.init)
        let inSection = candidates.filter { LabelQuery.contains($0.2, sectionPieces) }
        switch mode {
        case .equalLabel, .labelWords:
            let placePieces = path.dropLast().map(TextNeedle.init)
            let placed = inSection.filter { LabelQuery.contains($0.2, placePieces) }
            if mode == .equalLabel { return placed.filter { $0.1.lowercased() == wanted }.map(\.0) }
            let words = wanted.split(separator: " ").map(TextNeedle.init)
            return placed.filter { candidate in
                let label = candidate.1.lowercased()
                return words.allSatisfy { $0.isFound(in: label) }
            }.map(\.0)
        case .contextWords:
            let wantedWords = path.flatMap(LabelQuery.words)
            guard !wantedWords.isEmpty else { return [] }
            return inSection.filter { candidate in
                let words = (candidate.2 + [candidate.1.lowercased()]).flatMap(LabelQuery.words)
                return wantedWords.allSatisfy { w in words.contains { $0.hasPrefix(w) } }
            }.map(\.0)
        }
    }

    /// Runs of letters and digits: `project 2: gpu` is `project`, `2`, `gpu`.
    static func words(_ text: String) -> [Substring] {
        text.split { !$0.isLetter && !$0.isNumber }
    }

    /// Whether every piece is contained in an element of `chain`, in order.
    static func contains(_ chain: [String], _ pieces: [TextNeedle]) -> Bool {
        var k = 0
        for piece in pieces {
            while k < chain.count && !piece.isFound(in: chain[k]) { k += 1 }
            if k == chain.count { return false }
            k += 1
        }
        return true
    }
}
