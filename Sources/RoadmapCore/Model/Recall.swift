/// A done goal's refresher mark (issue 27): `🔄 2027-01-12` or `[recall:: 2027-01-12]`, the day
/// its next short review is due; `🔄 off` / `[recall:: off]` stops refreshers for it. A goal
/// without a mark has never been asked about: `roadmap recall GOAL` asks about it, and only an
/// answer writes one. See docs/progress.md.
public enum RecallMark: Equatable, Sendable {
    /// Due on this day.
    case due(CivilDate)
    /// Refreshers switched off for the goal.
    case off
    /// A mark whose value is neither a date nor `off` (`🔄 2027-13-45`): lint names it; `recall`
    /// passes the goal over.
    case unreadable(String)
}

/// The refresher schedule: a Leitner ladder of intervals, roughly doubling, in days. A solid
/// answer moves a goal one step up (the top step repeats: a yearly refresher); a shaky one brings
/// the next refresher to tomorrow.
///
/// The line keeps only dates, so the current step is read from them: the days from the goal's
/// `✅` date to its `🔄` date, taken down to a step (`interval(days:)`). Answered on time, the
/// sums of the steps always fall between a step and the next (1, 4, 11, 27, 62, 142, 322, 687
/// days after ✅ read as 1, 3, 7, 16, 35, 80, 180, 365), so the ladder reads back exactly; a
/// refresher answered late and still solid counts for the time it held and may climb further.
public enum RecallSchedule {
    /// The intervals, in days: 1, 3, 7, 16, 35, 80, 180, 365.
    public static let steps = [1, 3, 7, 16, 35, 80, 180, 365]

    /// The step `days` stand for: the largest step not above them (1 for 0 or less).
    public static func interval(days: Int) -> Int {
        steps.last { $0 <= days } ?? steps[0]
    }

    /// The step after `interval` (the last step repeats).
    public static func step(after interval: Int) -> Int {
        steps.first { $0 > interval } ?? steps[steps.count - 1]
    }
}

/// A done goal in the refresher schedule, as `recall` asks about it.
public struct Refresher: Equatable, Sendable {
    /// The goal's index.
    public let goal: Int
    /// When it is due; nil for a goal never asked about (asked by name).
    public let due: CivilDate?
    /// The current interval in days (`RecallSchedule`).
    public let interval: Int

    /// Goal `goal`, due on `due` (nil: never asked), at the step `interval`.
    public init(goal: Int, due: CivilDate?, interval: Int) {
        self.goal = goal
        self.due = due
        self.interval = interval
    }
}

/// How a refresher was answered.
public enum RecallAnswer: Equatable, Sendable {
    /// Still solid: one step up the schedule.
    case solid
    /// Not solid: due again tomorrow, the goal stays done.
    case shaky
    /// Not solid, and reopened to be learned again: due again tomorrow, the box unticked (its ✅
    /// date goes, so ticking it again starts the schedule over from the new date).
    case shakyReopen
    /// No more refreshers for this goal (`recall --off`).
    case off
}

extension Roadmap {
    /// Goal `index`'s refresher mark, nil when its line has none.
    public func recallMark(of index: Int) -> RecallMark? {
        guard let field = recallField(of: index) else { return nil }
        let value = bytes[field.value]
        if value.elementsEqual("off".utf8) { return .off }
        if let date = CivilDate(isoBytes: value) { return .due(date) }
        return .unreadable(String(decoding: value, as: UTF8.self))
    }

    /// The mark's field, when there is one. Only a line with 🔄 (its first byte 0xF0) or a
    /// `recall::` key can hold one, which keeps the scan off most goals.
    package func recallField(of index: Int) -> ProgressFields.Field? {
        let text = goals[index].textRange
        guard bytes[text].contains(0xF0) || bytes[text].contains(ASCII.colon) else { return nil }
        return progressFields(of: index).field(.recall)
    }

    /// Whether a heading above goal `index` (its section's or any enclosing one) ends in
    /// `<!-- recall: off -->`, which switches refreshers off for all the goals under it.
    public func recallSwitchedOff(goal index: Int) -> Bool {
        var section: Int? = goals[index].sectionIndex
        while let s = section {
            if headingSwitchesRecallOff(sections[s].titleRange) { return true }
            section = sections[s].parentIndex
        }
        return false
    }

    static let recallOffComment = Array("<!-- recall: off -->".utf8)

    private func headingSwitchesRecallOff(_ title: Range<Int>) -> Bool {
        var end = title.upperBound
        while end > title.lowerBound && ASCII.isLineWhitespace(bytes[end - 1]) { end -= 1 }
        let marker = Roadmap.recallOffComment
        guard end - title.lowerBound >= marker.count else { return false }
        return bytes[(end - marker.count)..<end].elementsEqual(marker)
    }

    /// Goal `index` as `recall` sees it on `today`: a done goal, not switched off (by its mark or
    /// a heading), with a readable date or none. Nil for any other goal.
    public func refresher(of index: Int, today: CivilDate) -> Refresher? {
        guard goals[index].state == .done, !recallSwitchedOff(goal: index) else { return nil }
        let learned = doneDate(of: index)
        switch recallMark(of: index) {
        case .off, .unreadable: return nil
        case let .due(date):
            return Refresher(goal: index, due: date, interval: RecallSchedule.interval(days: learned.map { $0.days(until: date) } ?? 0))
        case nil:
            // Never asked: the time since it was learned stands for the interval it has held.
            return Refresher(goal: index, due: nil, interval: RecallSchedule.interval(days: learned.map { $0.days(until: today) } ?? 0))
        }
    }

    /// The refreshers due on `today` (their date reached), the longest waiting first, then the
    /// shortest interval (the least settled), then in file order.
    public func refreshersDue(today: CivilDate) -> [Refresher] {
        var due: [Refresher] = []
        for index in goals.indices where goals[index].state == .done {
            guard let refresher = refresher(of: index, today: today), let date = refresher.due, !(today < date) else { continue }
            due.append(refresher)
        }
        return due.sorted { a, b in
            if a.due != b.due { return a.due! < b.due! }
            if a.interval != b.interval { return a.interval < b.interval }
            return a.goal < b.goal
        }
    }

    /// The refresher date an answer on `today` leads to: a step up for a solid answer, tomorrow otherwise.
    public func nextRecall(_ index: Int, _ answer: RecallAnswer, today: CivilDate) -> CivilDate? {
        switch answer {
        case .off: return nil
        case .shaky, .shakyReopen: return today.adding(days: 1)
        case .solid:
            let interval = refresher(of: index, today: today)?.interval ?? RecallSchedule.steps[0]
            return today.adding(days: RecallSchedule.step(after: interval))
        }
    }
}
