/// Reads a recurrence rule the way the plugin does: `when done` off the end (its regular
/// expression `^([a-zA-Z0-9, !]+?)( when done)?$`, case ignored), then the rest with the words of
/// rrule's English grammar (`every [N] day|week|month|year`, weekdays, `on the 1st`, `on the last
/// Friday`, commas and `and` between days). Words are whole words here: rrule matches prefixes
/// and drops words it does not know at the end (`every day blah` is daily to it), roadmap refuses
/// them, so a typo is named instead of read as something else.
enum RecurrenceParser {
    enum Token: Equatable {
        case word([UInt8])
        case comma
    }

    static func parse(_ rule: [UInt8]) throws(RecurrenceError) -> Recurrence {
        var text = rule
        for b in text where !(ASCII.isLetter(b) || ASCII.isDigit(b) || b == 0x2C || b == ASCII.space || b == ASCII.bang) {
            guard b != ASCII.minus else { throw RecurrenceError(message: "a date in a rule (until 2027-01-01) is not supported, as in the plugin") }
            throw RecurrenceError(message: "a rule has only letters, digits, commas and spaces")
        }
        text = text.map(ASCII.lowercased)
        let suffix = Array(" when done".utf8)
        let whenDone = text.count > suffix.count && text.suffix(suffix.count).elementsEqual(suffix)
        if whenDone { text.removeLast(suffix.count) }
        var reader = Reader(tokens: tokens(text))
        return try reader.rule(whenDone: whenDone)
    }

    /// Words and commas; `and` and `or` are commas, as in rrule.
    static func tokens(_ text: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        while i < text.count {
            let b = text[i]
            if b == ASCII.space { i += 1; continue }
            if b == 0x2C {
                if tokens.last != .comma { tokens.append(.comma) }
                i += 1
                continue
            }
            let start = i
            while i < text.count && text[i] != ASCII.space && text[i] != 0x2C { i += 1 }
            let word = Array(text[start..<i])
            if word == Array("and".utf8) || word == Array("or".utf8) {
                if tokens.last != .comma { tokens.append(.comma) }
            } else {
                tokens.append(.word(word))
            }
        }
        return tokens
    }

    struct Reader {
        let tokens: [Token]
        var at = 0

        var peek: [UInt8]? {
            guard at < tokens.count, case let .word(w) = tokens[at] else { return nil }
            return w
        }
        var isDone: Bool { at >= tokens.count }

        mutating func accept(_ words: String...) -> Bool {
            guard let w = peek, words.contains(where: { w.elementsEqual($0.utf8) }) else { return false }
            at += 1
            return true
        }

        mutating func acceptComma() -> Bool {
            guard at < tokens.count, tokens[at] == .comma else { return false }
            at += 1
            return true
        }

        mutating func rule(whenDone: Bool) throws(RecurrenceError) -> Recurrence {
            guard accept("every") else { throw RecurrenceError(message: "a rule starts with 'every' (every week, every 2 days)") }
            var interval = 1
            if let w = peek, w.allSatisfy(ASCII.isDigit) {
                guard w.first != ASCII.zero, w.count <= 6, let n = Int(String(decoding: w, as: UTF8.self)) else {
                    throw RecurrenceError(message: "'\(String(decoding: w, as: UTF8.self))' is not a count roadmap reads: counts are 1 to 999999")
                }
                interval = n
                at += 1
            }
            guard let word = peek else { throw RecurrenceError(message: "a rule says how often after 'every' (every week, every 2 days)") }
            at += 1
            let frequency: Recurrence.Frequency
            var days: [Recurrence.Day] = []
            if RecurrenceParser.is(word, "day", "days") {
                frequency = .daily
            } else if RecurrenceParser.is(word, "weekday", "weekdays") {
                frequency = .weekly
                days = RecurrenceParser.workdays
            } else if RecurrenceParser.is(word, "week", "weeks") {
                frequency = .weekly
                days = try on(monthly: false)
            } else if RecurrenceParser.is(word, "month", "months") {
                frequency = .monthly
                days = try on(monthly: true)
            } else if RecurrenceParser.is(word, "year", "years") {
                frequency = .yearly
                if peek.map({ RecurrenceParser.is($0, "on", "in", "the") }) == true {
                    throw RecurrenceError(message: "'on' after years is not supported: write every year, from the date it falls on")
                }
            } else if RecurrenceParser.is(word, "hour", "hours", "minute", "minutes") {
                throw RecurrenceError(message: "hours and minutes are not supported: goals are dated by the day")
            } else if let weekday = RecurrenceParser.weekday(word) {
                frequency = .weekly
                days = [.weekday(weekday, nth: 0)]
                while acceptComma() {
                    guard let next = peek.flatMap(RecurrenceParser.weekday) else { throw unexpected("a weekday") }
                    at += 1
                    days.append(.weekday(next, nth: 0))
                }
            } else if RecurrenceParser.month(word) {
                throw RecurrenceError(message: "month names (every January on the 15th) are not supported: write every year, from a date in that month")
            } else {
                throw RecurrenceError(message: "'\(String(decoding: word, as: UTF8.self))' is not a frequency: write every day, every 2 weeks, every month, every year or every Monday")
            }
            guard isDone else { throw unexpected(nil) }
            return Recurrence(frequency: frequency, interval: interval, whenDone: whenDone, days: days)
        }

