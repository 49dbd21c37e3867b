import Foundation
import Testing
import TestSupport

/// `form4xml validate` end to end: exit statuses, output forms, hostile input.
@Suite struct ValidateCommandTests {
    /// A small valid Form 4 of a made-up issuer.
    static let valid = """
        <?xml version="1.0"?>
        <ownershipDocument>
            <schemaVersion>X0508</schemaVersion>
            <documentType>4</documentType>
            <periodOfReport>2024-05-02</periodOfReport>
            <issuer>
                <issuerCik>0000900001</issuerCik>
                <issuerName>Brightwater Kettle Co</issuerName>
                <issuerTradingSymbol>BWKC</issuerTradingSymbol>
            </issuer>
            <reportingOwner>
                <reportingOwnerId>
                    <rptOwnerCik>0000900002</rptOwnerCik>
                    <rptOwnerName>Ferrand Lucia</rptOwnerName>
                </reportingOwnerId>
                <reportingOwnerRelationship>
                    <isDirector>1</isDirector>
                </reportingOwnerRelationship>
            </reportingOwner>
            <aff10b5One>0</aff10b5One>
            <nonDerivativeTable>
                <nonDerivativeTransaction>
                    <securityTitle><value>Common Stock</value></securityTitle>
                    <transactionDate><value>2024-05-02</value></transactionDate>
                    <transactionCoding>
                        <transactionFormType>4</transactionFormType>
                        <transactionCode>P</transactionCode>
                        <equitySwapInvolved>0</equitySwapInvolved>
                    </transactionCoding>
                    <transactionAmounts>
                        <transactionShares><value>500</value></transactionShares>
                        <transactionPricePerShare><value>21.4375</value><footnoteId id="F1"/></transactionPricePerShare>
                        <transactionAcquiredDisposedCode><value>A</value></transactionAcquiredDisposedCode>
                    </transactionAmounts>
                    <postTransactionAmounts>
                        <sharesOwnedFollowingTransaction><value>12500</value></sharesOwnedFollowingTransaction>
                    </postTransactionAmounts>
                    <ownershipNature>
                        <directOrIndirectOwnership><value>D</value></directOrIndirectOwnership>
                    </ownershipNature>
                </nonDerivativeTransaction>
            </nonDerivativeTable>
            <footnotes>
                <footnote id="F1">Weighted average price; the shares were bought at $21.40 to $21.45.</footnote>
            </footnotes>
            <ownerSignature>
                <signatureName>/s/ Lucia Ferrand</signatureName>
                <signatureDate>2024-05-03</signatureDate>
            </ownerSignature>
        </ownershipDocument>
        """

    @Test func validDocumentExitsZero() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.file("ok.xml", contents: Self.valid)
        let result = try CLI.run(["validate", file.path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("1 file: 1 valid, 0 invalid"))
    }

    @Test func schemaErrorIsReportedWithLineColumnRuleAndPath() throws {
        let dir = try TemporaryDirectory()
        let broken = Self.valid.replacingOccurrences(of: "<transactionCode>P</transactionCode>",
                                                     with: "<transactionKode>P</transactionKode>")
        let file = try dir.file("bad.xml", contents: broken)
        let result = try CLI.run(["validate", file.path])
        #expect(result.status == 1)
        // The code sits on line 27 of the document, indented 16 columns.
        #expect(result.stdout.contains("\(file.path):27:17: error: [XSD]"), "\(result.stdout)")
        #expect(result.stdout.contains("transactionCoding/transactionKode"))
    }

