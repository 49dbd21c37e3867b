import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// The fictional Lanternfly Form 4 printed (decode's HTML, wkhtmltopdf), scanned
/// at 300 dpi and read by tesseract 5 (`--psm 4`): "Table |" and "Table Il"
/// for the table titles, "s(t)" for the code S(1), "|" for the table's rules
/// and for the I of the D/I column, "Common]" beside a rule.
@Suite struct EncodeTesseractTests {
    static func encode() throws -> EncodeResult {
        try EncodeFixtureTests.encode("lanternfly-form4.tesseract.txt")
    }

    /// The fixture with `old`, which must be in it, replaced by `new`, and encoded:
    /// one OCR misreading at a time.
    static func encode(replacing old: String, with new: String) throws -> EncodeResult {
        let text = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.tesseract.txt"), encoding: .utf8)
        try #require(text.contains(old))
        let edited = text.replacingOccurrences(of: old, with: new)
        return try FormEncoder.encode(InputFile(name: "edited", bytes: Array(edited.utf8)), options: EncodeFixtureTests.options)
    }

    @Test func bothTablesAreFoundAndEveryRowRead() throws {
        let d = try Self.encode().document
        #expect(d.nonDerivativeTable?.nonDerivativeTransaction.count == 3)
        #expect(d.nonDerivativeTable?.nonDerivativeHolding.count == 1)
        #expect(d.derivativeTable?.derivativeTransaction.count == 1)
        let rows = try #require(d.nonDerivativeTable?.nonDerivativeTransaction)
        #expect(rows.map { $0.transactionCoding?.transactionCode } == ["M", "S", "S"])
        #expect(rows.map { $0.transactionAmounts?.transactionPricePerShare?.value?.text } == ["12.40", "31.2875", "30.9"])
        #expect(d.nonDerivativeTable?.nonDerivativeHolding.first?.ownershipNature?.directOrIndirectOwnership?.value == "I")
    }

