import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// A fictional Form 4's Table II as pdftotext without `-layout` prints it,
/// drawn head group by head group: every transaction's title, conversion
/// price, date and code; then their amounts; then their (exercisable,
/// expiration) pairs; then each row's right-hand cells; and last a holding
/// drawn whole. No rule of the cell stream knows that order: it is read
/// column by column (``CellStream/derivativeColumns(_:)``), and left alone
/// where a column's count disagrees.
@Suite struct EncodeCellStreamColumnSequencesDerivativeTests {
    static let heads = "1. Title of\nDerivative\nSecurity\n(Instr. 3)\n\n2.\nConversion\nor Exercise\nPrice of\nDerivative\nSecurity\n\n"
        + "3. Transaction\nDate\n(Month/Day/Year)\n\n3A. Deemed\nExecution Date,\nif any\n(Month/Day/Year)\n\n4.\nTransaction\nCode (Instr.\n8)\n\n"
    static let amountHeads = "Code\n\nV\n\n5. Number of\nDerivative\nSecurities\nAcquired (A) or\nDisposed of (D)\n(Instr. 3, 4 and 5)\n\n(A)\n\n(D)\n\n"
    static let dateHeads = "6. Date Exercisable and\nExpiration Date\n(Month/Day/Year)\n\nDate\nExercisable\n\nExpiration\nDate\n\n"
    static let rightHeads = "7. Title and Amount\nof Securities\nUnderlying\nDerivative Security\n(Instr. 3 and 4)\n\nTitle\n\nAmount or\nNumber of\nShares\n\n"
        + "8. Price of\nDerivative\nSecurity\n(Instr. 5)\n\n9. Number of\nderivative\nSecurities\nBeneficially\nOwned\nFollowing\nReported\nTransaction(s)\n(Instr. 4)\n\n"
        + "10.\nOwnership\nForm:\nDirect (D)\nor Indirect\n(I) (Instr. 4)\n\n11. Nature\nof Indirect\nBeneficial\nOwnership\n(Instr. 4)\n\n"

    static let text = heads
        + "Stock Option\n(Right to Buy)\n\n$4.10\n\n03/02/2026\n\nM\n\nStock Option\n(Right to Buy)\n\n$12.75\n\n03/02/2026\n\nA\n\n"
        + amountHeads + "5,000\n\n8,000\n\n"
        + dateHeads + "(2)\n\n09/14/2031\n\n(3)\n\n03/01/2036\n\n"
        + rightHeads
        + "Common\nStock\n\n5,000\n\n$0.00\n\n15,000\n\nD\n\nCommon\nStock\n\n8,000\n\n$0.00\n\n8,000\n\nD\n\n"
        + "Series A\nWarrant\n\n$6.00\n\n(4)\n\n12/31/2030\n\nCommon\nStock\n\n2,500\n\n2,500\n\nI\n\nBy Ardmoor Family\nTrust(1)\n\n"

    static func table(_ text: String) -> (table: TableLines, stream: CellStream) {
        let lines = LooseText(text).lines
        let kind = TableKind(derivative: true, form: 4)
        return (TableLines(cellStream: lines[...], kind: kind), CellStream(paragraphs: CellStream.paragraphs(lines[...]), kind: kind))
    }

    @Test func aTableTwoDrawnHeadGroupByHeadGroupIsReadColumnByColumn() throws {
        let (table, stream) = Self.table(Self.text)
        try #require(table.rows.count == 3)
        let f = table.rows.map { stream.fields($0.anchor) }
        #expect(f.map(\.isTransaction) == [true, true, false])
        #expect(f.map { RowBuilder.text($0.title) } == ["Stock Option (Right to Buy)", "Stock Option (Right to Buy)", "Series A Warrant"])
        #expect(f.map { $0.conversion?.text } == ["$4.10", "$12.75", "$6.00"])
        #expect(f.map { $0.date?.text } == ["03/02/2026", "03/02/2026", nil])
        #expect(f.map { $0.code?.text } == ["M", "A", nil])
        #expect(f.map { $0.amount?.text } == ["5,000", "8,000", nil])
        #expect(f.map { $0.exercise.first?.footnotes } == [["F2"], ["F3"], ["F4"]])
        #expect(f.map { $0.expiration.first?.text } == ["09/14/2031", "03/01/2036", "12/31/2030"])
        #expect(f.map { RowBuilder.text($0.underlyingTitle) } == Array(repeating: "Common Stock", count: 3))
        #expect(f.map { $0.underlyingShares?.text } == ["5,000", "8,000", "2,500"])
        #expect(f.map { $0.price?.text } == ["$0.00", "$0.00", nil])
        #expect(f.map { $0.owned?.text } == ["15,000", "8,000", "2,500"])
        #expect(f.map { $0.directIndirect?.text } == ["D", "D", "I"])
        #expect(f.map { RowBuilder.text($0.nature) } == ["", "", "By Ardmoor Family Trust"])
        // No (A)/(D) letter is invented: the builder decides it from the code.
        #expect(f.allSatisfy { $0.acquiredDisposed == nil })
        for (row, fields) in zip(table.rows, f) {
            #expect(row.warnings.contains { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("read column by column") && $0.line == fields.title.first?.line })
        }
    }