    @Test func aRuleThatRestatesAFacetIsReportedOnce() throws {
        let dir = try TemporaryDirectory()
        let broken = Self.valid.replacingOccurrences(of: "<transactionCode>P</transactionCode>",
                                                     with: "<transactionCode>Q</transactionCode>")
        let file = try dir.file("q.xml", contents: broken)
        let result = try CLI.run(["validate", file.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").filter { $0.contains(":27:") }
        #expect(lines.count == 1, "\(result.stdout)")
        #expect(lines.first?.contains("[TRANSACTION-CODE]") == true)
    }

    @Test func businessRuleErrorIsReportedWithItsRuleId() throws {
        let dir = try TemporaryDirectory()
        let broken = Self.valid.replacingOccurrences(of: "<isDirector>1</isDirector>", with: "<isDirector>0</isDirector>")
        let file = try dir.file("norel.xml", contents: broken)
        let result = try CLI.run(["validate", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error: [OWNER-RELATIONSHIP]"), "\(result.stdout)")
    }

    @Test func jsonOutputIsMachineReadable() throws {
        let dir = try TemporaryDirectory()
        let broken = Self.valid.replacingOccurrences(of: "<value>500</value>", with: "<value>5,00</value>")
        let file = try dir.file("j.xml", contents: broken)
        let result = try CLI.run(["validate", "--format", "json", file.path])
        #expect(result.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["valid"] as? Bool == false)
        let files = json?["files"] as? [[String: Any]]
        let diagnostics = files?.first?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.contains { $0["rule"] as? String == "XSD" } == true)
    }

    @Test func directoriesAreSearchedAndStdinIsRead() throws {
        let dir = try TemporaryDirectory()
        let sub = dir.url.appendingPathComponent("nested")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Self.valid.write(to: sub.appendingPathComponent("a.xml"), atomically: true, encoding: .utf8)
        try Self.valid.write(to: sub.appendingPathComponent("b.xml"), atomically: true, encoding: .utf8)
        try "not a filing".write(to: sub.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["validate", dir.url.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("2 files: 2 valid"))
        let piped = try CLI.run(["validate", "-"], stdin: Array(Self.valid.utf8))
        #expect(piped.status == 0)
    }

    @Test func missingFileExitsTwo() throws {
        let result = try CLI.run(["validate", "/nonexistent/form4.xml"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("error: [IO]"))
    }

    @Test func forSubmissionWarnsAboutFieldsEdgarFillsIn() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.file("pub.xml", contents: Self.valid)
        let result = try CLI.run(["validate", "--for-submission", file.path])
        #expect(result.stdout.contains("warning: [EDGAR-FILLED]"), "\(result.stdout)")
    }

    @Test func submissionFileLineNumbersPointIntoTheSubmission() throws {
        let dir = try TemporaryDirectory()
        let broken = Self.valid.replacingOccurrences(of: "<transactionCode>P</transactionCode>",
                                                     with: "<transactionKode>P</transactionKode>")
        let wrapped = "<SEC-DOCUMENT>0000900002-24-000001.txt : 20240503\n<SEC-HEADER>\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>4\n<TEXT>\n<XML>\n"
            + broken + "\n</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
        let file = try dir.file("sub.txt", contents: wrapped)
        let result = try CLI.run(["validate", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("sub.txt:34:17: error: [XSD]"), "\(result.stdout)")
    }

    @Test(.enabled(if: SharedCorpus.available)) func officialSchemaDirectoryCanBeUsed() throws {
        guard let shared = Paths.shared else { return }
        let dir = try TemporaryDirectory()
        let file = try dir.file("ok.xml", contents: Self.valid.replacingOccurrences(of: "    <aff10b5One>0</aff10b5One>\n", with: ""))
        let schemaDir = shared.appendingPathComponent("reference/edgar-ownership/schemas/X0306-cjavdev").path
        let result = try CLI.run(["validate", "--schema-dir", schemaDir, file.path])
        #expect(result.status == 0, "\(result.stdout)")
        let withAff = try dir.file("aff.xml", contents: Self.valid)
        // X0306 predates the 10b5-1 box: the official schema rejects it, ours accepts it.
        #expect(try CLI.run(["validate", "--schema-dir", schemaDir, withAff.path]).status == 1)
    }

    @Test(.enabled(if: SharedCorpus.available)) func everyCorpusFileIsValid() throws {
        guard let shared = Paths.shared else { return }
        let result = try CLI.run(["validate", shared.appendingPathComponent("corpus/xml").path], timeout: 600)
        #expect(result.status == 0, "\(result.stdout.suffix(2000))")
        #expect(result.stdout.contains("500 files: 500 valid, 0 invalid"))
    }
}

/// The schemas are compiled into the binary: a `form4xml` copied alone into an
/// empty folder, run from there, still validates.
@Suite struct StandaloneBinaryTests {
    @Test func copiedBinaryFindsItsSchemas() throws {
        let dir = try TemporaryDirectory()
        let copy = dir.url.appendingPathComponent("form4xml")
        try FileManager.default.copyItem(at: Paths.executable, to: copy)
        let file = try dir.file("ok.xml", contents: ValidateCommandTests.valid)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["validate", file.lastPathComponent]
        process.currentDirectoryURL = dir.url
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("1 file: 1 valid"))
    }
}
