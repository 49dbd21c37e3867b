import Testing
@testable import Form4Text

/// The header, layout and tail readers read ASCII lines on bytes and hand
/// other lines to their `Character` code: both must give the readings the
/// `Character` code gives, whatever the line holds (a combining mark, a digit
/// outside ASCII, a carriage return).
@Suite struct EncodeHeaderBytePathTests {
    @Test func landmarksAreThePhraseSetsMatches() {
        let lines = [
            "FORM 4 UNITED STATES SECURITIES AND EXCHANGE COMMISSION",
            "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP",
            "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned",
            "Table II - DERIVATIVE Securities Acquired",
            "Explanation of Responses:",
            "1. Name and Address of Reporting Person*   Statement of Changes in Beneficial Ownership",
            "** Signature of Reporting Person          Date",
            "STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES",
            "Derivativ", "DERIVATIV", "Explanation of Response", "Signature of Reporting Perso",
            "Dérivative Derivative", "Name and Address of Reporting Person\u{301}", "",
        ]
        for line in lines {
            let bytes = FormLayout.landmarks(in: line.utf8.span)
            #expect(bytes == FormLayout.Landmark.phrases.allMatches(in: line), "\(line)")
        }
    }

    @Test func tableNumbersInAnyCaseAndAsOCRReadsThem() {
        let cases: [(String, Int?)] = [
            ("Table I - Non-Derivative", 1), ("TABLE II - Derivative", 2), ("*Table Il: Derivative", 2), ("*table Il: Derivative", nil),
            ("Table | Non-Derivative", 1), ("Table 11", 2), ("Table III", nil), ("Tablé I", nil),
            ("Stable I x", nil), ("See Table I", 1), ("Table I", 1), ("Table ", nil), ("TaBLE l-", 1),
        ]
        for (text, number) in cases {
            #expect(FormLayout.tableNumber(in: text) == number, "\(text)")
        }
    }

    @Test func labelStartsOutsideASCII() {
        #expect(HeaderLabel.at(start: "\u{0662}. Issuer Name and Ticker or Trading Symbol") == .issuer)
        #expect(HeaderLabel.at(start: "2. Issuer Name\u{301}") == nil)
        #expect(HeaderLabel.at(start: "2. Issuer Name é") == .issuer)
        #expect(HeaderLabel.at(start: "  3 . Date of Earliest Transaction") == .period)
        #expect(HeaderLabel.at(start: "Zone 1. Name and Address") == nil)
        // Columns are counted in characters: "é" is one, before the second label.
        let line = "1. Name and Address of Reporting Person*   Société  2. Issuer Name and Ticker"
        let starts = HeaderLabel.starts(in: line)
        #expect(starts.map(\.offset) == [0, 52])
        #expect(starts.map(\.label) == [.name, .issuer])
    }

    @Test func remainingWordsOfALabelWhateverFollowsIt() {
        #expect(Array(HeaderLabel.name.remainingWords(afterLabelLine: "1. Name and Address of") ?? []) == ["Reporting", "Person"])
        #expect(HeaderLabel.name.remainingWords(afterLabelLine: "1. Name and Address of Reporting Person* ÉTAT")?.isEmpty == true)
        #expect(Array(HeaderLabel.name.remainingWords(afterLabelLine: "1. Name and Address of Reporting\u{301} Person") ?? []) == ["Reporting", "Person"])
        #expect(Array(HeaderLabel.period.remainingWords(afterLabelLine: "3. Statement for Issuer's") ?? []) == ["Fiscal", "Year", "Ended", "(Month/Day/Year)"])
        #expect(HeaderLabel.issuer.remainingWords(afterLabelLine: "Acme Corp [ ACME ]") == nil)
    }

    @Test func cityLinesASCIIAndNot() {
        #expect(FormTail.isCityLine("WILMINGTON, DE 19808"))
        #expect(FormTail.isCityLine("LONDON, X0 W1K 3JP"))
        #expect(FormTail.isCityLine("MÜNCHEN 2M 80331"))
        #expect(!FormTail.isCityLine("PO BOX 5"))
        #expect(!FormTail.isCityLine("ACME CORP"))
        func city(_ text: String) -> [String?] {
            let (c, s, z) = HeaderBoxes.splitCityLine(text)
            return [c, s, z]
        }
        #expect(city("MENLO PARK CA 94025") == ["MENLO PARK", "CA", "94025"])
        #expect(city("TOKYO M0 105-7537") == ["TOKYO", "M0", "105-7537"])
        #expect(city("LONDON X0 W1 1AA") == ["LONDON", "X0", "W1 1AA"])
        #expect(city("FREMONT CA 94538      11/04/2024") == ["FREMONT", "CA", "94538"])
        #expect(city("SÃO PAULO D5 01310-100") == ["SÃO PAULO", "D5", "01310-100"])
        #expect(city("94025") == [nil, nil, "94025"])
        let glued = HeaderBoxes.splitGluedCityLine("MENLOPARKCA94025")
        #expect(glued?.city == "MENLOPARK" && glued?.state == "CA" && glued?.zip == "94025")
        #expect(HeaderBoxes.splitGluedCityLine("LEXINGTON KY40507")?.city == "LEXINGTON")
        #expect(HeaderBoxes.splitGluedCityLine("MENLO PARK CA 94025") == nil)
    }

    @Test func footnoteStartsASCIIAndNot() {
        let cases: [(String, Int, String)?] = [
            ("(1) Text", 1, "Text"), ("1. Ré", 1, "Ré"), ("12) x ", 12, "x"), nil, ("- 2. y", 2, "y"),
            ("• 3. z", 3, "z"), ("[4]. w", 4, "w"), ("^(5)", 5, ""), nil,
        ]
        let texts = ["(1) Text", "1. Ré", "12) x ", "123. x", "- 2. y", "• 3. z", "[4]. w", "^(5)", "1.5 million"]
        for (text, expected) in zip(texts, cases) {
            let found = FormTail.footnoteStart(text)
            #expect(found?.number == expected?.1 && found?.rest == expected?.2, "\(text)")
        }
    }

    @Test func checkMarksASCIIAndNot() {
        #expect(HeaderBoxes.isChecked(before: "[X] "))
        #expect(!HeaderBoxes.isChecked(before: "[ ]"))
        #expect(HeaderBoxes.isChecked(before: "X "))
        #expect(!HeaderBoxes.isChecked(before: "aX"))
        #expect(HeaderBoxes.isChecked(before: "| X"))
        #expect(HeaderBoxes.isChecked(before: "☒ "))
        #expect(HeaderBoxes.isChecked(before: "é X"))
        #expect(!HeaderBoxes.isChecked(before: ""))
    }

    @Test func streetCaptionAndLabelTails() {
        #expect(HeaderBoxes.isStreetCaption(" (Street) "))
        #expect(HeaderBoxes.isStreetCaption("[Street|"))
        #expect(!HeaderBoxes.isStreetCaption("Street 1"))
        #expect(!HeaderBoxes.isStreetCaption("Stréet"))
        #expect(HeaderBoxes.isLabelTail("(Month/Day/Year)"))
        #expect(!HeaderBoxes.isLabelTail("(Month/Day/Year 2)"))
        #expect(HeaderBoxes.isLabelTail("(Check all applicable)"))
        #expect(!HeaderBoxes.isLabelTail("Année (Day)é"))
    }
}