    /// A nature right after an I is that row's; one drawn after a D, at the
    /// table's end, is no row's there and goes to the row owned indirectly left without one.
    @Test func aNatureDrawnAfterADGoesToTheRowLeftWithoutOne() throws {
        let text = Self.text.replacingOccurrences(of: "8,000\n\nD\n\n", with: "8,000\n\nI\n\n")
            .replacingOccurrences(of: "2,500\n\nI\n\nBy Ardmoor Family\nTrust(1)\n\n", with: "2,500\n\nD\n\nBy Ardmoor Family\nTrust(1)\n\n")
        let (table, stream) = Self.table(text)
        try #require(table.rows.count == 3)
        let f = table.rows.map { stream.fields($0.anchor) }
        #expect(f.map { $0.directIndirect?.text } == ["D", "I", "D"])
        #expect(f.map { RowBuilder.text($0.nature) } == ["", "By Ardmoor Family Trust", ""])
        #expect(table.rows.allSatisfy { $0.warnings.contains { $0.message.contains("read column by column") } })
    }

    /// One transaction's amount missing: the amounts' count disagrees with the dates', and nothing changes.
    @Test func anAmountMissingChangesNothing() throws {
        let text = Self.text.replacingOccurrences(of: "5,000\n\n8,000\n\n" + Self.dateHeads, with: "5,000\n\n" + Self.dateHeads)
        let (table, stream) = Self.table(text)
        var usual = stream
        let rows = usual.rows()
        #expect(stream.derivativeColumns(CellStream.joinDerivativeTexts(stream.sequenceCells())) == nil)
        #expect(stream.columnSequenceRows(over: rows, warnings: usual.warnings) == nil)
        #expect(table.rows.map { $0.anchor.map(\.text) } == rows.map { $0.anchor.map(\.text) })
        #expect(!table.rows.contains { $0.warnings.contains { $0.message.contains("read column by column") } })
    }

    /// An expiration date missing: the dates left do not pair up, and nothing changes.
    @Test func aDateMissingChangesNothing() throws {
        let text = Self.text.replacingOccurrences(of: "(3)\n\n03/01/2036\n\n", with: "(3)\n\n")
        let (table, stream) = Self.table(text)
        var usual = stream
        let rows = usual.rows()
        #expect(stream.derivativeColumns(CellStream.joinDerivativeTexts(stream.sequenceCells())) == nil)
        #expect(table.rows.map { $0.anchor.map(\.text) } == rows.map { $0.anchor.map(\.text) })
    }

    /// "Class B 536,445" / "Common" / "Stock" / "(2)": one underlying title with its mark, then its amount.
    @Test func anUnderlyingTitleAroundItsAmountIsOneTitle() throws {
        let (_, stream) = Self.table(Self.rightHeads + "Class B 536,445\nCommon\nStock\n(2)\n\n$0.00\n\n")
        let cells = CellStream.joinDerivativeTexts(stream.sequenceCells())
        let data = cells.filter { $0.kind != .head }
        try #require(data.count == 3)
        #expect(data.map(\.kind) == [.text, .number, .money])
        #expect(data[0].words == "Class B Common Stock" && data[0].tokens.last?.footnotes == ["F2"])
        #expect(data[1].tokens.map(\.text) == ["536,445"])
    }
}
