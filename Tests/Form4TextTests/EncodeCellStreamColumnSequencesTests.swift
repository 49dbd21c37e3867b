import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// Fictional Form 3 tables as pdftotext without `-layout` prints them, in
/// drawing orders no rule of the cell stream knows: read column by column
/// (``CellStream/columnSequenceRows(over:warnings:)``) where the usual
/// reading doubts the order, left alone where the counts disagree or nothing
/// is in doubt.
@Suite struct EncodeCellStreamColumnSequencesTests {
    static let tableTwoHeads = "1. Title of Derivative Security\n(Instr. 4)\n\n2. Date Exercisable and\nExpiration Date\n(Month/Day/Year)\n\n"
        + "3. Title and Amount of Securities\nUnderlying Derivative Security (Instr. 4)\n\n4. Conversion\nor Exercise\nPrice of\nDerivative\nSecurity\n\n"
        + "5. Ownership\nForm: Direct\n(D) or Indirect\n(I) (Instr. 5)\n\n6. Nature of Indirect\nBeneficial Ownership\n(Instr. 5)\n\n"
    static let subHeads = "Date\nExercisable\n\nExpiration Date\n\nTitle\n\nAmount or\nNumber of\nShares\n\n"

    static func holding(_ title: String, _ amount: String, _ nature: String?) -> String {
        "\(title)\n\n(1)\n\n(1)\n\nCommon Stock\n\n\(amount)\n\n(1)\n\nI\n\n" + (nature.map { "\($0)\n\n" } ?? "")
    }

    /// The first row's nature drawn before the sub-heads, each later nature after its row.
    static let natureBeforeSubHeads = tableTwoHeads + "Quillane Ventures Fund II, L.P.(2)\n\n" + subHeads
        + holding("Series A Preferred Stock", "120,000", nil)
        + holding("Series B Preferred Stock", "45,500", "Quillane Ventures Fund III, L.P.(2)")
        + holding("Series C Preferred Stock", "7,250", "Quillane Ventures Fund II, L.P.(2)")

    static func table(_ text: String, derivative: Bool = true, form: Int = 3) -> (table: TableLines, stream: CellStream) {
        let lines = LooseText(text).lines
        let kind = TableKind(derivative: derivative, form: form)
        return (TableLines(cellStream: lines[...], kind: kind), CellStream(paragraphs: CellStream.paragraphs(lines[...]), kind: kind))
    }

    @Test func aNatureDrawnBeforeTheSubHeadsIsTheFirstRowsNature() throws {
        let (table, stream) = Self.table(Self.natureBeforeSubHeads)
        try #require(table.rows.count == 3)
        let f = table.rows.map { stream.fields($0.anchor) }
        #expect(f.map { RowBuilder.text($0.title) } == ["Series A Preferred Stock", "Series B Preferred Stock", "Series C Preferred Stock"])
        #expect(f.map { $0.underlyingShares?.text } == ["120,000", "45,500", "7,250"])
        #expect(f.map { RowBuilder.text($0.nature) } == ["Quillane Ventures Fund II, L.P.", "Quillane Ventures Fund III, L.P.", "Quillane Ventures Fund II, L.P."])
        #expect(f.allSatisfy { $0.directIndirect?.text == "I" && $0.exercise.first?.footnotes == ["F1"] && $0.expiration.first?.footnotes == ["F1"] })
        // A rule of the drawing order reads this table too (NatureAmongHeads), and reports its rows;
        // the reading column by column, asked alone, gives the same rows, each saying so at its own line.
        #expect(table.rows.allSatisfy { $0.warnings.contains { $0.rule == "ENC-ROW-SPLIT" } })
        let alone = try #require(Self.readColumnByColumn(stream))
        try #require(alone.count == 3)
        let g = alone.map { stream.fields($0.anchor) }
        #expect(g.map { RowBuilder.text($0.title) } == f.map { RowBuilder.text($0.title) })
        #expect(g.map { $0.underlyingShares?.text } == ["120,000", "45,500", "7,250"])
        #expect(g.map { RowBuilder.text($0.nature) } == f.map { RowBuilder.text($0.nature) })
        for (row, fields) in zip(alone, g) {
            #expect(row.warnings.contains { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("read column by column") && $0.line == fields.title.first?.line })
        }
    }

