/// Name and address of a Reporting Owners row when the extractor lost the
/// cell's line breaks: pandoc wraps the cell in a narrow column (14
/// characters: "TANG CAPITAL" / "MANAGEMENT LLC" / "4747 EXECUTIVE" / ...),
/// markitdown runs it into one line ("ACME LP C/O ACME CORP 1 MAIN ST
/// AUSTIN TX 78701"). What the layout cannot tell stays missing and is reported.
extension FormTail {
    /// The owner's parts, each nil when not read.
    struct OwnerParts: Equatable {
        var name: String?
        var street1: String?
        var street2: String?
        var city: String?
        var state: String?
        var zip: String?
    }

    /// Whether a line of a wrapped cell starts a line of the filer's own: it
    /// would have fitted after the line before (pandoc fills lines), it starts
    /// "C/O", or it starts with a street number and the line so far has none.
    static func startsOwnLine(_ next: String, after previous: String, current: String, width: Int) -> Bool {
        if !HeaderBoxes.mayWrap(previous, before: next, width: width) { return true }
        let first = next.split(separator: " ").first ?? ""
        if first == "C/O" { return true }
        return HeaderBoxes.isStreetNumber(first) && !current.split(separator: " ").contains(where: HeaderBoxes.isStreetNumber)
    }

    /// A cell wrapped at `width`: the city line is the shortest run of last lines
    /// that reads as one; the lines before it are joined where they may wrap,
    /// then read as name, street 1 and street 2. `joins` counts the joins made
    /// on the strength of the width alone.
    static func wrappedOwner(_ lines: [String], width: Int) -> (parts: OwnerParts, joins: Int)? {
        guard lines.count >= 2,
              let k = (0..<lines.count).reversed().first(where: { FormTail.isCityLine(lines[$0...].joined(separator: " ")) }) else { return nil }
        let (city, state, zip) = HeaderBoxes.splitCityLine(lines[k...].joined(separator: " "))
        var logical: [String] = []
        var joins = 0
        for (j, l) in lines[..<k].enumerated() {
            if let last = logical.last, !startsOwnLine(l, after: lines[j - 1], current: last, width: width) {
                logical[logical.count - 1] = last + " " + l
                joins += 1
            } else {
                logical.append(l)
            }
        }
        guard let name = logical.first else { return nil }
        var parts = OwnerParts(name: name, city: city, state: state, zip: zip)
        if logical.count > 1 { parts.street1 = logical[1] }
        if logical.count > 2 { parts.street2 = logical[2...].joined(separator: " ") }
        return (parts, joins)
    }

    /// A cell run into one line. When it ends with the address of box 1 word
    /// for word, the address is box 1's and the name what comes before. Otherwise
    /// only the state and zip are sure; the name is what comes before a "C/O" or a
    /// street number, and the city and streets stay missing. Nil when the text
    /// does not end in a state and zip or has no such start of an address.
    static func runTogetherOwner(_ text: String, box1: OwnerParts?) -> (parts: OwnerParts, exact: Bool)? {
        let words = text.split(separator: " ").map(String.init)
        guard FormTail.isCityLine(text) else { return nil }
        if let b = box1 {
            let address = [b.street1, b.street2, b.city, b.state, b.zip].compactMap { $0 }.joined(separator: " ").split(separator: " ").map(String.init)
            if address.count >= 3, words.count > address.count, Array(words.suffix(address.count)) == address {
                var parts = b
                parts.name = words.dropLast(address.count).joined(separator: " ")
                return (parts, true)
            }
        }
        // The end: "... TX 78701" or a foreign "... X0 W1K 3JP".
        var parts = OwnerParts()
        var end = words.count
        parts.zip = words[end - 1]
        end -= 1
        if !HeaderBoxes.isStateCode(words[end - 1]), end >= 2, HeaderBoxes.isStateCode(words[end - 2]) {
            parts.zip = words[end - 1] + " " + words[end]
            end -= 1
        }
        guard end >= 1, HeaderBoxes.isStateCode(words[end - 1]), parts.zip?.contains("/") == false,
              let b = words.indices.dropFirst().first(where: { words[$0] == "C/O" || HeaderBoxes.isStreetNumber(words[$0]) }),
              b < end - 1 else { return nil }
        parts.state = words[end - 1]
        parts.name = words[..<b].joined(separator: " ")
        return (parts, false)
    }
}