        /// `on the 1st and 15th`, `on Tuesday, Friday`, `on the last Friday`, `on weekdays`.
        mutating func on(monthly: Bool) throws(RecurrenceError) -> [Recurrence.Day] {
            let on = accept("on", "in")
            let the = accept("the")
            guard on || the else { return [] }
            var days: [Recurrence.Day] = []
            repeat {
                _ = accept("the")
                guard let word = peek else { throw RecurrenceError(message: "a rule names a day after 'on'") }
                if let nth = try nth() {
                    if let weekday = peek.flatMap(RecurrenceParser.weekday) {
                        guard monthly else {
                            throw RecurrenceError(message: "'\(String(decoding: word, as: UTF8.self))' picks a weekday of the month: write every month on the \(String(decoding: word, as: UTF8.self)) …")
                        }
                        guard (-5...5).contains(nth) else { throw RecurrenceError(message: "a month has at most 5 of a weekday") }
                        at += 1
                        days.append(.weekday(weekday, nth: nth))
                    } else {
                        guard monthly else { throw RecurrenceError(message: "days of the month in a weekly rule are not supported") }
                        guard (-31...31).contains(nth) else {
                            throw RecurrenceError(message: "'\(String(decoding: word, as: UTF8.self))' is not a day of the month")
                        }
                        _ = accept("day")
                        days.append(.monthDay(nth))
                    }
                } else if let weekday = RecurrenceParser.weekday(word) {
                    at += 1
                    days.append(.weekday(weekday, nth: 0))
                } else if RecurrenceParser.is(word, "weekday", "weekdays") {
                    at += 1
                    days += RecurrenceParser.workdays
                } else {
                    throw unexpected("a day")
                }
            } while acceptComma()
            let monthDays = days.contains { if case .monthDay = $0 { true } else { false } }
            if monthDays && days.contains(where: { if case .weekday = $0 { true } else { false } }) {
                throw RecurrenceError(message: "a rule with both days of the month and weekdays is not supported")
            }
            return days
        }

        /// `1st`, `2nd`, `15th`, `2.`, `first`, `second`, `third`, `last`, each optionally
        /// followed by `last` (`2nd last`: -2), as rrule reads them.
        mutating func nth() throws(RecurrenceError) -> Int? {
            guard let word = peek else { return nil }
            var n: Int
            if RecurrenceParser.is(word, "last") {
                at += 1
                return -1
            } else if RecurrenceParser.is(word, "first") {
                n = 1
            } else if RecurrenceParser.is(word, "second") {
                n = 2
            } else if RecurrenceParser.is(word, "third") {
                n = 3
            } else if let value = RecurrenceParser.ordinal(word) {
                guard value <= 31 else { throw RecurrenceError(message: "'\(String(decoding: word, as: UTF8.self))' is not a day of the month") }
                n = value
            } else {
                return nil
            }
            at += 1
            if accept("last") { n = -n }
            return n
        }

        func unexpected(_ wanted: String?) -> RecurrenceError {
            guard let word = peek else { return RecurrenceError(message: wanted.map { "a rule names \($0) here" } ?? "a rule ends here") }
            let text = String(decoding: word, as: UTF8.self)
            switch text {
            case "at": return RecurrenceError(message: "'at' (a time of day) is not supported: goals are dated by the day")
            case "for": return RecurrenceError(message: "'for' (a number of times) is not supported, as in the plugin")
            case "until", "til", "untill": return RecurrenceError(message: "'until' is not supported, as in the plugin")
            default: return RecurrenceError(message: "'\(text)' is not part of a rule roadmap reads\(wanted.map { " (\($0) was expected)" } ?? "")")
            }
        }
    }

    static let workdays: [Recurrence.Day] = (0..<5).map { .weekday($0, nth: 0) }

    static func `is`(_ word: [UInt8], _ names: String...) -> Bool {
        names.contains { word.elementsEqual($0.utf8) }
    }

    /// rrule's weekday spellings: `mo`, `mon`, `monday`; `tu`, `tue`, `tues`, `tuesday`; …
    static func weekday(_ word: [UInt8]) -> Int? {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        let shortest = [2, 2, 2, 2, 2, 2, 2]
        for (k, name) in names.enumerated() {
            let full = Array(name.utf8)
            guard word.count >= shortest[k], word.count <= full.count, full.starts(with: word) else { continue }
            // rrule's prefixes: mo(n(day)?)?, tu(e(s(day)?)?)?, we(d(n(esday)?)?)?, th(u(r(sday)?)?)?, fr(i(day)?)?,
            // sa(t(urday)?)?, su(n(day)?)?: the short forms it allows, then the whole name.
            let allowed: [Int] = [[2, 3], [2, 3, 4], [2, 3, 4], [2, 3, 4], [2, 3], [2, 3], [2, 3]][k] + [full.count]
            if allowed.contains(word.count) { return k }
        }
        return nil
    }

    /// Whether `word` is a month's name or its three-letter form.
    static func month(_ word: [UInt8]) -> Bool {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        return names.contains { word.elementsEqual($0.utf8) || (word.count == 3 && $0.utf8.starts(with: word)) }
    }

    /// `1st`, `22nd`, `3rd`, `15th`, `2.`: the number, else nil.
    static func ordinal(_ word: [UInt8]) -> Int? {
        var digits = 0
        while digits < word.count && ASCII.isDigit(word[digits]) { digits += 1 }
        guard digits > 0, digits <= 4, word[0] != ASCII.zero else { return nil }
        let rest = word[digits...]
        guard rest.elementsEqual(".".utf8) || ["st", "nd", "rd", "th"].contains(where: { rest.elementsEqual($0.utf8) }) else { return nil }
        return Int(String(decoding: word[..<digits], as: UTF8.self))
    }
}
