import Foundation
import Form4Core
import Testing
import TestSupport
@testable import Form4Text

/// One fictional Form 4 (Lanternfly Robotics, Margot Quillane) written in the
/// layout of each extractor family must encode to the same, exact XML.
@Suite struct EncodeFixtureTests {
    static let directory = Paths.fixtures.appendingPathComponent("encode")
    static let options = EncodeOptions(issuerCik: "0009990001", ownerCiks: ["0009990002"])

    static func encode(_ name: String, options: EncodeOptions = options) throws -> EncodeResult {
        let input = try InputFile.read(directory.appendingPathComponent(name).path)
        return try FormEncoder.encode(input, options: options)
    }

    @Test(arguments: ["layout", "w3m", "markdown", "lynx", "tabs", "pandoc", "markitdown", "html2text", "pymupdf4llm"])
    func everyStyleGivesTheExpectedXML(_ style: String) throws {
        let result = try Self.encode("lanternfly-form4.\(style).txt")
        let expected = try String(contentsOf: Self.directory.appendingPathComponent("lanternfly-form4.expected.xml"), encoding: .utf8)
        let xml = OwnershipXMLWriter.xml(result.document)
        #expect(xml == expected, "\(style) differs")
        // The cross-checks agree with a correct reading: the holdings chain, the price ranges.
        #expect(!result.diagnostics.contains { $0.rule == "ENC-CHAIN" || $0.rule == "ENC-PRICE-RANGE" })
        #expect(Validator().check(result.document).filter { $0.severity == .error }.isEmpty)
    }

    /// A value the text lacks is reported as missing, unless `--set` supplies it.
    @Test func setSilencesTheMissingWarningOfWhatItFills() throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent("lanternfly-form4.layout.txt"), encoding: .utf8)
            .replacingOccurrences(of: "QUILLANE MARGOT", with: "               ")
        let input = InputFile(name: "noname.txt", bytes: Array(text.utf8))
        let namePath = "/ownershipDocument/reportingOwner[1]/reportingOwnerId/rptOwnerName"
        let bare = try FormEncoder.encode(input, options: Self.options)
        #expect(bare.diagnostics.contains { $0.rule == "ENC-MISSING" && $0.path == namePath })
        var options = Self.options
        options.overrides = [try #require(ElementOverride(argument: "rptOwnerName=Quillane Margot"))]
        let filled = try FormEncoder.encode(input, options: options)
        #expect(!filled.diagnostics.contains { $0.rule == "ENC-MISSING" && $0.path == namePath })
        #expect(filled.document.reportingOwner.first?.reportingOwnerId.rptOwnerName == "Quillane Margot")
    }

    @Test func valuesPointBackToTheirInputLines() throws {
        let result = try Self.encode("lanternfly-form4.layout.txt")
        let path = "/ownershipDocument/nonDerivativeTable/nonDerivativeTransaction[2]/transactionAmounts/transactionPricePerShare"
        let location = try #require(result.sourceMap[path])
        let lines = try String(contentsOf: Self.directory.appendingPathComponent("lanternfly-form4.layout.txt"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[location.line - 1].contains("$31.2875(2)"))
    }

    /// A scanned print: every value that OCR damaged is either still right or
    /// reported on its line; nothing wrong is written silently.
    @Test func ocrDamageIsReadOrReported() throws {
        let clean = try Self.encode("lanternfly-form4.layout.txt")
        let noisy = try Self.encode("lanternfly-form4.ocr.txt")
        var a: [EncodeReport.Field] = [], b: [EncodeReport.Field] = []
        EncodeReport.flatten(clean.document, path: "/ownershipDocument", into: &a)
        EncodeReport.flatten(noisy.document, path: "/ownershipDocument", into: &b)
        let truth = Dictionary(a.map { ($0.path, $0.value) }, uniquingKeysWith: { x, _ in x })
        for field in b where truth[field.path] != field.value {
            #expect(noisy.diagnostics.contains { $0.path.map { field.path.hasPrefix($0) } ?? false }, "\(field.path) silently wrong")
        }
        let doubts = noisy.diagnostics.filter { $0.rule == "ENC-DOUBT" }
        #expect(doubts.count == 4)
        #expect(doubts.allSatisfy { ($0.location?.line ?? 0) >= 30 && ($0.location?.line ?? 0) <= 32 })
        // What OCR damaged but could be trusted is still exact.
        let rows = try #require(noisy.document.nonDerivativeTable?.nonDerivativeTransaction)
        #expect(rows[0].transactionAmounts?.transactionPricePerShare?.value?.text == "12.40")
        #expect(rows[1].transactionAmounts?.transactionPricePerShare?.footnoteId == ["F2"])
        #expect(rows[2].postTransactionAmounts?.sharesOwnedFollowingTransaction?.value?.text == "44610")
    }

    @Test func setOverridesAndFillsByElementName() throws {
        var options = Self.options
        options.overrides = [ElementOverride(argument: "rptOwnerName[2]=Quillane Family Trust")!,
                             ElementOverride(argument: "issuerTradingSymbol=LFRY")!,
                             ElementOverride(argument: "signatureDate=2024-02-17")!]
        let result = try Self.encode("lanternfly-form4.markdown.txt", options: options)
        #expect(result.document.reportingOwner.count == 2)
        #expect(result.document.reportingOwner[1].reportingOwnerId.rptOwnerName == "Quillane Family Trust")
        #expect(result.document.issuer.issuerTradingSymbol == "LFRY")
        #expect(result.document.ownerSignature.first?.signatureDate?.text == "2024-02-17")
        #expect(ElementOverride(argument: "noSuchElement=1") == nil)
        #expect(ElementOverride(argument: "rptOwnerName[11]=x") == nil)
    }
}
