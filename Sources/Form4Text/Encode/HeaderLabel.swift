/// The numbered boxes at the top of the form, recognised by their printed labels.
enum HeaderLabel: Sendable, Equatable {
    case name, issuer, period, amendment, relationship, individual

    /// Keyword phrases that identify each box, whatever its number on Forms 3, 4 and 5.
    static let phrases: [(String, HeaderLabel)] = [
        ("Name and Address of Reporting", .name),
        ("Issuer Name and Ticker", .issuer),
        ("Issuer Name", .issuer),
        ("Date of Earliest", .period),
        ("Date of Event Requiring", .period),
        ("Statement for Issuer", .period),
        ("If Amendment", .amendment),
        ("Relationship of Reporting", .relationship),
        ("Individual or Joint", .individual),
    ]

    /// The label a text starts with (an optional `N.` and a known phrase).
    static func at(start text: Substring) -> HeaderLabel? {
        var t = text.drop { $0 == " " }
        if let first = t.first, first.isNumber {
            t = t.dropFirst()
            if t.first == "." { t = t.dropFirst() }
            t = t.drop { $0 == " " }
        }
        for (phrase, label) in phrases where t.hasPrefix(phrase) { return label }
        return nil
    }

    /// Offsets where a numbered label starts inside a line ("... [ SCWO ] 5. Relationship ...").
    static func starts(in text: String) -> [(offset: Int, label: HeaderLabel)] {
        var found: [(Int, HeaderLabel)] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if chars[i].isNumber, i + 1 < chars.count, chars[i + 1] == ".",
               i == 0 || chars[i - 1] == " " {
                if let label = at(start: Substring(String(chars[i...].prefix(40)))) {
                    found.append((i, label))
                    i += 3
                    continue
                }
            }
            i += 1
        }
        return found
    }
}
