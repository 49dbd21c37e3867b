import Form4Core

extension LooseTextEncoder {
    /// Two street lines that a one-line rendering of box 1 ran together
    /// ("(Last) (First) (Middle) C/O MICROSOFT CORPORATION ONE MICROSOFT WAY
    /// (Street)", as markitdown prints the cell), cut where filers cut them:
    /// after a "C/O" name, before the number that starts the street; else
    /// before a suite, unit, floor or building that follows a numbered street
    /// without a comma. On the corpus's 561 owner addresses run together, this
    /// gives the filed two lines for 490, against 89 for leaving one line.
    /// Nil when no cut applies.
    /// Whether the street text stands inside a run of box 1's text rather
    /// than as a line of its own: a cell whose parts a `<br>` parted (kept as
    /// line feeds) gave each street line its own part, and then one part
    /// is one street line, however it reads.
    static func runsTogether(_ street: String, on lines: [LooseLine]) -> Bool {
        for line in lines {
            for segment in line.segments where segment.text.contains(street) {
                return !segment.text.split(separator: "\n").contains { $0.trimmingSpaces() == street }
            }
        }
        return false
    }

    static func streetLines(_ street: String) -> (String, String)? {
        let words = street.split(separator: " ").map(String.init)
        guard words.count >= 3 else { return nil }
        func startsWithDigit(_ w: String) -> Bool { w.first?.isASCII == true && w.first?.isNumber == true }
        if words[0].uppercased() == "C/O" {
            let numbers: Set<String> = ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN"]
            var k = 2
            while k < words.count {
                if startsWithDigit(words[k]) || (k + 1 < words.count && numbers.contains(words[k].uppercased())) {
                    return (words[..<k].joined(separator: " "), words[k...].joined(separator: " "))
                }
                k += 1
            }
        }
        let units: Set<String> = ["SUITE", "STE", "UNIT", "FLOOR", "FL", "APT", "ROOM", "BUILDING", "BLDG"]
        for k in stride(from: words.count - 1, through: 1, by: -1) {
            var w = Substring(words[k].uppercased())
            if w.hasSuffix(".") { w = w.dropLast() }
            let isUnit = units.contains(String(w)) ? k + 1 < words.count : (w.hasPrefix("#") && w.count > 1)
            guard isUnit else { continue }
            let before = words[..<k]
            let last = before.last!.uppercased()
            let ordinal = ["ST", "ND", "RD", "TH"].contains { last.hasSuffix($0) } && startsWithDigit(last)
            guard !last.hasSuffix(","), !ordinal, before.contains(where: { $0.contains(where: { $0.isASCII && $0.isNumber }) }) else { continue }
            return (before.joined(separator: " "), words[k...].joined(separator: " "))
        }
        return nil
    }
}
