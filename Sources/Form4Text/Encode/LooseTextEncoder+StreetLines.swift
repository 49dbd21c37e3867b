import Form4Core

extension LooseTextEncoder {
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

    /// Two street lines that a one-line rendering of box 1 ran together
    /// ("(Last) (First) (Middle) C/O MICROSOFT CORPORATION ONE MICROSOFT WAY
    /// (Street)", as markitdown prints the cell), cut where filers cut them:
    /// after a "C/O" name, before the number that starts the street, unless
    /// the name ends in a comma and a suite follows the street; else before a
    /// suite, unit, floor or building that follows a numbered street without
    /// a comma. On the corpus's 561 owner addresses run together, this gives
    /// the filed two lines for 540 (490 before the comma and number-word
    /// cases), against 89 for leaving one line. Nil when no cut applies.
    static func streetLines(_ street: String) -> (String, String)? {
        let words = street.split(separator: " ").map(String.init)
        guard words.count >= 3 else { return nil }
        let care = careOfCut(words)
        // "C/O SEQUOIA CAPITAL, 2800 SAND HILL ROAD SUITE 101": a C/O name that ends
        // in a comma shares the first line with the street, and the suite starts the second.
        if let care, !care.0.hasSuffix(",") { return care }
        return unitCut(words) ?? care
    }

    private static let numberWords: Set<String> = ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN"]
    private static let units: Set<String> = ["SUITE", "STE", "UNIT", "FLOOR", "FL", "APT", "ROOM", "BUILDING", "BLDG"]

    private static func startsWithDigit(_ w: String) -> Bool { w.first?.isASCII == true && w.first?.isNumber == true }

    /// After a "C/O" name, before the number that starts the street.
    private static func careOfCut(_ words: [String]) -> (String, String)? {
        guard words[0].uppercased() == "C/O" else { return nil }
        var k = 2
        while k < words.count {
            if startsWithDigit(words[k]) || (k + 1 < words.count && numberWords.contains(words[k].uppercased())) {
                return (words[..<k].joined(separator: " "), words[k...].joined(separator: " "))
            }
            k += 1
        }
        return nil
    }

    /// Before a suite, unit, floor or building (or "#12") that follows a numbered
    /// street ("2800 SAND HILL ROAD", "ONE LETTERMAN DRIVE") without a comma.
    private static func unitCut(_ words: [String]) -> (String, String)? {
        func isUnitWord(_ word: String) -> Bool {
            var w = Substring(word.uppercased())
            if w.hasSuffix(".") { w = w.dropLast() }
            return units.contains(String(w))
        }
        for k in stride(from: words.count - 1, through: 1, by: -1) {
            let isUnit = isUnitWord(words[k]) ? k + 1 < words.count : (words[k].hasPrefix("#") && words[k].count > 1)
            guard isUnit else { continue }
            let before = words[..<k]
            let last = before.last!.uppercased()
            let ordinal = ["ST", "ND", "RD", "TH"].contains { last.hasSuffix($0) } && startsWithDigit(last)
            let numbered = before.contains(where: { $0.contains(where: { $0.isASCII && $0.isNumber }) })
                || numberWords.contains(before[0].uppercased())
            // "SUITE #225" is one unit.
            guard !last.hasSuffix(","), !ordinal, numbered, !isUnitWord(last) else { continue }
            return (before.joined(separator: " "), words[k...].joined(separator: " "))
        }
        return nil
    }
}
