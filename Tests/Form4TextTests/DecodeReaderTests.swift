import Foundation
import Form4Core
import Testing
@testable import Form4Text

/// The canonical reader on texts a person edited: tolerance where the meaning
/// is clear, a located diagnostic where it is not.
@Suite struct DecodeReaderTests {
    /// A generated Form 4 with transactions, to edit.
    static func sample() -> OwnershipDocument {
        var seed: UInt64 = 2
        while true {
            let d = DocumentGenerator.document(seed: seed)
            if d.type == .form4, (d.nonDerivativeTable?.nonDerivativeTransaction.count ?? 0) >= 2 { return d }
            seed += 8
        }
    }

    static func fields(_ d: OwnershipDocument) -> NSObjectWrapper { NSObjectWrapper(RoundTrip.fields(d)) }

    @Test func realignedColumnsExtraSpacesAndBlankLinesReadTheSame() {
        let x = Self.sample()
        let text = CanonicalTextRenderer.text(x)
        var edited: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") {
                // Collapse the alignment padding and add spaces elsewhere, as an editor might.
                let cells = CanonicalTextParser.splitRow(String(line), column: 1).map(\.text)
                edited.append("|" + cells.map { "  \($0) " }.joined(separator: "|") + "|   ")
            } else {
                edited.append("  " + line + "  ")
                edited.append("")
            }
        }
        let read = CanonicalTextReader.readResult(edited.joined(separator: "\n"), name: "edited.txt")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics.map { $0.formatted() })")
        #expect(Self.fields(read.document) == Self.fields(x))
    }

    @Test func markdownReadsAsText() {
        let x = Self.sample()
        let fromText = CanonicalTextReader.readResult(CanonicalTextRenderer.text(x), name: "a.txt").document
        let fromMarkdown = CanonicalTextReader.readResult(CanonicalTextRenderer.markdown(x), name: "a.md").document
        #expect(Self.fields(fromText) == Self.fields(fromMarkdown))
    }

    @Test func anEditedAmountIsReadAsEdited() {
        let text = """
            FORM 4
            Document type: 4
            Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned
            Transactions:
            | 1. Title of Security | 2. Transaction Date | 3. Code | 4. Amount | (A) or (D) | Price | 5. Amount Owned Following | 6. D or I |
            | Common Stock (1)     | 11/04/2021 (2)      | S       | 1,250.5   | D          | $130.6886(3) | 37400.00 | D |
            Explanation of Responses:
            (1) First.
            (2) Second,
                on two lines.
            (3) Weighted average.
            """
        let read = CanonicalTextReader.readResult(text, name: "draft.txt")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics.map { $0.formatted() })")
        let row = read.document.nonDerivativeTable?.nonDerivativeTransaction.first
        #expect(row?.securityTitle == Footnoted("Common Stock", footnoteId: ["F1"]))
        #expect(row?.transactionDate == Footnoted(DateText("2021-11-04"), footnoteId: ["F2"]))
        #expect(row?.transactionCoding?.transactionCode == "S")
        #expect(row?.transactionAmounts?.transactionShares?.value?.text == "1250.5")
        #expect(row?.transactionAmounts?.transactionPricePerShare == Footnoted(DecimalText("130.6886"), footnoteId: ["F3"]))
        #expect(row?.postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "37400.00")
        #expect(row?.ownershipNature?.directOrIndirectOwnership?.value == "D")
        #expect(read.document.footnotes.map(\.id) == ["F1", "F2", "F3"])
        #expect(read.document.footnotes[1].text == "Second,\non two lines.")
        // Columns the text leaves out stay absent: nothing is invented.
        #expect(row?.deemedExecutionDate == nil)
        #expect(row?.transactionCoding?.transactionFormType == nil)
        #expect(read.sourceMap["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]/transactionAmounts/transactionShares"]?.line == 6)
    }

    @Test func reorderedColumnsFollowTheirHeadings() {
        let text = """
            FORM 4
            Document type: 4
            Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned
            Transactions:
            | Price | 4. Amount | 1. Title of Security | (A) or (D) |
            | 5.25  | 100       | Common Stock         | A          |
            """
        let row = CanonicalTextReader.readResult(text, name: "t").document.nonDerivativeTable?.nonDerivativeTransaction.first
        #expect(row?.securityTitle?.value == "Common Stock")
        #expect(row?.transactionAmounts?.transactionShares?.value?.text == "100")
        #expect(row?.transactionAmounts?.transactionPricePerShare?.value?.text == "5.25")
        #expect(row?.transactionAmounts?.transactionAcquiredDisposedCode?.value == "A")
    }

    @Test func badValuesAreReportedWithLineAndColumn() {
        let text = """
            FORM 4
            Document type: 4
            3. Date of Earliest Transaction (MM/DD/YYYY): 02/30/2021
            Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned
            Transactions:
            | 1. Title of Security | 4. Amount |
            | Common Stock         | 12x4      |
            """
        let read = CanonicalTextReader.readResult(text, name: "bad.txt")
        let errors = read.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 2)
        #expect(errors.first?.location?.line == 3)
        #expect(errors.last?.location?.line == 7)
        #expect(errors.last?.location?.column == 26)
        #expect(errors.last?.formatted().hasPrefix("bad.txt:7:26: error: [TEXT-SYNTAX]") == true)
        #expect(read.document.periodOfReport == nil)
        #expect(read.document.nonDerivativeTable?.nonDerivativeTransaction.first?.transactionAmounts?.transactionShares == nil)
    }

    @Test func boxesTickedByHandAndNotStatedBoxes() {
        let text = """
            FORM 4
            Document type: 4
            1. Name and Address of Reporting Person
            Reporting person 1
                Name: Example Person
            5. Relationship of Reporting Person(s) to Issuer
            Reporting person 1
                [x] Director
                [ ] 10% Owner
                [ ] Officer (give title below)
                Not stated: 10% Owner
            """
        let r = CanonicalTextReader.readResult(text, name: "t").document.reportingOwner.first?.reportingOwnerRelationship
        #expect(r?.isDirector == true)
        #expect(r?.isTenPercentOwner == nil)
        #expect(r?.isOfficer == false)
        #expect(r?.isOther == nil)
    }

    @Test func looksCanonicalTellsTheFormsApart() {
        let x = Self.sample()
        #expect(CanonicalTextReader.looksCanonical(CanonicalTextRenderer.text(x)))
        #expect(CanonicalTextReader.looksCanonical(CanonicalTextRenderer.markdown(x)))
        #expect(CanonicalTextReader.looksCanonical(DecodeRenderer.json(x)))
        #expect(!CanonicalTextReader.looksCanonical("FORM 4\nUNITED STATES SECURITIES AND EXCHANGE COMMISSION\nWashington"))
        #expect(!CanonicalTextReader.looksCanonical("<?xml version=\"1.0\"?><ownershipDocument/>"))
        #expect(!CanonicalTextReader.looksCanonical(""))
        #expect(!CanonicalTextReader.looksCanonical("{\"a\": 1}"))
    }

    @Test func brokenJSONIsReportedNotGuessed() {
        let read = CanonicalTextReader.readResult("{\"issuer\": {}, \"reportingOwner\": 3}", name: "x.json")
        #expect(read.diagnostics.first?.rule == "JSON")
        #expect(read.diagnostics.first?.severity == .error)
    }

    @Test func escapedTextThatLooksLikeStructureStaysText() {
        var d = OwnershipDocument(documentType: "4")
        d.nonDerivativeTable = NonDerivativeTable(nonDerivativeHolding: [
            NonDerivativeHolding(securityTitle: Footnoted("Units | Class (2)"),
                                 ownershipNature: OwnershipNature(natureOfOwnership: Footnoted("-"))),
        ])
        d.footnotes = [Footnote(id: "F2", text: "(1) starts like a reference\nRemarks:\n\\ and a backslash")]
        d.remarks = "Signatures:\n- not a list"
        let text = CanonicalTextRenderer.text(d)
        let read = CanonicalTextReader.readResult(text, name: "t")
        #expect(read.diagnostics.isEmpty)
        #expect(read.document == d, "\(text)")
    }
}

/// Equatable wrapper for the field trees of ``RoundTrip/fields(_:)``.
struct NSObjectWrapper: Equatable {
    let object: NSObject
    init(_ object: NSObject) { self.object = object }
    static func == (a: Self, b: Self) -> Bool { a.object.isEqual(b.object) }
}
