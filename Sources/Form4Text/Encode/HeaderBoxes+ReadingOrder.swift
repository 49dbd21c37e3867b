import Form4Core

/// The header as `pdftotext` without `-layout` prints it: no columns, one
/// cell's text after another in the page's reading order. The labels of boxes
/// 1, 2 and 5 come first, one under the other, then the values of the three
/// columns interleaved:
///
///     1. Name and Address of Reporting Person*
///     2. Issuer Name and Ticker or Trading Symbol
///     5. Relationship of Reporting Person(s) to Issuer
///     DOE JANE                                  (box 1)
///     Acme Robotics, Inc. [ ACME ]              (box 2)
///     (Last) (First) (Middle)
///     3. Date of Earliest Transaction (Month/Day/Year)
///     (Check all applicable)                    (box 5, to its title)
///     X Director 10% Owner
///     ...
///     C/O ACME ROBOTICS, INC.                   (box 1's streets, the run over "(Street)")
///     (Street)
///     02/14/2024                                (box 3: a date alone on its line)
///     4. If Amendment, Date of Original Filed (Month/Day/Year)
///     PORTSMOUTH NH 03801                       (box 1's city, over "(City)")
///     (City) (State) (Zip)
///
/// Each value is taken by what marks it (the captions, the bracketed symbol,
/// a date alone on its line); one that is not so marked stays missing.
extension HeaderBoxes {
    static func readingOrder(_ lines: ArraySlice<LooseLine>) -> HeaderBoxes? {
        let numbers = Array(lines.indices)
        // The test of the stacked labels reads the lines' trimmed texts as slices of
        // the lines (no copy): most headers are laid out in columns and fail it at
        // their first label line, after a dozen lines or more. Only a header that
        // passes has its lines' trimmed texts made, for the reading below.
        var slices: [Substring] = []
        slices.reserveCapacity(numbers.count)
        var nonBlank: [Int] = []
        @inline(__always) func readSlice() {
            let l = lines[numbers[slices.count]]
            slices.append(l.isCellRow ? "" : HeaderBoxes.trimmedSlice(l.plain))
            if !slices[slices.count - 1].isEmpty { nonBlank.append(slices.count - 1) }
        }
        func stackedLabel(_ i: Int) -> HeaderLabel? { HeaderLabel.at(start: slices[i]) }
        // The three labels stacked, nothing but blank lines between them: the
        // first non-blank line that is box 1's label, and the two non-blank lines after it.
        var first: Int? = nil
        while slices.count < numbers.count {
            readSlice()
            if first == nil {
                if let i = nonBlank.last, i == slices.count - 1, stackedLabel(i) == .name {
                    first = nonBlank.count - 1
                }
            } else if let first, first + 2 < nonBlank.count {
                break
            }
        }
        guard let first, first + 2 < nonBlank.count else { return nil }
        let stacked = nonBlank[first...(first + 2)].map(stackedLabel)
        guard stacked.contains(.issuer), stacked.contains(.relationship),
              nonBlank[first...(first + 2)].allSatisfy({ i in stackedLabel(i).map { $0.value(onLabelLine: BoxLine(text: String(slices[i]), line: 0, column: 1)) == nil } ?? false })
        else { return nil }
        var text = slices.map(String.init)
        text.reserveCapacity(numbers.count)
        while text.count < numbers.count {
            let l = lines[numbers[text.count]]
            text.append(l.isCellRow ? "" : l.plain.trimmingSpaces())
            if !text[text.count - 1].isEmpty { nonBlank.append(text.count - 1) }
        }
        func label(_ i: Int) -> HeaderLabel? { HeaderLabel.at(start: Substring(text[i])) }
        var h = HeaderBoxes()
        h.readCheckBoxes(lines)
        let values = Array(nonBlank[(first + 3)...])
        func box(_ i: Int) -> BoxLine { BoxLine(text: text[i], line: lines[numbers[i]].number, column: 1) }
        guard let last = values.firstIndex(where: { text[$0].hasPrefix("(Last)") }) else { return h }
        // Box 2: the bracketed symbol's line before the name's captions; box 1's name: what comes before it.
        if let issuer = values[..<last].firstIndex(where: { text[$0].contains("[") && text[$0].hasSuffix("]") }) {
            h.readIssuer([box(values[issuer])])
            if issuer > 0, issuer + 1 == last {
                let name = values[..<issuer].map { text[$0] }.joined(separator: " ")
                h.ownerName = Located(value: name, line: box(values[0]).line, column: 1)
            }
        }
        // Box 5: the run of lines from "(Check all applicable)" to a blank line (its
        // title included). Box 1's streets: the next run, to a blank line or "(Street)".
        if let check = text.indices.first(where: { text[$0].hasPrefix("(Check all applicable)") }) {
            var end = check + 1
            while end < text.count, !text[end].isEmpty, label(end) == nil { end += 1 }
            h.readRelationship((check + 1..<end).map(box))
            var start = end
            while start < text.count, text[start].isEmpty { start += 1 }
            var run: [Int] = []
            var j = start
            while j < text.count, !text[j].isEmpty, label(j) == nil, !text[j].hasPrefix("("), !isLoneDate(text[j]), run.count < 3 {
                run.append(j)
                j += 1
            }
            // The run must end at the box's caption or a blank line, and the caption must follow.
            if !run.isEmpty, j == text.count || text[j].isEmpty || text[j].hasPrefix("(Street)"),
               text[j...].contains(where: { $0.hasPrefix("(Street)") }) {
                let streets = run.map(box)
                h.street1 = Located(value: streets[0].text, line: streets[0].line, column: 1)
                if streets.count > 1 {
                    h.street2 = Located(value: streets[1...].map(\.text).joined(separator: " "), line: streets[1].line, column: 1)
                }
            }
        }
        // Box 1's city: the line over "(City)", or else the one city line between "(Street)" and "(City)".
        if let city = text.indices.first(where: { text[$0].hasPrefix("(City)") }) {
            if city > 0, !text[city - 1].isEmpty, label(city - 1) == nil, !text[city - 1].hasPrefix("(") {
                h.readCityLine(box(city - 1))
            } else if let street = text.indices.first(where: { text[$0].hasPrefix("(Street)") }), street < city {
                let cities = (street + 1..<city).filter { FormTail.isCityLine(text[$0]) && !isLoneDate(text[$0]) }
                if cities.count == 1 { h.readCityLine(box(cities[0])) }
            }
        }
        // Boxes 3 and 4: a date alone on its line after the label, before the next label.
        func dateAfter(_ l: HeaderLabel) -> Located<DateText>? {
            guard let at = values.firstIndex(where: { label($0) == l }) else { return nil }
            let end = values[(at + 1)...].firstIndex(where: { label($0) != nil }) ?? values.count
            let dates = values[(at + 1)..<end].compactMap { i -> Located<DateText>? in
                guard let d = loneDate(text[i]) else { return nil }
                return Located(value: d, line: box(i).line, column: 1)
            }
            // Two lone dates: which is the box's is not known.
            return dates.count == 1 ? dates[0] : nil
        }
        h.period = dateAfter(.period)
        if values.contains(where: { label($0) == .amendment }) {
            h.amendmentBoxSeen = true
            // Box 4's date only once box 3's was found before its label: else the one
            // lone date after box 4's label may be box 3's, printed lower.
            if let d = dateAfter(.amendment) {
                if h.period != nil {
                    h.originalDate = d
                } else {
                    h.warnings.append(EncodeWarning(rule: "ENC-HEADER", message: "a date stands after box 4's label but none after box 3's: which box it belongs to is not known",
                                                    line: d.line, column: 1, path: "/ownershipDocument/dateOfOriginalSubmission"))
                }
            }
        }
        return h
    }

