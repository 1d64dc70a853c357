/// Progress over time: what `roadmap history` shows and the report draws. Built from the `✅`
/// dates in the files, the files' git history and the `## Review Log` (see `HistoryBuilder`);
/// this file holds only the shapes, so that the terminal charts, the JSON and the HTML report
/// read one value.
public struct History: Sendable, Equatable {
    /// Done and total goals on a day (the total moves when goals are added or removed).
    public struct Point: Sendable, Equatable {
        /// The day.
        public let date: CivilDate
        /// Goals done that day.
        public let done: Int
        /// Goals in the roadmap that day.
        public let total: Int
        /// The counts of one day.
        public init(date: CivilDate, done: Int, total: Int) { (self.date, self.done, self.total) = (date, done, total) }
    }

    /// Goals completed on one day.
    public struct Completion: Sendable, Equatable {
        /// The day.
        public let date: CivilDate
        /// How many goals were done that day.
        public let count: Int
        /// `count` goals done on `date`.
        public init(date: CivilDate, count: Int) { (self.date, self.count) = (date, count) }
    }

    /// Goals done per week, over the last 4 and 12 weeks before today.
    public struct Pace: Sendable, Equatable {
        /// Goals done per week over the last 4 weeks.
        public let weeks4: Double
        /// Goals done per week over the last 12 weeks.
        public let weeks12: Double
        /// Goals done in the last 12 weeks: the evidence the pace rests on.
        public let done: Int
        /// Days from the first of those to today: how long the pace was watched.
        public let days: Int
        /// The pace over 4 and over 12 weeks; by default on evidence enough to forecast from.
        public init(weeks4: Double, weeks12: Double, done: Int = .max, days: Int = .max) {
            (self.weeks4, self.weeks12, self.done, self.days) = (weeks4, weeks12, done, days)
        }
    }

    /// A horizon or checkpoint with a due date, and when its open goals would be done at the pace.
    public struct Forecast: Sendable, Equatable {
        /// Whether the horizon is done, on track or late at the current pace.
        public enum Status: String, Sendable {
            /// Nothing left.
            case done
            /// Expected on or before the due date.
            case onTrack
            /// Expected after the due date (`weeksLate` says by how much), or no pace at all.
            case late
            /// Too little done yet to judge a pace from (`Pace.isEnough`).
            case notEnoughDone
        }
        /// The section's heading path, joined with ` > `.
        public let section: String
        /// Goals in the section not yet done (nor cancelled).
        public let remaining: Int
        /// When the section is due, if its period has a date.
        public let due: CivilDate?
        /// When the remaining goals would be done, at the faster of the 4-week and the 12-week
        /// pace (the one that is not nil when only one is); nil without pace, or without enough done.
        public let expected: CivilDate?
        /// The same at the slower pace: `expected`…`expectedLatest` is the range said.
        public var expectedLatest: CivilDate?
        /// Days between due and the day at the recent pace (the 4-week, else the 12-week) when late.
        public var daysLate = 0
        /// Done, on track or late.
        public let status: Status
        /// Whole weeks between due and the day at the recent pace when late (rounded up); 0 otherwise.
        public let weeksLate: Int
        /// A forecast from its parts.
        public init(section: String, remaining: Int, due: CivilDate?, expected: CivilDate?, status: Status, weeksLate: Int,
                    expectedLatest: CivilDate? = nil, daysLate: Int = 0) {
            (self.section, self.remaining, self.due, self.expected, self.status, self.weeksLate) = (section, remaining, due, expected, status, weeksLate)
            (self.expectedLatest, self.daysLate) = (expectedLatest, daysLate)
        }
    }

    /// A metric or skill score over time, against its next target.
    public struct MetricSeries: Sendable, Equatable {
        /// A reading of the metric on a date.
        public struct Value: Sendable, Equatable {
            /// The day of the reading.
            public let date: CivilDate
            /// The value read.
            public let value: Double
            /// `value` on `date`.
            public init(date: CivilDate, value: Double) { (self.date, self.value) = (date, value) }
        }
        /// The metric's name.
        public let name: String
        /// Its target as a number, when it has one.
        public let target: Double?
        /// Its readings, oldest first.
        public let values: [Value]
        /// A metric's series.
        public init(name: String, target: Double?, values: [Value]) { (self.name, self.target, self.values) = (name, target, values) }
    }

    /// Minutes of time spent (`⏱`, issue 27) added on a day; negative when more was taken back.
    public struct TimeSpent: Sendable, Equatable {
        /// The day: that of the commit that changed the time (today for the work tree's change).
        public let date: CivilDate
        /// Minutes added that day, over every goal.
        public let minutes: Int
        /// `minutes` on `date`.
        public init(date: CivilDate, minutes: Int) { (self.date, self.minutes) = (date, minutes) }
    }

    /// Where the points came from: git, or only the dates in the files (with the reason).
    public enum Source: Sendable, Equatable {
        case git(commits: Int)
        case datesOnly(reason: String)
    }

    /// Oldest first, as every list here.
    public var points: [Point]
    /// Goals done per day, on the days any were.
    public var completions: [Completion]
    /// Goals done per week, recently.
    public var pace: Pace
    /// Each dated horizon's forecast at that pace.
    public var forecast: [Forecast]
    /// Each metric's readings over time.
    public var metrics: [MetricSeries]
    /// Where the history was read from (git, or the done dates alone).
    public var source: Source
    /// Done and total per top section (a linked file under the section that links it), for
    /// `history --by-section`; in the order the sections first appear.
    public var sections: [SectionSeries]
    /// Each goal's count (`(120/300)`, issue 27) over time, against its target: a metric's shape.
    public var counts: [MetricSeries] = []
    /// Time spent per day, from git (empty without it: the file keeps no day per time spent).
    public var spent: [TimeSpent] = []

    /// A history from its parts.
    public init(points: [Point], completions: [Completion], pace: Pace, forecast: [Forecast], metrics: [MetricSeries], source: Source,
                sections: [SectionSeries] = []) {
        (self.points, self.completions, self.pace, self.forecast, self.metrics, self.source) = (points, completions, pace, forecast, metrics, source)
        self.sections = sections
    }
}
