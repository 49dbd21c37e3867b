import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// The fictional Lanternfly Form 4 as `pdftotext` without `-layout` prints
/// it when the PDF draws cells out of row order: heads among a row's cells,
/// a code after the amount, a date given by footnote inside its head, a
/// title's second line apart from the values beside its first, footnote
/// marks far from the text they end, a title after its row's values.
@Suite struct EncodeCellStreamOrderTests {
    static func replacing(_ old: String, with new: String) throws -> String {
        let text = try EncodeCellStreamTests.text()
        #expect(text.contains(old))
        return text.replacingOccurrences(of: old, with: new)
    }

    static func tables(_ text: String) throws -> Substring {
        EncodeCellStreamTests.tables(OwnershipXMLWriter.xml(try EncodeCellStreamTests.encode(text).document))
    }

    static let table1Heads = "Code\n\nV\n\n4. Securities Acquired\n(A) or Disposed Of (D)\n(Instr. 3, 4 and 5)\nAmount\n\n(A) or\n(D)\n\n"
        + "5. Amount of Securities Beneficially\nOwned Following Reported\nTransaction(s) (Instr. 3 and 4)\n\n"
        + "6. Ownership Form: 7. Nature of Indirect\nDirect (D) or Indirect\nBeneficial\n(I) (Instr. 4)\nOwnership (Instr. 4)\n\nPrice\n\n"

    /// "Code" / title / date / "M" / "V" / "Amount" / "(A) or (D)" / "2,500" /
    /// "A" / heads / "Price" / "$12.40": one-word heads beside other heads are
    /// heads, the lone "V" among them too, not cells of the row.
    @Test func oneWordHeadsAmongARowsCellsAreHeads() throws {
        let row = "Common\nStock\n\n02/14/2024\n\nM\n\n2,500\n\nA\n\n$12.40\n\n48,310\n\nD\n\n"
        let interleaved = "Code\n\nCommon\nStock\n\n02/14/2024\n\nM\n\nV\n\n4. Securities Acquired\n(A) or Disposed Of (D)\n(Instr. 3, 4 and 5)\n\nAmount\n\n(A) or\n(D)\n\n2,500\n\nA\n\n"
            + "5. Amount of Securities Beneficially\nOwned Following Reported\nTransaction(s) (Instr. 3 and 4)\n\n"
            + "6. Ownership Form: 7. Nature of Indirect\nDirect (D) or Indirect\nBeneficial\n(I) (Instr. 4)\nOwnership (Instr. 4)\n\nPrice\n\n$12.40\n\n48,310\n\nD\n\n"
        let text = try Self.replacing(Self.table1Heads + row, with: interleaved)
        let result = try EncodeCellStreamTests.encode(text)
        let first = try #require(result.document.nonDerivativeTable?.nonDerivativeTransaction.first)
        #expect(first.transactionCoding?.transactionCode == "M")
        #expect(first.transactionAmounts?.transactionShares?.value?.text == "2500")
        #expect(first.ownershipNature?.natureOfOwnership == nil)
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        #expect(!result.diagnostics.contains { $0.rule == "ENC-ROW-SPLIT" || $0.rule == "ENC-MISSING" })
    }

