import LibXML

/// A calendar date as EDGAR writes it, `YYYY-MM-DD`, kept as written.
///
/// `xs:date` also allows a time zone suffix (`2021-11-04Z`, `2021-11-04-05:00`),
/// which a few filing agents emit; it is kept so the document round-trips, and
/// ignored when two dates are compared.
public struct DateText: Sendable, Hashable, Codable, CustomStringConvertible, Comparable {
    public let text: String
    public let year: Int
    public let month: Int
    public let day: Int

    /// Accepts a real calendar date in `xs:date` form (Feb 30 is refused).
    public init?(_ text: some StringProtocol) {
        let trimmed = text.trimmingXMLWhitespace()
        // Read on the text's own bytes (an array of them per date was an allocation for each).
        guard let (y, m, d) = Self.parts(of: trimmed.utf8.span) else { return nil }
        self.text = trimmed
        year = y
        month = m
        day = d
    }

    /// The year, month and day of `YYYY-MM-DD` bytes with an optional time zone,
    /// nil when they are no real calendar date in `xs:date` form.
    private static func parts(of bytes: Span<UInt8>) -> (Int, Int, Int)? {
        guard bytes.count >= 10 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard bytes[i] >= 48 && bytes[i] <= 57 else { return nil }
                n = n * 10 + Int(bytes[i] - 48)
            }
            return n
        }
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let y = number(0..<4), let m = number(5..<7), let d = number(8..<10)
        else { return nil }
        guard (1...12).contains(m), d >= 1, d <= Self.daysIn(month: m, year: y), y >= 1 else { return nil }
        let zone = bytes.extracting(10...)
        if !zone.isEmpty {
            let z = String(bytes: zone)
            let isOffset =
                zone.count == 6 && (zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-"))
                && number(11..<13).map { $0 <= 14 } == true && bytes[13] == UInt8(ascii: ":")
                && number(14..<16).map { $0 < 60 } == true
            guard z == "Z" || isOffset else { return nil }
        }
        return (y, m, d)
    }

    /// Builds a date from its parts; nil when the day does not exist.
    ///
    /// The text is the parts zero-padded, `YYYY-MM-DD`: a year of 1 to 9999 (any
    /// other pads to no such text), written straight into a string of ten bytes
    /// (padding each part into a string and parsing the join cost ten times more).
    public init?(year: Int, month: Int, day: Int) {
        guard year >= 1, year <= 9999, month >= 1, month <= 12, day >= 1, day <= Self.daysIn(month: month, year: year)
        else { return nil }
        text = String(utf8Capacity: 10) { out in
            out.append(UInt8(48 + year / 1000))
            out.append(UInt8(48 + year / 100 % 10))
            out.append(UInt8(48 + year / 10 % 10))
            out.append(UInt8(48 + year % 10))
            out.append(UInt8(ascii: "-"))
            out.append(UInt8(48 + month / 10))
            out.append(UInt8(48 + month % 10))
            out.append(UInt8(ascii: "-"))
            out.append(UInt8(48 + day / 10))
            out.append(UInt8(48 + day % 10))
        }
        self.year = year
        self.month = month
        self.day = day
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD` without any time zone.
    public var isoDate: String { String(text.prefix(10)) }

    /// `MM/DD/YYYY`, as the printed form shows dates.
    public var formDate: String {
        let parts = isoDate.split(separator: "-")
        return "\(parts[1])/\(parts[2])/\(parts[0])"
    }

    public var description: String { text }

    public static func < (a: DateText, b: DateText) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func == (a: DateText, b: DateText) -> Bool { a.text == b.text }
    public func hash(into h: inout Hasher) { h.combine(text) }

    /// Same calendar day, whatever the spelling of the time zone.
    public func isSameDay(as other: DateText) -> Bool {
        (year, month, day) == (other.year, other.month, other.day)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = DateText(raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date: \(raw)")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