    /// The reading column by column on its own, over a reading that is not
    /// whole (one row without its D/I): what the fallback gives where no rule
    /// of the drawing order reads the table.
    static func readColumnByColumn(_ stream: CellStream) -> [TableLines.Row]? {
        guard let first = stream.paragraphs.first(where: { !$0.isHeader && !$0.tokens.isEmpty }) else { return nil }
        let partial = [TableLines.Row(anchor: [first.tokens[0]], above: [], below: [], warnings: [])]
        return stream.columnSequenceRows(over: partial, warnings: [])?.rows
    }

    /// Marks alone between two pages' heads are left out and reported, not given to a row.
    @Test func marksBetweenHeadsAreReported() throws {
        let text = Self.natureBeforeSubHeads.replacingOccurrences(of: "Series C", with: "6. Nature of Indirect\nBeneficial Ownership\n(Instr. 5)\n\n(3)\n\n" + Self.tableTwoHeads + "Series C")
        let (table, stream) = Self.table(text)
        try #require(table.rows.count == 3)
        #expect(table.rows.map { RowBuilder.text(stream.fields($0.anchor).nature) }.first == "Quillane Ventures Fund II, L.P.")
        #expect(table.rows.allSatisfy { $0.warnings.contains { $0.rule == "ENC-UNPLACED" && $0.message.contains("(3)") } })
    }

    /// A Table I whose first row's title is drawn after the last row.
    @Test func aFormThreeTableOne() throws {
        let heads = "1. Title of Security (Instr. 4)\n\n2. Amount of Securities\nBeneficially Owned (Instr. 4)\n\n3. Ownership Form:\nDirect (D) or Indirect (I)\n(Instr. 5)\n\n4. Nature of Indirect Beneficial Ownership\n(Instr. 5)\n\n"
        let text = heads + "31,000\n\nI\n\nBy Harrow Lane Trust(1)\n\nCommon Stock\n\n2,400\n\nD\n\nCommon Stock\n\n880\n\nI\n\nBy Spouse\n\nCommon Stock\n\n"
        let (table, stream) = Self.table(text, derivative: false)
        try #require(table.rows.count == 3)
        let f = table.rows.map { stream.fields($0.anchor) }
        #expect(f.map { $0.owned?.text } == ["31,000", "2,400", "880"])
        #expect(f.map { $0.directIndirect?.text } == ["I", "D", "I"])
        #expect(f.map { RowBuilder.text($0.nature) } == ["By Harrow Lane Trust", "", "By Spouse"])
        #expect(table.rows.allSatisfy { $0.warnings.contains { $0.message.contains("read column by column") } })
        // The titles are alike: each printed before an amount goes to that amount's row, the last one to the first row.
        #expect(f[0].title.first!.line > f[2].title.first!.line && f[1].title.first!.line < f[2].title.first!.line)
    }

    /// The same order with a first title unlike the others: which row the late title is is not known, and nothing changes.
    @Test func aLateTitleUnlikeTheOthersIsNotPlaced() throws {
        let heads = "1. Title of Security (Instr. 4)\n\n2. Amount of Securities\nBeneficially Owned (Instr. 4)\n\n3. Ownership Form:\nDirect (D) or Indirect (I)\n(Instr. 5)\n\n4. Nature of Indirect Beneficial Ownership\n(Instr. 5)\n\n"
        let text = heads + "31,000\n\nI\n\nBy Harrow Lane Trust(1)\n\nCommon Stock\n\n2,400\n\nD\n\nCommon Stock\n\n880\n\nI\n\nBy Spouse\n\nClass B Stock\n\n"
        let (table, stream) = Self.table(text, derivative: false)
        var usual = stream
        let rows = usual.rows()
        let cells = stream.sequenceCells()
        #expect(stream.holdingColumns(cells, loose: CellStream.looseMarkCells(cells)) != nil)
        #expect(stream.columnSequenceRows(over: rows, warnings: usual.warnings) == nil)
        #expect(table.rows.map { $0.anchor.map(\.text) } == rows.map { $0.anchor.map(\.text) })
    }

