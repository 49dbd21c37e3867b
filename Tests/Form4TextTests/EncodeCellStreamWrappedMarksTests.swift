import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// "By Quillane" / "Family Trust" / "(4)": a nature's footnote marks wrapped
/// onto a line of their own are the text's marks, not a cell of their own.
@Suite struct EncodeCellStreamWrappedMarksTests {
    @Test func marksOnTheirOwnLineEndTheText() throws {
        let text = try EncodeCellStreamOrderTests.replacing("By Quillane\nFamily\nTrust(4)\n", with: "By Quillane\nFamily Trust\n(4)\n")
        let result = try EncodeCellStreamTests.encode(text)
        #expect(try EncodeCellStreamOrderTests.tables(text) == EncodeCellStreamOrderTests.tables(EncodeCellStreamTests.text()))
        let holding = try #require(result.document.nonDerivativeTable?.nonDerivativeHolding.first)
        #expect(holding.ownershipNature?.natureOfOwnership?.footnoteId == ["F4"])
    }
}