    /// `text.trimmingSpaces()` as a slice of `text` (no copy), where its fast
    /// path would cut the bytes (the text's bytes when contiguous; no space
    /// touching a byte outside ASCII at a cut); else that copy, as a slice.
    static func trimmedSlice(_ text: String) -> Substring {
        let b = text.utf8.span
        var lo = 0, hi = b.count
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
        if lo == hi { return "" }
        while b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
        // A cut beside a byte outside ASCII: the `Character` trim decides.
        if (lo > 0 && b[lo - 1] == 0x20 && b[lo] >= 0x80) || (hi < b.count && b[hi - 1] >= 0x80) {
            return Substring(text.trimmingSpaces())
        }
        let u = text.utf8
        let from = u.index(u.startIndex, offsetBy: lo)
        return Substring(u[from..<u.index(from, offsetBy: hi - lo)])
    }

    /// The date a line holds when it holds nothing else.
    static func loneDate(_ text: String) -> DateText? {
        guard mayHoldDate(text) else { return nil }
        var tokens: [LooseToken] = []
        LooseTokenizer.tokens(in: LooseSegment(text: text, x: 0, cell: -1), line: 0, into: &tokens)
        guard tokens.count == 1, tokens[0].kind == .date else { return nil }
        return LooseValues.date(tokens[0].text).value
    }

    static func isLoneDate(_ text: String) -> Bool { loneDate(text) != nil }
}
