/// Collects what the block scanner reports into goals and sections, and totals them.
struct RoadmapBuilder: BlockSink {
    var goals: [Goal] = []
    var sections: [Section] = [Section(level: 0, line: 0, titleRange: 0..<0, parentIndex: nil)]
    var continuations = Continuations()
    var facts: [LineFacts] = []
    let keepsLineFacts: Bool
    /// The open heading at each level, innermost last.
    private var openSections: [Int] = [0]

    /// - Parameter bytes: the file about to be scanned; its line count bounds the goals, so their
    ///   array is reserved once instead of doubling as it fills. Doubling held the old and the new
    ///   array at once (a 60 MB plan's goals peaked at 54 MB instead of 32) and touched every page
    ///   twice; the pages reserved but not used are never touched, so they cost address space only.
    init(keepsLineFacts: Bool, reservingFor bytes: [UInt8] = []) {
        self.keepsLineFacts = keepsLineFacts
        if bytes.count > 65536 {
            goals.reserveCapacity(bytes.withUnsafeBytes { LineFeeds.count(in: $0) } + 1)
        }
    }

    mutating func heading(level: Int, text: Range<Int>, line: Int) {
        while let last = openSections.last, last != 0, sections[last].level >= level { openSections.removeLast() }
        let parent = openSections.last ?? 0
        let index = sections.count
        sections.append(Section(level: level, line: line, titleRange: text, parentIndex: parent))
        sections[parent].children.append(index)
        openSections.append(index)
    }

    mutating func task(_ marker: TaskMarker, line: Int, span: LineSpan, parentGoal: Int32, depth: Int, quoted: Bool) -> Int32 {
        let index = Int32(goals.count)
        goals.append(Goal(
            _line: Int32(truncatingIfNeeded: line), _lineStart: Int32(truncatingIfNeeded: span.start),
            _lineEnd: Int32(truncatingIfNeeded: span.contentEnd), _box: Int32(truncatingIfNeeded: marker.box),
            _text: Int32(truncatingIfNeeded: marker.text), _section: Int32(truncatingIfNeeded: openSections.last ?? 0),
            _parent: parentGoal, _markerLength: UInt8(marker.length), state: marker.state,
            _depth: UInt16(clamping: depth), _quoted: quoted))
        return index
    }

    var wantsEveryLine: Bool { keepsLineFacts }

    mutating func line(_ facts: LineFacts) {
        if facts.goal >= 0 && facts.continuesParagraph {
            continuations.append(facts.content, of: facts.goal)
        }
        if keepsLineFacts { self.facts.append(facts) }
    }

    /// Totals goals per section (a count's part of a goal too: `Roadmap.partialMillionths`), then
    /// rolls subsections up into their parents. Children always come after their parent, so one
    /// backward pass is enough.
    mutating func finish(_ bytes: [UInt8]) {
        // Habits are counted apart and their dated entries not at all (`Tally.habits`); the flags
        // are made only once a habit is found, so a file without one pays one byte scan per goal.
        var habit: [Bool] = []
        for index in goals.indices where Roadmap.mayBeHabit(goals[index], bytes) && Roadmap.habitRule(goals[index], bytes, goals: goals, index: index) != nil {
            if habit.isEmpty { habit = [Bool](repeating: false, count: goals.count) }
            habit[index] = true
        }
        for (index, goal) in goals.enumerated() {
            if !habit.isEmpty {
                if habit[index] {
                    sections[goal.sectionIndex].ownGoals.habits += 1
                    continue
                }
                if let parent = goal.parentIndex, habit[parent], Roadmap.habitEntry(goal, bytes) != nil { continue }
            }
            sections[goal.sectionIndex].ownGoals.add(goal.state)
            sections[goal.sectionIndex].ownGoals.addPartial(Roadmap.partialMillionths(goal, bytes))
        }
        for i in sections.indices { sections[i].goals = sections[i].ownGoals }
        for i in sections.indices.dropFirst().reversed() {
            if let parent = sections[i].parentIndex { sections[parent].goals += sections[i].goals }
        }
    }
}
