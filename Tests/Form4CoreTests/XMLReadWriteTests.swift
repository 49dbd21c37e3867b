import Foundation
import Testing
import TestSupport
@testable import Form4Core

@Suite struct XMLReadWriteTests {
    static let sample = """
        <?xml version="1.0"?>
        <ownershipDocument>
          <schemaVersion>X0508</schemaVersion>
          <documentType>4</documentType>
          <periodOfReport>2024-03-01</periodOfReport>
          <issuer><issuerCik>0000111111</issuerCik><issuerName>Lantern &amp; Pike Corp</issuerName><issuerTradingSymbol>LNPK</issuerTradingSymbol></issuer>
          <reportingOwner>
            <reportingOwnerId><rptOwnerCik>0000222222</rptOwnerCik><rptOwnerName>Quill Ada</rptOwnerName></reportingOwnerId>
            <reportingOwnerRelationship><isDirector>true</isDirector><isOfficer>0</isOfficer></reportingOwnerRelationship>
          </reportingOwner>
          <aff10b5One>1</aff10b5One>
          <nonDerivativeTable>
            <nonDerivativeTransaction>
              <securityTitle><value>Common Stock</value></securityTitle>
              <transactionDate><value>2024-03-01</value></transactionDate>
              <transactionCoding><transactionFormType>4</transactionFormType><transactionCode>S</transactionCode><equitySwapInvolved>0</equitySwapInvolved></transactionCoding>
              <transactionAmounts>
                <transactionShares><value>1200.50</value></transactionShares>
                <transactionPricePerShare><value>13.0600</value><footnoteId id="F1"/><footnoteId id="F2"/></transactionPricePerShare>
                <transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode>
              </transactionAmounts>
              <postTransactionAmounts><sharesOwnedFollowingTransaction><value>98800</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
              <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
            </nonDerivativeTransaction>
          </nonDerivativeTable>
          <footnotes>
            <footnote id="F1">Weighted average; prices ranged from $13.00 to $13.10 &lt;inclusive&gt;.</footnote>
            <footnote id="F2">Sold under a "10b5-1" plan.</footnote>
          </footnotes>
          <ownerSignature><signatureName>/s/ Ada Quill</signatureName><signatureDate>2024-03-04</signatureDate></ownerSignature>
        </ownershipDocument>
        """

    @Test func readsValuesExactlyAsWritten() throws {
        let read = try OwnershipXMLReader.read(bytes: Array(Self.sample.utf8), name: "s.xml")
        let d = read.document
        #expect(d.documentType == "4")
        #expect(d.issuer.issuerName == "Lantern & Pike Corp")
        #expect(d.reportingOwner.first?.reportingOwnerRelationship.isDirector == true)
        let row = try #require(d.nonDerivativeTable?.nonDerivativeTransaction.first)
        #expect(row.transactionAmounts?.transactionShares?.value?.text == "1200.50")
        #expect(row.transactionAmounts?.transactionPricePerShare?.value?.text == "13.0600")
        #expect(row.transactionAmounts?.transactionPricePerShare?.footnoteId == ["F1", "F2"])
        #expect(d.footnotes.map(\.id) == ["F1", "F2"])
        #expect(read.sourceMap["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]"]?.line == 13)
        #expect(read.diagnostics.isEmpty)
    }

    @Test func writerOutputReadsBackToTheSameModel() throws {
        let first = try OwnershipXMLReader.read(bytes: Array(Self.sample.utf8), name: "s.xml").document
        let xml = OwnershipXMLWriter.xml(first)
        #expect(xml.contains("<value>13.0600</value>"))
        #expect(xml.contains("&lt;inclusive&gt;"))
        #expect(xml.contains("&quot;10b5-1&quot;"))
        let second = try OwnershipXMLReader.read(bytes: Array(xml.utf8), name: "w.xml").document
        #expect(first == second)
        #expect(OwnershipXMLWriter.xml(second) == xml)
    }

    @Test func submissionModeDropsEdgarFilledFieldsAndKeepsTheCCC() throws {
        var d = try OwnershipXMLReader.read(bytes: Array(Self.sample.utf8), name: "s.xml").document
        d.reportingOwner[0].reportingOwnerId.rptOwnerCcc = "x1y2z3w#"
        let submission = OwnershipXMLWriter.xml(d, mode: .submission)
        #expect(!submission.contains("schemaVersion"))
        #expect(!submission.contains("issuerName"))
        #expect(!submission.contains("rptOwnerName"))
        #expect(submission.contains("<rptOwnerCcc>x1y2z3w#</rptOwnerCcc>"))
        #expect(!OwnershipXMLWriter.xml(d, mode: .published).contains("rptOwnerCcc"))
    }

    @Test func readsTheDocumentInsideASubmissionWithFileLineNumbers() throws {
        let wrapped = "<SEC-DOCUMENT>0000000000-24-000001.txt : 20240304\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t4\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>4\n<TEXT>\n<XML>\n"
            + Self.sample + "\n</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
        let read = try OwnershipXMLReader.read(bytes: Array(wrapped.utf8), name: "sub.txt")
        #expect(read.document.issuer.issuerTradingSymbol == "LNPK")
        // The transaction starts on line 13 of the bare document, and 8 wrapper lines come first.
        #expect(read.sourceMap["/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[1]"]?.line == 21)
    }

    @Test func refusesInputsThatAreNotOwnershipDocuments() {
        let cases: [(String, String)] = [
            ("<?xml version=\"1.0\"?><xbrl><a/></xbrl>", "NOT-OWNERSHIP"),
            ("UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nFORM 10-K\n", "NOT-XML"),
            ("<SEC-DOCUMENT>x\n<SEC-HEADER>\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>4\n<TEXT>\nFORM 4\n</TEXT>\n", "SUBMISSION-NO-XML"),
            ("", "NOT-XML"),
        ]
        for (input, rule) in cases {
            do {
                _ = try OwnershipXMLReader.read(bytes: Array(input.utf8), name: "bad")
                Issue.record("accepted \(rule) input")
            } catch {
                #expect(error.diagnostics.first?.rule == rule)
            }
        }
    }

    @Test(.enabled(if: SharedCorpus.available)) func everyCorpusFileRoundTripsThroughTheWriter() throws {
        let files = SharedCorpus.xmlFiles()
        #expect(files.count == 500)
        var failures: [String] = []
        for url in files {
            let bytes = Array(try Data(contentsOf: url))
            let first = try OwnershipXMLReader.read(bytes: bytes, name: url.lastPathComponent)
            if !first.diagnostics.filter({ $0.severity == .error }).isEmpty {
                failures.append("\(url.lastPathComponent): \(first.diagnostics)")
                continue
            }
            let xml = OwnershipXMLWriter.xml(first.document)
            let second = try OwnershipXMLReader.read(bytes: Array(xml.utf8), name: "rewritten")
            if second.document != first.document { failures.append(url.lastPathComponent) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test(.enabled(if: SharedCorpus.available)) func everySubmissionWithXMLIsRead() throws {
        guard let shared = Paths.shared else { return }
        let directory = shared.appendingPathComponent("corpus/submissions")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasSuffix(".tsv") }
        var read = 0
        for name in names.sorted() {
            let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(name)))
            do {
                let doc = try OwnershipXMLReader.read(bytes: bytes, name: name)
                #expect(doc.document.documentType != nil, "\(name)")
                read += 1
            } catch {
                // Only submissions without an XML body may fail, and they must say so.
                #expect(error.diagnostics.first?.rule == "SUBMISSION-NO-XML", "\(name): \(error)")
            }
        }
        #expect(read >= 20)
    }
}