    /// One row without its underlying amount: the columns' counts disagree, and the usual reading stays.
    @Test func countsThatDisagreeChangeNothing() throws {
        let text = Self.natureBeforeSubHeads.replacingOccurrences(of: "45,500\n\n", with: "")
        let (table, stream) = Self.table(text)
        var usual = stream
        let rows = usual.rows()
        let cells = stream.sequenceCells()
        #expect(stream.holdingColumns(cells, loose: CellStream.looseMarkCells(cells)) == nil)
        #expect(stream.columnSequenceRows(over: rows, warnings: usual.warnings) == nil)
        #expect(table.rows.map { $0.anchor.map(\.text) } == rows.map { $0.anchor.map(\.text) })
        #expect(!table.rows.contains { $0.warnings.contains { $0.message.contains("read column by column") } })
    }

    /// Rows drawn in order: nothing is in doubt, and the fallback stays out.
    @Test func aTableWithoutDoubtsIsLeftAlone() throws {
        let text = Self.tableTwoHeads + Self.subHeads + Self.holding("Series A Preferred Stock", "120,000", "Quillane Ventures Fund II, L.P.(2)")
            + Self.holding("Series B Preferred Stock", "45,500", "Quillane Ventures Fund III, L.P.(2)")
        let (table, stream) = Self.table(text)
        var usual = stream
        let rows = usual.rows()
        try #require(rows.count == 2)
        #expect(!rows.contains { $0.warnings.contains { $0.rule == "ENC-ROW-SPLIT" || $0.rule == "ENC-UNPLACED" } })
        #expect(stream.columnSequenceRows(over: rows, warnings: usual.warnings) == nil)
        #expect(table.rows.map { $0.anchor.map(\.text) } == rows.map { $0.anchor.map(\.text) })
        // The same rows would read whole column by column: it is the guard that keeps the fallback out.
        let cells = stream.sequenceCells()
        #expect(stream.holdingColumns(cells, loose: CellStream.looseMarkCells(cells)) != nil)
    }

    static let tableOne = """
        1. Title of Security (Instr. 3)

        2A. Deemed
        Execution Date,
        if any
        (Month/Day/Year)

        3.
        Transaction
        Code (Instr.
        8)

        Code

        V

        (A) or
        (D)

        Price

        Common Stock

        06/02/2025

        S

        1,500

        D

        $12.40

        48,500

        I

        Harrow Lane Trust(1)

        Common Stock

        06/02/2025

        S

        700

        D

        $12.45

        9,300

        I

        By Spouse

        A

        (1)

        54,500

        I

        Harrow Lane Trust(1)

        A

        (1)

        3,250

        D

        Common Stock

        5,000

        I

        Harrow Lane Partners LP(2)

        Common Stock
        Common Stock

        1. Title of Security (Instr. 3)

        06/03/2025

        J

        06/03/2025

        2. Transaction
        Date
        (Month/Day/Year)

        6,000

        J

        1,250

        4. Securities Acquired (A) or
        Disposed Of (D) (Instr. 3, 4
        and 5)
        Amount

        """

