import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// The fictional Lanternfly Form 4 as pdftotext without `-layout` prints it
/// when Table I runs onto a new page and the PDF draws the last holding's
/// values and nature at the foot of the first page, its title after the
/// second page's heads: "5,000" / "I" / "Quillane Partners Fund, L.P.(4)" /
/// heads / "1,800" / "I" / "Quillane Holdings II, L.P.(4)" / heads / "Common Stock".
@Suite struct EncodeCellStreamPageBreakTests {
    static let heads = "5. Amount of Securities Beneficially\nOwned Following Reported\nTransaction(s) (Instr. 3 and 4)\n\n"
        + "6. Ownership Form: 7. Nature of Indirect\nDirect (D) or Indirect\nBeneficial\n(I) (Instr. 4)\nOwnership (Instr. 4)\n\n"
    static let holding = "Common\nStock\n\n5,000\n\nI\n\nBy Quillane\nFamily\nTrust(4)\n\nTable II"

    static func encode(_ tail: String) throws -> EncodeResult {
        let text = try EncodeCellStreamOrderTests.replacing(Self.holding, with: tail + "\nTable II")
        return try EncodeCellStreamTests.encode(text)
    }

    @Test func aHoldingsTitleAfterTheNextPagesHeads() throws {
        let result = try Self.encode("Common\nStock\n\n5,000\n\nI\n\nQuillane Partners Fund, L.P.(4)\n\n" + Self.heads
                                     + "1,800\n\nI\n\nQuillane Holdings II, L.P.(4)\n\n" + Self.heads + "Common Stock\n")
        let holdings = try #require(result.document.nonDerivativeTable?.nonDerivativeHolding)
        try #require(holdings.count == 2)
        #expect(holdings[0].ownershipNature?.natureOfOwnership?.value == "Quillane Partners Fund, L.P.")
        #expect(holdings[1].securityTitle?.value == "Common Stock")
        #expect(holdings[1].postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "1800")
        #expect(holdings[1].ownershipNature?.directOrIndirectOwnership?.value == "I")
        #expect(holdings[1].ownershipNature?.natureOfOwnership?.value == "Quillane Holdings II, L.P.")
        // Both readings are told, on the rows they change.
        let paths = result.diagnostics.filter { $0.rule == "ENC-ROW-SPLIT" }.compactMap(\.path)
        #expect(paths.contains("/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[1]"))
        #expect(paths.contains("/ownershipDocument/nonDerivativeTable/nonDerivativeHolding[2]"))
    }

    /// A text that ends as a security's title does, before the heads, is still read as the next title.
    @Test func aTitleBeforeTheHeadsStaysATitle() throws {
        let result = try Self.encode("Common\nStock\n\n5,000\n\nI\n\nQuillane Partners Fund, L.P.(4)\n\nClass B Common Stock\n\n" + Self.heads
                                     + "1,800\n\nD\n")
        let holdings = try #require(result.document.nonDerivativeTable?.nonDerivativeHolding)
        #expect(holdings.last?.securityTitle?.value == "Class B Common Stock")
        #expect(holdings.last?.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "1800")
    }
}
