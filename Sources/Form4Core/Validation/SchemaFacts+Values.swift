import LibXML

/// The facets of the simple types in `Schemas/ownershipCommon.xsd`, with
/// libxml2's wording for the failures modelled. A value is checked as the
/// writer wrote it; the caller uses this only when every value reads back as
/// written (not empty, no white space at either end, no control characters),
/// so white-space facets never change a value here.
extension SchemaFacts {
    enum ValueCheck: Equatable {
        case valid
        /// libxml2's message after "Element 'name': ".
        case invalid(String)
        /// A failure whose wording is not modelled: ask libxml2.
        case unknown
    }

    static func check(_ text: String, as simple: Simple) -> ValueCheck {
        check(text.utf8.span, text, as: simple)
    }

    /// `u` is `text`'s UTF-8: the checks read bytes, the messages quote the text.
    private static func check(_ u: Span<UInt8>, _ text: String, as simple: Simple) -> ValueCheck {
        switch simple {
        case .versionTag: return length(u, exactly: 5)
        case .date: return isPlainDate(u) ? .valid : .unknown
        case .boolean: return text == "1" || text == "0" || text == "true" || text == "false" ? .valid : .unknown
        case .cik:
            if (1...10).contains(u.count), allBytes(u, { (0x30...0x39).contains($0) }) { return .valid }
            return patternFailure(u, text, pattern: "[0-9]{1,10}")
        case .registeredName: return length(u, max: 150)
        case .tradingSymbol: return length(u, min: 1, max: 10)
        case .foreignTradingSymbol: return length(u, max: 10)
        case .confirmationCode: return length(u, exactly: 8)
        case .street: return length(u, max: 40)
        case .city: return length(u, max: 30)
        case .state: return stateCodes.contains(text) ? .valid : .unknown
        case .postalCode:
            let lengthCheck = length(u, max: 10)
            let fits = allBytes(u) { b in
                (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
                    || b == 0x20 || b == 0x23 || b == 0x2D
            }
            if fits { return lengthCheck }
            return lengthCheck == .valid ? patternFailure(u, text, pattern: "[0-9A-Za-z #\\-]*") : .unknown
        case .stateDescription: return length(u, max: 50)
        case .role: return length(u, max: 30)
        case .remarks: return length(u, max: 2000)
        case .signer: return length(u, min: 1, max: 255)
        case .title: return length(u, min: 1, max: 60)
        case .nature: return length(u, max: 100)
        case .amount: return amount(u, text)
        case .acquiredDisposed: return enumeration(u, text, acquiredDisposedCodes)
        case .directOrIndirect: return enumeration(u, text, directOrIndirectCodes)
        case .timeliness: return text == "E" || text == "L" ? .valid : .unknown
        case .transactionFormCode: return enumeration(u, text, transactionFormCodes)
        case .holdingFormCode: return enumeration(u, text, holdingFormCodes)
        case .transactionCode: return enumeration(u, text, transactionCodes)
        case .documentType(let type): return text == type.rawValue ? .valid : .unknown
        }
    }

    // The pick-lists, in the schema's order (libxml2 quotes them so).
    private static let acquiredDisposedCodes = ["A", "D"]
    private static let directOrIndirectCodes = ["D", "I"]
    private static let transactionFormCodes = ["4", "5"]
    private static let holdingFormCodes = ["3"]
    private static let transactionCodes = ["A", "C", "D", "E", "F", "G", "H", "I", "J", "L", "M", "O", "P", "S", "U", "W", "X", "Z"]

    /// The number of characters (Unicode scalars: bytes that do not continue one).
    private static func characters(_ u: Span<UInt8>) -> Int {
        var n = 0
        for k in u.indices where u[k] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// Whether every byte passes `test` (a span has no `allSatisfy`).
    private static func allBytes(_ u: Span<UInt8>, _ test: (UInt8) -> Bool) -> Bool {
        for k in u.indices where !test(u[k]) { return false }
        return true
    }

    /// Lengths count characters (Unicode scalars), as libxml2 counts UTF-8 characters.
    private static func length(_ u: Span<UInt8>, min: Int = 0, max: Int) -> ValueCheck {
        // A value no longer in bytes than allowed is short enough in characters.
        if u.count <= max && u.count >= min { return .valid }
        let n = characters(u)
        if n > max {
            return .invalid("[facet 'maxLength'] The value has a length of '\(n)'; this exceeds the allowed maximum length of '\(max)'.")
        }
        if n < min {
            return .invalid("[facet 'minLength'] The value has a length of '\(n)'; this underruns the allowed minimum length of '\(min)'.")
        }
        return .valid
    }

    private static func length(_ u: Span<UInt8>, exactly n: Int) -> ValueCheck {
        let count = characters(u)
        if count == n { return .valid }
        return .invalid("[facet 'length'] The value has a length of '\(count)'; this differs from the allowed length of '\(n)'.")
    }

    /// Messages that quote the value are modelled only for plain ASCII values
    /// (libxml2 formats its messages through printf: a "%" would be a guess).
    private static func quotable(_ u: Span<UInt8>) -> Bool {
        allBytes(u) { $0 >= 0x20 && $0 < 0x7F && $0 != 0x25 }
    }

    private static func patternFailure(_ u: Span<UInt8>, _ text: String, pattern: String) -> ValueCheck {
        guard quotable(u) else { return .unknown }
        return .invalid("[facet 'pattern'] The value '\(text)' is not accepted by the pattern '\(pattern)'.")
    }

    private static func enumeration(_ u: Span<UInt8>, _ text: String, _ values: [String]) -> ValueCheck {
        if values.contains(text) { return .valid }
        guard quotable(u) else { return .unknown }
        let set = values.map { "'\($0)'" }.joined(separator: ", ")
        return .invalid("[facet 'enumeration'] The value '\(text)' is not an element of the set {\(set)}.")
    }

    /// `Amount`: an `xs:decimal` of at most 16 digits, 4 of them after the
    /// point, from 0 to 999999999999.9999. Valid only in the plain form
    /// (digits, an optional point and digits, no needless leading zero); the
    /// one failure modelled is a fifth or later decimal on a number that is
    /// well within the other limits.
    private static func amount(_ u: Span<UInt8>, _ text: String) -> ValueCheck {
        var i = 0
        while i < u.count, (0x30...0x39).contains(u[i]) { i += 1 }
        let integerDigits = i
        guard integerDigits > 0, integerDigits == 1 || u[0] != 0x30 else { return .unknown }
        var fractionDigits = 0
        if i < u.count {
            guard u[i] == 0x2E else { return .unknown }
            i += 1
            while i < u.count, (0x30...0x39).contains(u[i]) {
                i += 1
                fractionDigits += 1
            }
            guard i == u.count, fractionDigits > 0 else { return .unknown }
        }
        guard integerDigits <= 12 else { return .unknown }
        if fractionDigits <= 4 { return .valid }
        guard integerDigits <= 11, integerDigits + fractionDigits <= 16, u[u.count - 1] != 0x30 else { return .unknown }
        return .invalid("[facet 'fractionDigits'] The value '\(text)' has more fractional digits than are allowed ('4').")
    }

    /// YYYY-MM-DD, a real day of a year from 0001: what every `xs:date` reader accepts.
    static func isPlainDate(_ u: Span<UInt8>) -> Bool {
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return false }
        func number(_ r: Range<Int>) -> Int? {
            var n = 0
            for k in r {
                guard (0x30...0x39).contains(u[k]) else { return nil }
                n = n * 10 + Int(u[k] - 0x30)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10), y >= 1, (1...12).contains(m), d >= 1
        else { return false }
        // The month's length by a switch: an array literal here was allocated on every date checked.
        let days: Int
        switch m {
        case 2: days = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: days = 30
        default: days = 31
        }
        return d <= days
    }

    /// The `StateOrCountry` enumeration, read once from the embedded common
    /// schema (on its UTF-8 bytes: searching the text as characters cost more
    /// than checking all the documents of a run).
    static let stateCodes: Set<String> = {
        guard let text = EmbeddedSchemas.files["ownershipCommon.xsd"] else { return [] }
        let u = Array(text.utf8)
        // The first byte found by the byte search, the rest compared after:
        // a cost paid by every process that checks a state.
        func find(_ needle: StaticString, from start: Int) -> Int? {
            needle.withByteSpan { p -> Int? in
                let b = u.span
                let n = p.count
                guard n > 0 else { return nil }
                var i = start
                while let at = b.firstOffset(of: p[0], from: i), at + n <= b.count {
                    if b.extracting(at..<at + n).elementsEqual(p) { return at }
                    i = at + 1
                }
                return nil
            }
        }
        guard let start = find("<xs:simpleType name=\"StateOrCountry\">", from: 0),
            let end = find("</xs:simpleType>", from: start)
        else { return [] }
        var codes: Set<String> = []
        var i = start
        let opener: StaticString = "<xs:enumeration value=\""
        while let open = find(opener, from: i), open < end {
            var close = open + opener.utf8CodeUnitCount
            let first = close
            while close < end, u[close] != 0x22 { close += 1 }
            codes.insert(String(decoding: u[first..<close], as: UTF8.self))
            i = close
        }
        return codes
    }()
}