    /// "02/14/2024" / "2,500" / "A" / "M": the code column drawn after the
    /// amounts is the row's code, taken with a doubt on its field.
    @Test func aCodeDrawnAfterTheAmountIsTheCodeWithADoubt() throws {
        let text = try Self.replacing("02/14/2024\n\nM\n\n2,500\n\nA\n\n$12.40", with: "02/14/2024\n\n2,500\n\nA\n\nM\n\n$12.40")
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        #expect(result.diagnostics.contains {
            $0.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]/transactionCoding/transactionCode"
        })
    }

    /// "Date" / "Exercisable" / "(5)": the date exercisable given by footnote,
    /// drawn inside its column head, is the row's cell.
    @Test func marksUnderAHeadInOneParagraphAreTheRowsCell() throws {
        let text = try Self.replacing("2,500\n\n(5)\n\n03/01/2031", with: "2,500\n\nDate\nExercisable\n(5)\n\n03/01/2031")
        let result = try EncodeCellStreamTests.encode(text)
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.exerciseDate?.footnoteId == ["F5"])
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        #expect(!result.diagnostics.contains { $0.rule == "ENC-ROW-SPLIT" || $0.rule == "ENC-MISSING" })
    }

    /// "03/01/2031 Common 2500" / "Stock": the expiration date, then the
    /// underlying title's first line beside its amount, then the title's
    /// second line. The amount is no word of the title; it is read as the
    /// amount, with a doubt.
    @Test func valuesBeforeAWrappedTitleStayAheadOfIt() throws {
        let text = try Self.replacing("03/01/2031\n\nCommon 2,500\nStock", with: "03/01/2031 Common 2500\nStock")
        let result = try EncodeCellStreamTests.encode(text)
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.underlyingSecurity?.underlyingSecurityTitle?.value == "Common Stock")
        #expect(row.underlyingSecurity?.underlyingSecurityShares?.value?.text == "2500")
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        #expect(result.diagnostics.contains {
            $0.path == "/ownershipDocument/derivativeTable/derivativeTransaction[1]/underlyingSecurity/underlyingSecurityShares"
        })
    }

    /// "Trust(4)" / "(5)" / "5,000" / "Common Stock" / "D": footnote marks
    /// alone where no row is open are the end of some wrapped text: left out,
    /// and each row whose text ends in marks is told. The holding's title,
    /// drawn after its amount, is its title (reported).
    @Test func looseMarksAreReportedAndALateTitleIsTheRowsTitle() throws {
        let text = try Self.replacing("$30.9(3)\n\n44,610\n\nD\n\nCommon\nStock\n\n5,000\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\n",
                                      with: "$30.9(3)\n\n44,610\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\n(5)\n\n5,000\n\nCommon\nStock\n\nD\n\n")
        let result = try EncodeCellStreamTests.encode(text)
        let table = try #require(result.document.nonDerivativeTable)
        #expect(table.nonDerivativeTransaction.count == 3)
        let third = table.nonDerivativeTransaction[2]
        #expect(third.ownershipNature?.natureOfOwnership?.value == "By Quillane Family Trust")
        #expect(third.ownershipNature?.natureOfOwnership?.footnoteId == ["F4"])
        let holding = try #require(table.nonDerivativeHolding.first)
        #expect(table.nonDerivativeHolding.count == 1)
        #expect(holding.securityTitle?.value == "Common Stock")
        #expect(holding.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "5000")
        #expect(holding.ownershipNature?.directOrIndirectOwnership?.value == "D")
        #expect(result.diagnostics.contains {
            $0.rule == "ENC-UNPLACED" && $0.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[3]" && $0.message.contains("(5)")
        })
        #expect(result.diagnostics.contains {
            $0.rule == "ENC-ROW-SPLIT" && $0.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]" && $0.message.contains("Common Stock")
        })
    }

    /// "$12.40" / "48,310" / "D" / then the holding, whole / then the first
    /// transaction's title and date: before the first title with a date, the
    /// end of a row and a row of its own. The holding is a row; only the
    /// values before it end the transaction that lacks them (reported).
    @Test func aRowsEndBeforeWholeRowsEndsOnlyThatRow() throws {
        let first = "Common\nStock\n\n02/14/2024\n\nM\n\n2,500\n\nA\n\n"
        let holding = "Common\nStock\n\n5,000\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\n"
        var text = try Self.replacing("Price\n\n" + first + "$12.40\n\n48,310\n\nD\n\n",
                                      with: "Price\n\n$12.40\n\n48,310\n\nD\n\n" + holding + first)
        #expect(text.contains("44,610\n\nD\n\n" + holding))
        text = text.replacingOccurrences(of: "44,610\n\nD\n\n" + holding, with: "44,610\n\nD\n\n")
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        #expect(result.diagnostics.contains {
            $0.rule == "ENC-ROW-SPLIT" && $0.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]" && $0.message.contains("'$12.40 48,310 D'")
        })
    }

    /// A whole Table II row drawn before the table's first title, with its own
    /// title and conversion price last: it is the first row (reported).
    @Test func aWholeRowBeforeTheFirstTitleTakesTheTitleAfterIt() throws {
        let original = try EncodeCellStreamTests.encode(EncodeCellStreamTests.text())
        let row = "Stock\nOption\n(Right to\nBuy)\n\n$12.40\n\n02/14/2024\n\nM\n\n2,500\n\n(5)\n\n03/01/2031\n\nCommon 2,500\nStock\n\n$0\n\n7,500\n\nD\n\n"
        let drawn = "02/14/2024\n\nM\n\n2,500\n\n(5)\n\n03/01/2031\n\nCommon 2,500\nStock\n\n$0\n\n7,500\n\nD\n\nStock\nOption\n(Right to\nBuy)\n\n$12.40\n\n"
            + "Stock\nOption\n(Right to\nBuy)\n\n$15.00\n\n02/15/2024\n\nM\n\n1,000\n\n(5)\n\n03/01/2032\n\nCommon 1,000\nStock\n\n$0\n\n6,500\n\nD\n\n"
        let result = try EncodeCellStreamTests.encode(try Self.replacing(row, with: drawn))
        let rows = try #require(result.document.derivativeTable?.derivativeTransaction)
        #expect(rows.count == 2)
        #expect(rows.first == original.document.derivativeTable?.derivativeTransaction.first)
        #expect(rows.last?.conversionOrExercisePrice?.value?.text == "15.00")
        #expect(result.diagnostics.contains {
            $0.rule == "ENC-ROW-SPLIT" && $0.path == "/ownershipDocument/derivativeTable/derivativeTransaction[1]" && $0.message.contains("Stock Option")
        })
        #expect(!result.diagnostics.contains { $0.rule == "ENC-UNPLACED" })
    }

    /// "44,610" / "Common Stock" / "D" / "5,000" / "I": the holding's title
    /// drawn between the row above's amount owned and its D/I. The D/I ends
    /// the row above; the title opens the holding (reported).
    @Test func aTitleBetweenTheAmountOwnedAndTheDIOpensTheNextRow() throws {
        let text = try Self.replacing("44,610\n\nD\n\nCommon\nStock\n\n5,000\n\nI\n\n", with: "44,610\n\nCommon\nStock\n\nD\n\n5,000\n\nI\n\n")
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        #expect(result.diagnostics.contains {
            $0.rule == "ENC-ROW-SPLIT" && $0.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]" && $0.message.contains("Common Stock")
        })
    }

    /// "48,310" / "D" / "44,610" after the last row: the amounts owned (and
    /// a D/I) of the rows that lack them, drawn after all rows. They go to
    /// those rows in order, each of which is told.
    @Test func valuesLeftAtTheEndFillTheRowsWithoutAmountOwnedInOrder() throws {
        var text = try Self.replacing("$12.40\n\n48,310\n\nD\n\n", with: "$12.40\n\n")
        for (old, new) in [("$30.9(3)\n\n44,610\n\nD\n\n", "$30.9(3)\n\nD\n\n"),
                           ("Trust(4)\n\nTable II", "Trust(4)\n\n48,310\n\nD\n\n44,610\n\nTable II")] {
            #expect(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        for (row, value) in [(1, "'48,310 D'"), (3, "'44,610'")] {
            #expect(result.diagnostics.contains {
                $0.rule == "ENC-ROW-SPLIT" && $0.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[\(row)]" && $0.message.contains(value)
            })
        }
    }

    /// "2,500" / "$12.40" / "48,310" / "D" / "A": the (A)/(D) column drawn
    /// after the D/I. An A is the (A)/(D) wherever it stands; of "D" / "D"
    /// both read the same. Each is taken with a doubt on the (A)/(D) field.
    @Test func anAcquiredDisposedLetterAfterTheDIIsTheRowsAcquiredDisposed() throws {
        var text = try Self.replacing("2,500\n\nA\n\n$12.40\n\n48,310\n\nD\n\n", with: "2,500\n\n$12.40\n\n48,310\n\nD\n\nA\n\n")
        let third = "1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\n"
        #expect(text.contains(third))
        text = text.replacingOccurrences(of: third, with: "1,200\n\n$30.9(3)\n\n44,610\n\nD\n\nD\n\n")
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        for row in [1, 3] {
            #expect(result.diagnostics.contains {
                $0.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[\(row)]/transactionAmounts/transactionAcquiredDisposedCode"
            })
        }
    }

    /// "03/01/2031 Common" / "2,500 $0" … : the expiration date, then the
    /// underlying title's first line alone, its amount on the next line and
    /// the title's end below: the title's words go together.
    @Test func aTitleAfterADateWithItsAmountBelowIsOneCell() throws {
        let text = try Self.replacing("03/01/2031\n\nCommon 2,500\nStock", with: "03/01/2031 Common\n2,500\nStock")
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
    }

    /// "5,000" / "By Quillane Family Trust(4)" / "I": the D/I cell drawn after
    /// the nature is the row's D/I, with a doubt on it.
    @Test func aDIAloneAfterTheNatureIsTheRowsDI() throws {
        let text = try Self.replacing("5,000\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\n", with: "5,000\n\nBy Quillane\nFamily\nTrust(4)\n\nI\n\n")
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        #expect(result.diagnostics.contains {
            $0.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]/ownershipNature/directOrIndirectOwnership"
        })
    }

    /// "Trust(4)" / "A" at the table's end: the (A)/(D) cell of the row that
    /// lacks one, drawn after all rows. It goes there, and the row is told.
    @Test func aLetterLeftAtTheEndFillsTheRowWithoutIt() throws {
        var text = try Self.replacing("2,500\n\nA\n\n$12.40", with: "2,500\n\n$12.40")
        #expect(text.contains("Trust(4)\n\nTable II"))
        text = text.replacingOccurrences(of: "Trust(4)\n\nTable II", with: "Trust(4)\n\nA\n\nTable II")
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        #expect(result.diagnostics.contains {
            $0.rule == "ENC-ROW-SPLIT" && $0.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]" && $0.message.hasPrefix("'A'")
        })
    }

    /// "Common" / "02/15/2024" / … / "44,610" / "I" / "A" / "$30.9(3)" /
    /// "Stock" / "By Quillane Family Trust(4)" ending the table: the last
    /// row's second line (price, title's end, nature) drawn after it, with an
    /// (A)/(D) of another row before it. Each goes to its row, reported.
    @Test func theLastRowsSecondLineAfterTheTableIsThatRows() throws {
        var text = try Self.replacing("2,500\n\nA\n\n$12.40", with: "2,500\n\n$12.40")
        let end = "Common\nStock\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n$30.9(3)\n\n44,610\n\nD\n\nCommon\nStock\n\n5,000\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\n"
        #expect(text.contains(end))
        text = text.replacingOccurrences(of: end, with: "Common\n\n02/15/2024\n\nS(1)\n\n1,200\n\nD\n\n44,610\n\nI\n\nA\n\n$30.9(3)\n\nStock\n\nBy Quillane\nFamily\nTrust(4)\n\n")
        let result = try EncodeCellStreamTests.encode(text)
        let table = try #require(result.document.nonDerivativeTable)
        #expect(table.nonDerivativeHolding.isEmpty)
        #expect(table.nonDerivativeTransaction.count == 3)
        #expect(table.nonDerivativeTransaction.first?.transactionAmounts?.transactionAcquiredDisposedCode?.value == "A")
        let last = try #require(table.nonDerivativeTransaction.last)
        #expect(last.securityTitle?.value == "Common Stock")
        #expect(last.transactionAmounts?.transactionPricePerShare?.value?.text == "30.9")
        #expect(last.transactionAmounts?.transactionPricePerShare?.footnoteId == ["F3"])
        #expect(last.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "44610")
        #expect(last.ownershipNature?.directOrIndirectOwnership?.value == "I")
        #expect(last.ownershipNature?.natureOfOwnership?.value == "By Quillane Family Trust")
        #expect(last.ownershipNature?.natureOfOwnership?.footnoteId == ["F4"])
        for row in [1, 3] {
            #expect(result.diagnostics.contains {
                $0.rule == "ENC-ROW-SPLIT" && $0.path == "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[\(row)]"
            })
        }
    }

    /// "D" / "Common Stock" / "Price" / "7. Nature of …" / "02/15/2024": a
    /// one-word head after the next row's title ends that title; it is no
    /// word of it.
    @Test func aOneWordHeadEndsTheTitleBeforeIt() throws {
        let old = "D\n\nCommon\nStock\n\n02/15/2024"
        let text = try Self.replacing(old, with: "D\n\nCommon\nStock\n\nPrice\n\n7. Nature of Indirect\nBeneficial Ownership\n\n02/15/2024")
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try Self.tables(text) == Self.tables(EncodeCellStreamTests.text()))
        #expect(!result.diagnostics.contains { $0.rule == "ENC-ROW-SPLIT" })
    }
}