    /// A Form 4's Table I: two sales drawn in order; then the right-hand cells of
    /// two more transactions ((A)/(D), price by footnote, amount owned, D/I,
    /// nature); a holding; and last the two transactions' titles stacked in one
    /// paragraph, their dates, codes and amounts among the heads.
    @Test func aFormFourTableOneWhoseLeftHandsAreDrawnLast() throws {
        let (table, stream) = Self.table(Self.tableOne, derivative: false, form: 4)
        try #require(table.rows.count == 5)
        let f = table.rows.map { stream.fields($0.anchor) }
        #expect(f.map(\.isTransaction) == [true, true, true, true, false])
        #expect(f.map { RowBuilder.text($0.title) } == Array(repeating: "Common Stock", count: 5))
        #expect(f.map { $0.date?.text } == ["06/02/2025", "06/02/2025", "06/03/2025", "06/03/2025", nil])
        #expect(f.map { $0.code?.text } == ["S", "S", "J", "J", nil])
        #expect(f.map { $0.amount?.text } == ["1,500", "700", "6,000", "1,250", nil])
        #expect(f.map { $0.acquiredDisposed?.text } == ["D", "D", "A", "A", nil])
        #expect(f.map { $0.owned?.text } == ["48,500", "9,300", "54,500", "3,250", "5,000"])
        #expect(f.map { $0.directIndirect?.text } == ["I", "I", "I", "D", "I"])
        #expect(f.map { RowBuilder.text($0.nature) } == ["Harrow Lane Trust", "By Spouse", "Harrow Lane Trust", "", "Harrow Lane Partners LP"])
        #expect(f[2].price?.footnotes == ["F1"] && f[3].price?.footnotes == ["F1"])
        // Rules of the drawing order read this table too, and report the rows whose cells they
        // move (the two transactions whose left-hand cells come last) and every row drawn after
        // the first doubt (the holding); the reading column by
        // column, asked alone, gives the same values and says so on every row.
        #expect(table.rows.map { $0.warnings.contains { $0.rule == "ENC-ROW-SPLIT" } } == [false, false, true, true, true])
        let alone = try #require(Self.readColumnByColumn(stream))
        try #require(alone.count == 5)
        let g = alone.map { stream.fields($0.anchor) }
        #expect(g.map { $0.amount?.text } == ["1,500", "700", "6,000", "1,250", nil])
        #expect(g.map { $0.owned?.text } == ["48,500", "9,300", "54,500", "3,250", "5,000"])
        #expect(g.map { RowBuilder.text($0.nature) } == ["Harrow Lane Trust", "By Spouse", "Harrow Lane Trust", "", "Harrow Lane Partners LP"])
        #expect(alone.allSatisfy { $0.warnings.contains { $0.message.contains("read column by column") } })
    }

    /// The same table where the third row's amount owned breaks the chain of its
    /// owner's amounts: the reading column by column breaks a cross-check the
    /// usual one does not, and is not taken.
    @Test func aReadingThatBreaksTheChainIsNotTaken() {
        let text = Self.tableOne.replacingOccurrences(of: "54,500", with: "21,000")
        let (table, stream) = Self.table(text, derivative: false, form: 4)
        var usual = stream
        let rows = usual.rows()
        let cells = CellStream.splitStackedTitles(stream.sequenceCells())
        #expect(stream.transactionColumns(cells) != nil)
        #expect(stream.columnSequenceRows(over: rows, warnings: usual.warnings) == nil)
        #expect(table.rows.map { $0.anchor.map(\.text) } == rows.map { $0.anchor.map(\.text) })
    }

    /// A nature printed right after one row's I, which the order drawn would give another row: not read so.
    @Test func aNatureBesideItsDirectIndirectStaysWithIt() {
        // The first sale's nature moved to the end of the table: the natures' order no longer agrees with their rows.
        let text = Self.tableOne.replacingOccurrences(of: "I\n\nHarrow Lane Trust(1)\n\nCommon Stock\n\n06/02/2025", with: "I\n\nCommon Stock\n\n06/02/2025")
            + "\nHarrow Lane Trust(1)\n"
        let (table, stream) = Self.table(text, derivative: false, form: 4)
        var usual = stream
        let rows = usual.rows()
        #expect(stream.columnSequenceRows(over: rows, warnings: usual.warnings) == nil)
        #expect(table.rows.map { $0.anchor.map(\.text) } == rows.map { $0.anchor.map(\.text) })
    }

    /// A Form 3's Table II read as a Form 4's: its rows have no amount owned, no column's count agrees, nothing is read so.
    @Test func aFormThreeTableTwoIsNoFormFoursTableTwo() {
        let (_, stream) = Self.table(Self.natureBeforeSubHeads, form: 4)
        var usual = stream
        let rows = usual.rows()
        #expect(stream.derivativeColumns(CellStream.joinDerivativeTexts(stream.sequenceCells())) == nil)
        #expect(stream.columnSequenceRows(over: rows, warnings: usual.warnings) == nil)
    }
}
