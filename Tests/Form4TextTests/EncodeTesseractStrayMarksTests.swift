import Testing
@testable import Form4Text

/// What OCR of a scanned form leaves inside a text cell: a table rule read as
/// "|" between two words of a title ("Common | Stock"), a footnote mark read as
/// empty parentheses ("LP()") or as a lone ")" ("LP)"). Each is left out of the
/// text and reported with its line. Edits of the fictional Lanternfly scan.
@Suite struct EncodeTesseractStrayMarksTests {
    /// The rule between the underlying title's column and the amount's, read
    /// beside "Common", with "Stock" on the line below.
    @Test func aRuleBetweenTwoWordsOfATitleIsLeftOutAndReported() throws {
        let old = "03/01/2031] Common] 2500       $0           7500           D\nOption" + String(repeating: " ", count: 116) + "Stock"
        let new = "03/01/2031  Common | 2500      $0           7500           D\nOption" + String(repeating: " ", count: 106) + "Stock"
        let result = try EncodeTesseractTests.encode(replacing: old, with: new)
        let row = try #require(result.document.derivativeTable?.derivativeTransaction.first)
        #expect(row.underlyingSecurity?.underlyingSecurityTitle?.value == "Common Stock")
        #expect(row.underlyingSecurity?.underlyingSecurityShares?.value?.text == "2500")
        let path = "/ownershipDocument/derivativeTable/derivativeTransaction[1]/underlyingSecurity/underlyingSecurityTitle"
        #expect(result.diagnostics.contains { $0.rule == "ENC-DOUBT" && $0.path == path && $0.location?.line == 60 && $0.message.contains("'|'") })
    }

    /// Only a bar standing alone between two words goes: one glued to a word, one
    /// after a figure, and a pipe table's cells (its bars cut cells, `cell` set) are
    /// not this rule's.
    @Test func onlyALoneBarBetweenWordsIsTaken() {
        #expect(Self.cleaned("Common | Stock").0 == "Common Stock")
        #expect(Self.cleaned("Common | Stock").1.count == 1)
        #expect(Self.cleaned("Option to | Purchase Stock").0 == "Option to Purchase Stock")
        #expect(Self.cleaned("Common |").0 == "Common |")
        #expect(Self.cleaned("| Common").0 == "| Common")
        #expect(Self.cleaned("2500 | Stock").0 == "2500 | Stock")
        #expect(Self.cleaned("Common | Stock", cell: 2).0 == "Common | Stock")
        #expect(Self.cleaned("Common | Stock", cell: 2).1.isEmpty)
    }

    static func cleaned(_ text: String, cell: Int = -1) -> (String, [EncodeWarning]) {
        var warnings: [EncodeWarning] = []
        var tokens: [LooseToken] = []
        LooseTokenizer.tokens(in: LooseSegment(text: text, x: 0, cell: cell), line: 1, into: &tokens)
        return (RowBuilder.text(RowBuilder.withoutRuleBetweenWords(tokens, path: "securityTitle", warnings: &warnings)), warnings)
    }

    /// "Trust()": a mark OCR read as nothing ends the nature; it leaves the text,
    /// and the unread mark is reported on its line.
    @Test func emptyParenthesesEndingANatureAreLeftOutAndReported() throws {
        let result = try EncodeTesseractTests.encode(replacing: "By Quillane Family Trust(4)", with: "By Quillane Family Trust()")
        let h = try #require(result.document.nonDerivativeTable?.nonDerivativeHolding.first)
        #expect(h.ownershipNature?.natureOfOwnership?.value == "By Quillane Family Trust")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DAMAGED" && $0.message.contains("'()'") && $0.location?.line == 40 })
        // Text in the parentheses stays the nature's.
        #expect(EncodeTesseractTests.cleaned("By Quillane Fund (Q)").0 == "By Quillane Fund (Q)")
    }

    /// "Fund (Q), Trust)": a ")" that closes nothing the nature opened is what
    /// OCR left of a mark; a ")" closing the nature's own "(" is kept.
    @Test func anUnmatchedClosingParenthesisEndingANatureIsLeftOut() throws {
        let result = try EncodeTesseractTests.encode(replacing: "By Quillane Family Trust(4)", with: "By Quillane (Q) Family Trust)")
        let h = try #require(result.document.nonDerivativeTable?.nonDerivativeHolding.first)
        #expect(h.ownershipNature?.natureOfOwnership?.value == "By Quillane (Q) Family Trust")
        #expect(result.diagnostics.contains { $0.rule == "ENC-DAMAGED" && $0.message.contains("')'") && $0.location?.line == 40 })
        #expect(EncodeTesseractTests.cleaned("By Quillane (Family Trust)").0 == "By Quillane (Family Trust)")
        #expect(EncodeTesseractTests.cleaned("By Quillane (the Trust)").1.isEmpty)
    }
}
