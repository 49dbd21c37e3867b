import Form4Core

extension LooseTextEncoder {
    /// An issuer name whose spaces the extractor lost ("TESLAMOTORSINC[TSLA]",
    /// pymupdf4llm's first header row), spaced again by words that the same
    /// text prints elsewhere with their spaces (box 1 repeated, "C/O TESLA
    /// MOTORS, INC.", footnotes) and the usual legal endings.
    ///
    /// Only an unambiguous cut is taken: the fewest words that spell the name
    /// exactly, with no other cut of as few words. Words of one or two letters
    /// ("IN", "OF") are too common on the form to trust, unless they are a legal
    /// ending. On the 20 glued names of a tuning set of 60 filings, 19 are spaced
    /// as filed and one stays out; the caller reports each one read.
    static func spacedName(_ glued: String, lines: [LooseLine]) -> String? {
        let letters = Array(glued)
        guard letters.count >= 4, letters.count <= 120 else { return nil }
        let upper = letters.map { Character($0.uppercased()) }
        var known = Set<String>()
        for line in lines {
            for segment in line.segments {
                for word in segment.text.split(whereSeparator: { !Self.isNameCharacter($0) }) {
                    let w = word.uppercased().trimmingCharacters(in: ".-'&")
                    if w.count >= 3, w.count <= 30 { known.insert(w) }
                }
            }
        }
        known.remove(String(upper).trimmingCharacters(in: ".-'&"))
        // best[i]: fewest words spelling letters[..<i], how many ways, and the last cut.
        var best = [(words: Int, ways: Int, from: Int)?](repeating: nil, count: letters.count + 1)
        best[0] = (0, 1, 0)
        for i in 0..<letters.count {
            guard let here = best[i] else { continue }
            for j in (i + 1)...letters.count {
                let word = String(upper[i..<j]).trimmingCharacters(in: ".,-'&")
                guard !word.isEmpty, known.contains(word) || Self.legalEndings.contains(word) else { continue }
                let candidate = (words: here.words + 1, ways: here.ways, from: i)
                if let there = best[j] {
                    if candidate.words < there.words { best[j] = candidate }
                    else if candidate.words == there.words { best[j] = (there.words, there.ways + candidate.ways, there.from) }
                } else {
                    best[j] = candidate
                }
            }
        }
        guard let end = best[letters.count], end.ways == 1, end.words >= 2 else { return nil }
        var cuts: [Int] = []
        var j = letters.count
        while j > 0, let b = best[j] {
            cuts.append(b.from)
            j = b.from
        }
        var spaced = ""
        var start = 0
        for cut in cuts.reversed().dropFirst() + [letters.count] {
            if !spaced.isEmpty { spaced += " " }
            spaced += String(letters[start..<cut])
            start = cut
        }
        return spaced
    }

    private static func isNameCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "." || c == "-" || c == "'" || c == "&"
    }

    /// Endings of company names, kept whatever their length.
    static let legalEndings: Set<String> = [
        "INC", "CORP", "CO", "LTD", "LLC", "PLC", "LP", "LLP", "NV", "SA", "AG", "SE", "HOLDINGS",
        "GROUP", "TRUST", "COMPANY", "CORPORATION", "INCORPORATED", "LIMITED",
    ]
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
