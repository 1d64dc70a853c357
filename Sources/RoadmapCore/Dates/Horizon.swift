/// A period of a plan counted from its start: `Week 1`, `Months 6-8`, `Quarter 1`, `Year 5+`,
/// `6-Month`. Something with a horizon is due at the end of its period.
public struct Horizon: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The length of one period.
    public enum Unit: String, Sendable, CaseIterable {
        case day, week, month, quarter, year
    }

    package let unit: Unit
    /// The first period (`6` in `Months 6-8`).
    public let first: Int
    /// The last period (`8` in `Months 6-8`); nil when open-ended (`Year 5+`).
    public let last: Int?

    /// A period from `first` through `last` units (`Months 1-3`); nil `last` is open-ended (`Year 5+`).
    public init(_ unit: Unit, _ first: Int, through last: Int?) {
        self.unit = unit
        self.first = first
        self.last = last
    }

    /// A period of one unit, the `n`th (`Month 3`).
    public init(_ unit: Unit, _ n: Int) {
        self.init(unit, n, through: n)
    }

    /// The end of the period counted from `start`: `Month 3` from 2026-01-15 is 2026-04-15,
    /// `Week 1` is 2026-01-22, `Quarter 1` is 2026-04-15. Nil for open-ended periods, which have
    /// no end, and for ends past 9999-12-31.
    public func due(from start: CivilDate) -> CivilDate? {
        guard let last else { return nil }
        func times(_ k: Int) -> Int? {
            let (product, overflow) = last.multipliedReportingOverflow(by: k)
            return overflow ? nil : product
        }
        switch unit {
        case .day: return start.checkedAdding(days: last)
        case .week: return times(7).flatMap { start.checkedAdding(days: $0) }
        case .month: return start.checkedAdding(months: last)
        case .quarter: return times(3).flatMap { start.checkedAdding(months: $0) }
        case .year: return times(12).flatMap { start.checkedAdding(months: $0) }
        }
    }

    /// As a heading writes it: `Month 3`, `Months 1-3`, `Year 5+`.
    public var description: String {
        let name = unit.rawValue.prefix(1).uppercased() + unit.rawValue.dropFirst()
        guard let last else { return "\(name) \(first)+" }
        return first == last ? "\(name) \(first)" : "\(name)s \(first)-\(last)"
    }
}
