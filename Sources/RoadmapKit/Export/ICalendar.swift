/// An iCalendar feed (RFC 5545) of all-day events: the writing rules, nothing about roadmaps.
///
/// - §3.1: content lines end in CRLF and are folded so that no line is longer than 75 octets,
///   a continuation line starting with one space; a fold never falls inside a UTF-8 sequence
///   ("implementations need to unfold lines in such a way to properly restore the original
///   sequence", so we never cut one in the first place).
/// - §3.3.11: TEXT values escape `\`, `;`, `,` and a line break (`\n`); control characters,
///   which TEXT does not allow (and a terminal showing `-o -` would obey), are left out.
/// - §3.3.4, §3.8.2.4, §3.8.2.2: `DTSTART;VALUE=DATE` with an exclusive `DTEND;VALUE=DATE` on the
///   next day (§3.6.1 makes a DATE start without an end one day long anyway; some servers refuse
///   an event without an end).
/// - §3.8.7.2: `DTSTAMP` is a UTC date-time; it is the feed's day at midnight UTC, so that the
///   same roadmap on the same day gives the same bytes.
/// - §3.8.4.7: `UID`s are given by the caller and must stay the same across runs.
/// - §3.7.3, §3.7.4: `PRODID` and `VERSION:2.0`; §3.8.1.2 `CATEGORIES` says what kind of date it is.
public enum ICalendar {
    /// One all-day event on `date`, with the caller's stable `uid` and a category.
    public struct Event: Sendable, Equatable {
        package let uid: String
        /// The day of the event.
        public let date: CivilDate
        /// The event's title (`SUMMARY`).
        public let summary: String
        /// The event's longer text (`DESCRIPTION`).
        public let description: String
        package let category: String

        /// An event; `uid` must stay the same across runs for calendars to update it in place.
        public init(uid: String, date: CivilDate, summary: String, description: String, category: String) {
            (self.uid, self.date, self.summary, self.description, self.category) = (uid, date, summary, description, category)
        }
    }

    /// The feed of `events`, named `name`, stamped with `stamp` at midnight UTC: CRLF lines, folded
    /// at 75 octets.
    public static func render(_ events: [Event], name: String, stamp: CivilDate) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 + events.count * 300)
        func line(_ name: String, _ value: String) { out += contentLine(name, value: value) }
        line("BEGIN", "VCALENDAR")
        line("VERSION", "2.0")
        line("PRODID", "-//roadmap//roadmap calendar//EN")
        line("CALSCALE", "GREGORIAN")
        line("X-WR-CALNAME", escapeText(name))
        let dtstamp = compact(stamp) + "T000000Z"
        for event in events {
            line("BEGIN", "VEVENT")
            line("UID", escapeText(event.uid))
            line("DTSTAMP", dtstamp)
            line("DTSTART;VALUE=DATE", compact(event.date))
            line("DTEND;VALUE=DATE", compact(event.date.adding(days: 1)))
            line("SUMMARY", escapeText(event.summary))
            if !event.description.isEmpty { line("DESCRIPTION", escapeText(event.description)) }
            line("CATEGORIES", escapeText(event.category))
            line("TRANSP", "TRANSPARENT")
            line("END", "VEVENT")
        }
        line("END", "VCALENDAR")
        return out
    }

    /// `NAME:value` folded into physical lines of at most 75 octets, each ending in CRLF.
    package static func contentLine(_ name: String, value: String) -> [UInt8] {
        let bytes = Array((name + ":" + value).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 37 + 2)
        var start = 0
        var limit = 75
        while bytes.count - start > limit {
            var end = start + limit
            // Back up to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
            while end > start + 1 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            out += bytes[start..<end]
            out += [0x0D, 0x0A, 0x20]
            start = end
            limit = 74
        }
        out += bytes[start...]
        out += [0x0D, 0x0A]
        return out
    }

    package static func escapeText(_ text: String) -> String {
        Markup.rewriting(text) { scalar in
            switch scalar {
            case "\\": return "\\\\"
            case ";": return "\\;"
            case ",": return "\\,"
            case "\n": return "\\n"
            default: return scalar.isControlCharacter ? "" : nil
            }
        }
    }

    /// `YYYYMMDD` (§3.3.4).
    static func compact(_ date: CivilDate) -> String {
        String(date.description.utf8.filter { $0 != UInt8(ascii: "-") }.map { Character(Unicode.Scalar($0)) })
    }
}