    /// Every table value that differs from the true document is named by a
    /// diagnostic; what OCR damaged (the code's "(t)", the "|" read as I) is reported.
    @Test func whatOcrDamagedIsReadOrReported() throws {
        let result = try Self.encode()
        let truth = try OwnershipXMLReader.read(InputFile.read(EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.expected.xml").path)).document
        var a: [EncodeReport.Field] = [], b: [EncodeReport.Field] = []
        EncodeReport.flatten(truth, path: "/ownershipDocument", into: &a)
        EncodeReport.flatten(result.document, path: "/ownershipDocument", into: &b)
        let expected = Dictionary(a.map { ($0.path, $0.value) }, uniquingKeysWith: { x, _ in x })
        for field in b where field.path.contains("Table/") && expected[field.path] != field.value {
            #expect(result.diagnostics.contains { $0.path.map { field.path.hasPrefix($0) } ?? false }, "\(field.path) silently wrong")
        }
        let code = "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]/transactionCoding/transactionCode"
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.path == code && $0.message.contains("s(t)") })
        let di = "/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]/ownershipNature/directOrIndirectOwnership"
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.path == di })
    }

    /// OCR loses the indent of a nature's last line: "Trust(4)" at the margin
    /// under "By Quillane Family" ends the nature, not the title, and is reported.
    @Test func anOwnersNameEndingAtTheMarginEndsTheNature() throws {
        let result = try Self.encode(replacing: "By Quillane Family Trust(4)\n", with: "By Quillane Family\nTrust(4)\n")
        let h = try #require(result.document.nonDerivativeTable?.nonDerivativeHolding.first)
        #expect(h.securityTitle?.value == "Common Stock" && h.securityTitle?.footnoteId.isEmpty == true)
        #expect(h.ownershipNature?.natureOfOwnership?.value == "By Quillane Family Trust")
        #expect(h.ownershipNature?.natureOfOwnership?.footnoteId == ["F4"])
        #expect(result.diagnostics.contains { $0.rule == "ENC-FOOTNOTE-PLACE" && $0.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]" })
    }

    /// OCR's columns drift: box 3's date comes out beside box 1's street line
    /// ("C/O LANTERNELY ROBOTICS, INC.   02/14/2024"). It is the form's date, reported,
    /// and not part of the street.
    @Test func aDateBesideBoxOneIsTheFormsDate() throws {
        let result = try Self.encode()
        #expect(result.document.periodOfReport?.isoDate == "2024-02-14")
        #expect(result.document.reportingOwner.first?.reportingOwnerAddress?.rptOwnerStreet1 == "C/O LANTERNELY ROBOTICS, INC.")
        #expect(result.diagnostics.contains { $0.rule == "ENC-HEADER" && $0.path == "/ownershipDocument/periodOfReport" })
    }

    /// OCR sets the values' larger type on another grid than the labels': the
    /// issuer's name starts ten columns left of "2. Issuer Name", and box 3's
    /// label drifts right of box 2's. The name and symbol are still box 2's,
    /// and the owner's name does not take the issuer's first word.
    @Test func aValueDriftedLeftOfItsLabelIsStillItsBox() throws {
        let d = try Self.encode().document
        #expect(d.issuer.issuerName == "Lanternfly Robotics, Inc.")
        #expect(d.issuer.issuerTradingSymbol == "LFRX")
        #expect(d.reportingOwner.first?.reportingOwnerId.rptOwnerName == "QUILLANE MARGOT")
    }

    /// "Se)" for "S(1)": a code whose mark OCR read as other signs. The row is
    /// still read (its amount, price and holding), the code is S, and the lost
    /// mark is reported rather than guessed.
    @Test func aCodeWithAnUnreadableMarkKeepsItsRow() throws {
        let line = "Common Stock                   02/15/2024                        s(t)           1200"
        let result = try Self.encode(replacing: line, with: line.replacingOccurrences(of: "s(t)", with: "Se) "))
        let row = try #require(result.document.nonDerivativeTable?.nonDerivativeTransaction.last)
        #expect(row.transactionCoding?.transactionCode == "S")
        #expect(row.transactionAmounts?.transactionShares?.value?.text == "1200")
        #expect(row.transactionAmounts?.transactionPricePerShare?.value?.text == "30.9")
        #expect(row.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "44610")
        let code = "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]/transactionCoding/transactionCode"
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.path == code && $0.message.contains("could not be read") })
    }

    /// The V column's mark echoed by OCR ("Vv") is the mark, reported; before,
    /// the word stopped the row grammar and the row lost its amounts.
    @Test func anEchoedVIsTheVColumnsMark() throws {
        let line = "Common Stock                   02/14/2024                         M            2500"
        let result = try Self.encode(replacing: line, with: "Common Stock                   02/14/2024                         M    Vv      2500")
        let row = try #require(result.document.nonDerivativeTable?.nonDerivativeTransaction.first)
        #expect(row.transactionCoding?.transactionCode == "M")
        #expect(row.transactionAmounts?.transactionShares?.value?.text == "2500")
        #expect(row.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "48310")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.message.contains("'Vv'") })
    }

    /// Box 3 stands under box 2; OCR's drift can put its date in box 2's
    /// column, alone under the issuer. It is the form's date, reported.
    @Test func aDateUnderTheIssuerIsTheFormsDate() throws {
        let line = "C/O LANTERNELY ROBOTICS, INC.                02/14/2024 Officer (give title below) O Other (specify below)"
        let moved = "C/O LANTERNELY ROBOTICS, INC." + String(repeating: " ", count: 22) + "02/14/2024"
            + String(repeating: " ", count: 40) + "Officer (give title below) O Other (specify below)"
        let result = try Self.encode(replacing: line, with: moved)
        #expect(result.document.periodOfReport?.isoDate == "2024-02-14")
        #expect(result.diagnostics.contains { $0.rule == "ENC-HEADER" && $0.path == "/ownershipDocument/periodOfReport" })
    }

    /// A table rule read as a brace ("$31.2875(2)}", or "}" alone): never a
    /// value. It is taken off, so the price, its mark and the rest of the row
    /// are read, and the taking off is reported.
    @Test func aRuleReadAsABraceIsTakenOff() throws {
        let line = "D    $31.2875(2)       45810            D"
        let result = try Self.encode(replacing: line, with: "D    $31.2875(2)}      45810       }    D")
        let rows = try #require(result.document.nonDerivativeTable?.nonDerivativeTransaction)
        try #require(rows.count == 3)
        #expect(rows[1].transactionAmounts?.transactionPricePerShare?.value?.text == "31.2875")
        #expect(rows[1].transactionAmounts?.transactionPricePerShare?.footnoteId == ["F2"])
        #expect(rows[1].postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "45810")
        #expect(rows[1].ownershipNature?.directOrIndirectOwnership?.value == "D")
        #expect(result.diagnostics.contains { $0.message.contains("table rule glued to '$31.2875(2)'") })
    }

    /// Three rules on one OCR line ("D | $31.2875(2)| 45810 | By ...", the I of
    /// the D/I column read as "|") do not make it a pipe-table row without outer
    /// pipes, as html2text writes them: that takes a "---|---" row somewhere in
    /// the text, and OCR has none. Read as one, the "|" that is the I was lost.
    @Test func rulesOnAnOCRLineAreNotAPipeTable() throws {
        let line = "D    $31.2875(2)       45810            D"
        let result = try Self.encode(replacing: line, with: "D | $31.2875(2)|      45810     |      By Quillane Family Trust(4)")
        let rows = try #require(result.document.nonDerivativeTable?.nonDerivativeTransaction)
        try #require(rows.count == 3)
        #expect(rows[1].transactionAmounts?.transactionPricePerShare?.value?.text == "31.2875")
        #expect(rows[1].transactionAmounts?.transactionPricePerShare?.footnoteId == ["F2"])
        #expect(rows[1].postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "45810")
        #expect(rows[1].ownershipNature?.directOrIndirectOwnership?.value == "I")
        #expect(rows[1].ownershipNature?.natureOfOwnership?.value == "By Quillane Family Trust")
    }

    /// "D-" in the (A)/(D) column (a speck of the rule beside the letter) and
    /// "$31.2875'2)" (the mark's "(" read as a quote): the letter and the
    /// price with its mark, each reported.
    @Test func aSpeckedLetterAndAQuotedMarkAreReadAndReported() throws {
        let line = "D    $31.2875(2)       45810            D"
        let result = try Self.encode(replacing: line, with: "D-   $31.2875'2)       45810            D")
        let rows = try #require(result.document.nonDerivativeTable?.nonDerivativeTransaction)
        try #require(rows.count == 3)
        #expect(rows[1].transactionAmounts?.transactionAcquiredDisposedCode?.value == "D")
        #expect(rows[1].transactionAmounts?.transactionPricePerShare?.value?.text == "31.2875")
        #expect(rows[1].transactionAmounts?.transactionPricePerShare?.footnoteId == ["F2"])
        #expect(rows[1].postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "45810")
        #expect(result.diagnostics.contains { $0.message.contains("'D-' read as D") })
        #expect(result.diagnostics.contains { $0.message.contains("lost its opening parenthesis") })
    }

    /// A nature's wrapped line that lost its indent, the name's end with what
    /// is left of its mark ("Family Trust()" under "By Quillane"): the nature's,
    /// reported, and not the security's title.
    @Test func aNamesWrappedEndAtTheMarginEndsTheNature() throws {
        let result = try Self.encode(replacing: "By Quillane Family Trust(4)\n", with: "By Quillane\nFamily Trust()\n")
        let h = try #require(result.document.nonDerivativeTable?.nonDerivativeHolding.first)
        #expect(h.securityTitle?.value == "Common Stock")
        #expect(h.ownershipNature?.natureOfOwnership?.value?.hasPrefix("By Quillane Family Trust") == true)
        #expect(result.diagnostics.contains { $0.rule == "ENC-FOOTNOTE-PLACE" && $0.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]" })
    }

    /// A nature's wrapped line that OCR set left of the nature's column, yet
    /// right of the row's last figure: only the nature can be there (the D/I
    /// column holds a letter). It is the nature's, reported.
    @Test func wrappedTextRightOfTheFiguresIsTheNatures() throws {
        let result = try Self.encode(replacing: "By Quillane Family Trust(4)\n",
                                     with: "By Quillane\n" + String(repeating: " ", count: 140) + "Family Trust(4)\n")
        let h = try #require(result.document.nonDerivativeTable?.nonDerivativeHolding.first)
        #expect(h.ownershipNature?.natureOfOwnership?.value == "By Quillane Family Trust")
        #expect(h.ownershipNature?.natureOfOwnership?.footnoteId == ["F4"])
        #expect(result.diagnostics.contains { $0.rule == "ENC-FOOTNOTE-PLACE" && $0.message.contains("right of the row's figures") })
    }

    /// A drifted value may start with a number ("1 800 FLOWERS COM INC"); only
    /// a date (box 3's, told apart later) stays where it starts.
    @Test func aDriftedValueStartingWithANumberMovesButADateDoesNot() {
        let name = ColumnText("Fund 1 Investments, LLC" + String(repeating: " ", count: 19) + "1 800 FLOWERS COM INC [ FLWS ]")
        #expect(HeaderBoxes.startsNextBox(name, at: 42, from: 0, to: 49))
        let date = ColumnText("100 CARR 115" + String(repeating: " ", count: 30) + "04/24/2025 Officer (give title below)")
        #expect(!HeaderBoxes.startsNextBox(date, at: 42, from: 0, to: 49))
    }

    /// A wrapped word of the underlying security's title that OCR set ten
    /// columns left of the title's start, yet between the values on either side
    /// of that column, is the title's, reported.
    @Test func aDriftedWordOfTheUnderlyingTitleIsItsTitles() throws {
        let result = try Self.encode(replacing: "Option" + String(repeating: " ", count: 116) + "Stock\n",
                                     with: "Option" + String(repeating: " ", count: 96) + "Preferred\n")
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.underlyingSecurity?.underlyingSecurityTitle?.value == "Common Preferred")
        #expect(row.underlyingSecurity?.underlyingSecurityShares?.value?.text == "2500")
        #expect(result.diagnostics.contains { $0.rule == "ENC-FOOTNOTE-PLACE" && $0.message.contains("underlying security's column") })
    }

    /// "(Street)" read without its parentheses ("Street" alone under the street
    /// lines) is still the caption: the city line after it is the city, state
    /// and zip, not a third street line.
    @Test func theStreetCaptionWithoutItsParenthesesIsTheCaption() throws {
        let result = try Self.encode(replacing: "(Street)                                              4. lf Amendment",
                                     with: "Street                                                4. lf Amendment")
        let address = try #require(result.document.reportingOwner.first?.reportingOwnerAddress)
        #expect(address.rptOwnerStreet2 == "410 HARBOR POINT DRIVE, SUITE 9")
        #expect(address.rptOwnerCity == "PORTSMOUTH")
        #expect(address.rptOwnerState == "NH")
        #expect(address.rptOwnerZipCode == "03801")
    }

    /// "D(t)" in the (A)/(D) column: D with the mark (1) whose digit OCR read
    /// as a letter; the mark is kept, as the doubt that reports it says.
    @Test func aMarkReadAsALetterAfterTheAcquiredDisposedCodeIsKept() throws {
        let result = try Self.encode(replacing: "D    $31.2875(2)       45810            D",
                                     with: "D(t) $31.2875(2)       45810            D")
        let rows = try #require(result.document.nonDerivativeTable?.nonDerivativeTransaction)
        try #require(rows.count == 3)
        #expect(rows[1].transactionAmounts?.transactionAcquiredDisposedCode?.value == "D")
        #expect(rows[1].transactionAmounts?.transactionAcquiredDisposedCode?.footnoteId == ["F1"])
        #expect(rows[1].transactionAmounts?.transactionPricePerShare?.value?.text == "31.2875")
        #expect(result.diagnostics.contains { $0.message.contains("'D(t)' read as D(1)") })
    }

    /// A weighted average's footnote marks a price, never a number of shares:
    /// "2500(2)" where (2) states a price range is a misread mark, reported on
    /// the amount and kept; the same mark on the price is not reported.
    @Test func aPriceRangeFootnoteOnAnAmountIsReported() throws {
        let result = try Self.encode(replacing: "s(t)           2500       D    $31.2875(2)",
                                     with: "s(t)           2500(2)    D    $31.2875(2)")
        let row = try #require(result.document.nonDerivativeTable?.nonDerivativeTransaction[1])
        #expect(row.transactionAmounts?.transactionShares?.value?.text == "2500")
        #expect(row.transactionAmounts?.transactionShares?.footnoteId == ["F2"])
        let shares = "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]/transactionAmounts/transactionShares"
        let misread = result.diagnostics.filter { $0.rule == "ENC-FOOTNOTE-MISREAD" }
        #expect(misread.map(\.path) == [shares])
        #expect(misread.first?.location?.line == 38)
        #expect(try Self.encode().diagnostics.contains { $0.rule == "ENC-FOOTNOTE-MISREAD" } == false)
    }

    /// OCR sets the underlying title's last word at the margin, under a title
    /// that is complete: "Stock" ends "Common", the underlying title that lacks
    /// its noun, and the move is reported.
    @Test func anUnderlyingTitlesNounAtTheMarginEndsThatTitle() throws {
        let old = "Option                                                                                                                    Stock\n(Right to\nBuy)\n"
        let result = try Self.encode(replacing: old, with: "Option\n(Right to\nBuy)\nStock\n")
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.securityTitle?.value == "Stock Option (Right to Buy)")
        #expect(row.underlyingSecurity?.underlyingSecurityTitle?.value == "Common Stock")
        #expect(result.diagnostics.contains { $0.rule == "ENC-FOOTNOTE-PLACE" && $0.message.contains("underlying security's title") })
    }

    /// OCR drops the "|" it reads for the I of the D/I column. A row that names
    /// a nature of ownership beside its figures is indirect (only indirect
    /// holdings have one): I, reported; a D beside a nature is reported too.
    @Test func aLostDirectIndirectBesideANatureIsIndirect() throws {
        let di = "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]/ownershipNature/directOrIndirectOwnership"
        let lost = try Self.encode(replacing: "$12.40         48310            D\n", with: "$12.40         48310                     By Quillane Family Trust\n")
        let row = try #require(lost.document.nonDerivativeTable?.nonDerivativeTransaction.first)
        #expect(row.ownershipNature?.directOrIndirectOwnership?.value == "I")
        #expect(row.ownershipNature?.natureOfOwnership?.value == "By Quillane Family Trust")
        #expect(lost.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.path == di && $0.message.contains("read as I") })
        let direct = try Self.encode(replacing: "$12.40         48310            D\n", with: "$12.40         48310            D        By Quillane Family Trust\n")
        let first = try #require(direct.document.nonDerivativeTable?.nonDerivativeTransaction.first)
        #expect(first.ownershipNature?.directOrIndirectOwnership?.value == "D")
        #expect(direct.diagnostics.contains { $0.rule == "ENC-NATURE-DI" && $0.path == di })
        #expect(try Self.encode().diagnostics.contains { $0.rule == "ENC-NATURE-DI" } == false)
    }

    /// This scan read "Table II" as "Table Il": a word "Il" after another word
    /// in a nature (a name, a title, a footnote) is the numeral II, reported.
    /// A text whose heading reads right keeps "Il" as written.
    @Test func ilIsTheNumeralIIWhereTheScanMisreadTheTableHeading() throws {
        let result = try Self.encode(replacing: "By Quillane Family Trust(4)", with: "By Quillane Family Trust Il(4)")
        let h = try #require(result.document.nonDerivativeTable?.nonDerivativeHolding.first)
        #expect(h.ownershipNature?.natureOfOwnership?.value == "By Quillane Family Trust II")
        #expect(h.ownershipNature?.natureOfOwnership?.footnoteId == ["F4"])
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.message.contains("'Il' read as 'II'") && $0.location?.line == 40 })
        let text = try String(contentsOf: EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.tesseract.txt"), encoding: .utf8)
            .replacingOccurrences(of: "Table Il - Derivative", with: "Table II - Derivative")
            .replacingOccurrences(of: "By Quillane Family Trust(4)", with: "By Quillane Family Trust Il(4)")
        let untouched = try FormEncoder.encode(InputFile(name: "edited", bytes: Array(text.utf8)), options: EncodeFixtureTests.options)
        #expect(untouched.document.nonDerivativeTable?.nonDerivativeHolding.first?.ownershipNature?.natureOfOwnership?.value == "By Quillane Family Trust Il")
        #expect(LooseTextEncoder.romanII("Il Fornaio Holdings") == nil)
        #expect(LooseTextEncoder.romanII("Tamarack Grove Il, LLC") == "Tamarack Grove II, LLC")
    }

    /// OCR loses a nature's indent: its wrapped lines come out at the margin. Where
    /// the last of them ends an owner's name and the row's title is whole ("Common
    /// Stock"), the margin lines before it are the nature's too, each reported.
    @Test func aNaturesWrappedLinesAtTheMarginStayTheNatures() throws {
        let result = try Self.encode(replacing: "By Quillane Family Trust(4)\n",
                                     with: "By Quillane\nFamily 2019 Irrevocable\nTrust(4)\n")
        let h = try #require(result.document.nonDerivativeTable?.nonDerivativeHolding.first)
        #expect(h.securityTitle?.value == "Common Stock")
        #expect(h.ownershipNature?.natureOfOwnership?.value == "By Quillane Family 2019 Irrevocable Trust")
        #expect(h.ownershipNature?.natureOfOwnership?.footnoteId == ["F4"])
        #expect(result.diagnostics.contains { $0.rule == "ENC-FOOTNOTE-PLACE" && $0.message.contains("'Family 2019 Irrevocable'") })
    }

    /// Between two rows, a nature's last line that OCR set at the margin ends the
    /// row above: a line ending an owner's name ("(Q), LP)") never starts a
    /// security's title, and the row below opens with its own (whose nature also
    /// wraps at the margin, so the lines between could go either way).
    @Test func aMarginLineEndingAnOwnersNameEndsTheRowAbove() throws {
        let file = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.tesseract.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains("44610            D\n") && text.contains("By Quillane Family Trust(4)\n"))
        let edited = text
            .replacingOccurrences(of: "44610            D\n", with: "44610            I        By Quillane\nFamily 2010 Partners Fund\n(Q), LP)\n")
            .replacingOccurrences(of: "By Quillane Family Trust(4)\n", with: "By Quillane\nFamily 2010 Partners Fund,\nLP(4)\n")
        let result = try FormEncoder.encode(InputFile(name: "edited", bytes: Array(edited.utf8)), options: EncodeFixtureTests.options)
        let table = try #require(result.document.nonDerivativeTable)
        let upper = try #require(table.nonDerivativeTransaction.last)
        // OCR's ")" for the lost mark closes nothing: left out, and reported.
        #expect(upper.ownershipNature?.natureOfOwnership?.value == "By Quillane Family 2010 Partners Fund (Q), LP")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DAMAGED" && $0.message.contains("')' after 'LP'") })
        let holding = try #require(table.nonDerivativeHolding.first)
        #expect(holding.securityTitle?.value == "Common Stock")
        #expect(holding.ownershipNature?.natureOfOwnership?.value == "By Quillane Family 2010 Partners Fund, LP")
        #expect(result.diagnostics.contains { $0.rule == "ENC-FOOTNOTE-PLACE" && $0.message.contains("'(Q), LP)'") })
    }

    /// OCR reads the bracket before the trading symbol as a rule: "… Inc. | LFRX ]".
    @Test func aBarBeforeTheSymbolIsItsBracket() throws {
        let result = try Self.encode(replacing: "Lanternfly Robotics, Inc. [ LFRX ]", with: "Lanternfly Robotics, Inc. | LFRX ]")
        #expect(result.document.issuer.issuerName == "Lanternfly Robotics, Inc.")
        #expect(result.document.issuer.issuerTradingSymbol == "LFRX")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.message.contains("read as '['") })
    }

    /// A box 2 the reader cannot find is said to be missing, as box 1's name is
    /// (here markitdown's cell with its label only).
    @Test func aMissingIssuerNameIsReported() throws {
        let file = EncodeFixtureTests.directory.appendingPathComponent("lanternfly-form4.markitdown.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        let cell = "2. Issuer Name and Ticker or Trading Symbol **Lanternfly Robotics, Inc.** [ LFRX ]"
        try #require(text.contains(cell))
        let edited = text.replacingOccurrences(of: cell, with: "2. Issuer Name and Ticker or Trading Symbol")
        let result = try FormEncoder.encode(InputFile(name: "markitdown", bytes: Array(edited.utf8)), options: EncodeFixtureTests.options)
        #expect(result.document.issuer.issuerName == nil)
        #expect(result.diagnostics.contains { $0.rule == "ENC-MISSING" && $0.path == "/ownershipDocument/issuer/issuerName" })
    }

    /// OCR drifts box 2's value left, into the column that another box's label
    /// (box 4's, lower down) starts: a name with a bracketed symbol is the issuer's
    /// wherever it lands, and the reading is reported.
    @Test func anIssuerUnderAnotherBoxsLabelIsStillTheIssuer() throws {
        let label = "(Street)                                              4. lf Amendment"
        let result = try Self.encode(replacing: label, with: "(Street)                                    4. If Amendment")
        #expect(result.document.issuer.issuerName == "Lanternfly Robotics, Inc.")
        #expect(result.document.issuer.issuerTradingSymbol == "LFRX")
        #expect(result.diagnostics.contains { $0.rule == "ENC-HEADER" && $0.message.contains("under another box's label") })
        #expect(HeaderBoxes.isIssuerLine("Bird Global, Inc. [ BRDS ]"))
        #expect(!HeaderBoxes.isIssuerLine("[ BRDS ]") && !HeaderBoxes.isIssuerLine("See footnote [1]") && !HeaderBoxes.isIssuerLine("Common Stock"))
    }

    /// A footnote mark whose number OCR read as a sign ("Trust(®)") is no part of
    /// the nature: it is left out of the text and reported as an unread mark.
    @Test func aMarkReadAsASignLeavesTheNaturesText() throws {
        let result = try Self.encode(replacing: "By Quillane Family Trust(4)", with: "By Quillane Family Trust(®)")
        let h = try #require(result.document.nonDerivativeTable?.nonDerivativeHolding.first)
        #expect(h.ownershipNature?.natureOfOwnership?.value == "By Quillane Family Trust")
        #expect(h.ownershipNature?.natureOfOwnership?.footnoteId == [])
        #expect(result.diagnostics.contains { $0.rule == "ENC-DAMAGED" && $0.message.contains("'(®)'") })
        // Letters and figures in parentheses are text ("Fund (Q)", "Trust (2019)").
        let (kept, _) = Self.cleaned("By Quillane Fund(Q)")
        #expect(kept == "By Quillane Fund(Q)")
    }

    static func cleaned(_ text: String) -> (String, [EncodeWarning]) {
        var warnings: [EncodeWarning] = []
        var tokens: [LooseToken] = []
        LooseTokenizer.tokens(in: LooseSegment(text: text, x: 0, cell: -1), line: 1, into: &tokens)
        return (RowBuilder.text(RowBuilder.withoutUnreadableMark(tokens, warnings: &warnings)), warnings)
    }

    /// "a)" where the exercisable date's "(5)" was printed: a mark OCR could not read.
    /// It holds the date's place, so the expiration date and the underlying title keep theirs.
    @Test func aLetterAndParenthesisInADatesPlaceHoldsIt() throws {
        let result = try Self.encode(replacing: "2500       (5)       03/01/2031]", with: "2500       a)        03/01/2031]")
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.exerciseDate?.value == nil && row.exerciseDate?.footnoteId == [])
        #expect(row.expirationDate?.value?.text == "2031-03-01")
        // As in the unedited scan, whose "Stock" under "Common]" is reported unplaced.
        #expect(row.underlyingSecurity?.underlyingSecurityTitle?.value == "Common")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.message.contains("'a)' in a date's place") })
    }
}
