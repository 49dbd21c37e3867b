import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// A fictional Form 3's Table II of holdings only (Quillane preferred
/// stock, every date given by footnote) as pdftotext without `-layout`
/// prints it when the PDF draws the first row's nature of ownership among
/// the column heads, and, at a page break, a nature before the new page's
/// heads with marks alone among them.
@Suite struct EncodeCellStreamFormThreeNatureTests {
    static let heads = "1. Title of Derivative Security\n(Instr. 4)\n\n2. Date Exercisable and\nExpiration Date\n(Month/Day/Year)\n\n"
        + "3. Title and Amount of Securities\nUnderlying Derivative Security (Instr. 4)\n\n"
    static let rightHeads = "4. Conversion\nor Exercise\nPrice of\nDerivative\nSecurity\n\n5. Ownership\nForm: Direct\n(D) or Indirect\n(I) (Instr. 5)\n\n"
        + "6. Nature of Indirect\nBeneficial Ownership\n(Instr. 5)\n\n"
    static let subHeads = "Date\nExercisable\n\nExpiration Date\n\nTitle\n\nAmount or\nNumber of\nShares\n\n"

    static func holding(_ title: String, _ amount: String, _ di: String = "I") -> String {
        "\(title)\n\n(1)\n\n(1)\n\nCommon Stock\n\n\(amount)\n\n(1)\n\n\(di)\n\n"
    }

    /// The first row's nature among the heads, the first row drawn with none after its I.
    static func text(firstDI: String = "I") -> String {
        heads + rightHeads + "Quillane Ventures II,\nL.P.(2)\n\n" + subHeads
            + holding("Series A Preferred Stock", "120,500", firstDI)
            + holding("Series A Preferred Stock", "48,000") + "Quillane Ventures III,\nL.P.(2)\n\n"
            + holding("Series B Preferred Stock", "9,750") + "Quillane Partners Fund, LLC(2)\n\n"
    }

    static func summary(_ rows: [TableLines.Row], _ stream: CellStream) -> [String] {
        rows.map { r in
            let f = stream.fields(r.anchor)
            return [RowBuilder.text(f.title), f.underlyingShares?.text ?? "-", f.directIndirect?.text ?? "-", RowBuilder.text(f.nature)].joined(separator: " | ")
        }
    }

    @Test func aNatureAmongTheHeadsOfAHoldingsOnlyTableIsTheFirstRowsNature() throws {
        let (rows, stream) = EncodeCellStreamTitlesLastTests.rows(Self.text())
        #expect(Self.summary(rows, stream) == [
            "Series A Preferred Stock | 120,500 | I | Quillane Ventures II, L.P.",
            "Series A Preferred Stock | 48,000 | I | Quillane Ventures III, L.P.",
            "Series B Preferred Stock | 9,750 | I | Quillane Partners Fund, LLC",
        ])
        // The row that took the nature is told, the others are not.
        let told = rows.map { $0.warnings.contains { $0.rule == "ENC-ROW-SPLIT" && $0.message.contains("drawn among the column heads") } }
        #expect(told == [true, false, false])
        #expect(!rows.contains { $0.warnings.contains { $0.rule == "ENC-UNPLACED" } })
    }

    /// A first row owned directly wants no nature: the text is not moved, and
    /// the rows stay as read before (the text opens the table, reported).
    @Test func aDirectFirstRowTakesNoNatureFromTheHeads() throws {
        let stream = EncodeCellStreamTitlesLastTests.stream(Self.text(firstDI: "D"))
        let titles = stream.paragraphs.indices.filter { stream.paragraphs[$0].opensWithText }
        #expect(stream.rowsAfterNatureAmongHeads(opening: titles[0], titles: titles) == nil)
        let (rows, after) = EncodeCellStreamTitlesLastTests.rows(Self.text(firstDI: "D"))
        #expect(!rows.contains { $0.warnings.contains { $0.message.contains("drawn among the column heads") } })
        #expect(Self.summary(rows, after).first == "Quillane Ventures II, L.P. | - | - | ")
        // A Form 4's Table II is not read so.
        let form4 = EncodeCellStreamTitlesLastTests.stream(Self.text(), form: 4)
        #expect(form4.rowsAfterNatureAmongHeads(opening: titles[0], titles: titles) == nil)
    }

    /// "… I" / "Quillane Partners Fund, LLC(2)" / a new page's heads / "(3)" /
    /// "(3)" / heads / "Series C …": the nature is the row above's, the next
    /// page's rows are read in order, and the marks are left out, reported.
    @Test func marksAmongAPagesHeadsDoNotStopANatureAcrossThem() throws {
        let page2 = Self.rightHeads + "(3)\n\n(3)\n\n" + Self.heads + Self.subHeads
            + Self.holding("Series C Preferred Stock", "5,000") + "Quillane Growth Fund, L.P.(2)\n"
        let (rows, stream) = EncodeCellStreamTitlesLastTests.rows(Self.text() + page2)
        #expect(Self.summary(rows, stream).suffix(2) == [
            "Series B Preferred Stock | 9,750 | I | Quillane Partners Fund, LLC",
            "Series C Preferred Stock | 5,000 | I | Quillane Growth Fund, L.P.",
        ])
        #expect(rows.allSatisfy { $0.warnings.contains { $0.rule == "ENC-UNPLACED" && $0.message.contains("footnote marks (3)(3)") } })
    }

    /// The marks right before the next title, no head after them: which row
    /// they start cannot be told, and the text is not read across the heads.
    @Test func marksRightBeforeTheTitleKeepTheTextApart() throws {
        let page2 = Self.rightHeads + Self.heads + Self.subHeads + "(3)\n\n"
            + Self.holding("Series C Preferred Stock", "5,000") + "Quillane Growth Fund, L.P.(2)\n"
        let (rows, stream) = EncodeCellStreamTitlesLastTests.rows(Self.text() + page2)
        #expect(!rows.contains { $0.warnings.contains { $0.message.contains("alone before column heads printed again") } })
        #expect(!Self.summary(rows, stream).contains("Series B Preferred Stock | 9,750 | I | Quillane Partners Fund, LLC"))
    }
}
